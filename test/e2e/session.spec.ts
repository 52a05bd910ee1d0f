import { expect, test, type Page } from '@playwright/test'
import { api, openSignedIn, signIn, sum, TOKEN_KEY, viPercent, withConfig, type Row } from './helpers'

const DEEP_LINK = '/#/overview?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onTimeRate'

/** The on-time rate of Thanh Bình, H1 2021, from the API's rows alone. */
async function expectThanhBinhOnTime(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Huyện Thanh Bình' })).toBeVisible()
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=0&from=2021-01&to=2021-06')
  const onTime = (sum(rows, 'resolvedEarly') + sum(rows, 'resolvedOnTime')) / sum(rows, 'resolved')
  await expect(page.locator('[data-metric="onTimeRate"]').getByTestId('kpi-value')).toHaveText(viPercent(onTime))
}

const tokenOf = (page: Page) => page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY)
const localStorageOf = (page: Page) => page.evaluate(() => JSON.stringify(localStorage))

test('a link opened in another tab of the same browser opens signed in; signing out in one ends the other', async ({
  page,
  context,
}) => {
  await openSignedIn(page, 'lanhdao.tinh')
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()

  const second = await context.newPage()
  await second.goto(DEEP_LINK)
  await expectThanhBinhOnTime(second)
  // each tab keeps the token in its own sessionStorage: never in localStorage, never in a URL
  const token = await tokenOf(second)
  expect(token).toBeTruthy()
  for (const tab of [page, second]) {
    expect(await localStorageOf(tab)).not.toContain(token!)
    expect(tab.url()).not.toContain(token!)
  }

  await page.getByRole('button', { name: 'Nguyễn Văn An' }).click()
  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  // the other tab's session ends too, and it says why
  await expect(second.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  await expect(second.getByRole('status')).toHaveText(
    'Phiên làm việc đã kết thúc do đăng xuất ở một thẻ khác. Vui lòng đăng nhập lại.',
  )
  expect(await tokenOf(second)).toBeNull()
  await second.goto('/#/lagging')
  await expect(second.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  await second.close()
})

test('signed out in another tab, the same user signing in again returns to the view they were on', async ({
  page,
  context,
}) => {
  await openSignedIn(page, 'lanhdao.tinh')
  const second = await context.newPage()
  await second.goto(DEEP_LINK)
  await expect(second.getByRole('heading', { level: 1, name: 'Huyện Thanh Bình' })).toBeVisible()
  await page.getByRole('button', { name: 'Nguyễn Văn An' }).click()
  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  await expect(second.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  await signIn(second, 'lanhdao.tinh')
  await expect(second).toHaveURL(new RegExp(`${DEEP_LINK.slice(1).replace(/[?]/g, '\\?')}$`))
  await expectThanhBinhOnTime(second)
  await second.close()
})

test("one user's pending return address is never applied to the next user who signs in", async ({ page }) => {
  await withConfig(page, { mockFaults: 'stats=401*1' })
  await page.goto('/#/overview?unit=d874&from=2021-01&to=2021-06&cmp=yoy&metric=onTimeRate')
  await signIn(page, 'lanhdao.tinh')
  // the leader's session expires at the deep link: the sign-in page remembers the leader's address
  await expect(page.getByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.')).toBeVisible()
  await expect(page).toHaveURL(/redirect=(%2F|\/)overview/)
  // the district chair signs in instead, and lands on the chair's own first screen
  await signIn(page, 'chutich.thanhbinh')
  await expect(page.getByRole('heading', { level: 1, name: 'Theo dõi chỉ tiêu — Huyện Thanh Bình' })).toBeVisible()
  await expect(page).toHaveURL(/#\/targets\?unit=d874&/)
  expect(page.url()).not.toMatch(/2021-01|onTimeRate|yoy/)
})
