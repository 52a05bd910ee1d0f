import { expect, test, type Page } from '@playwright/test'
import { api, openSignedIn, sum, viPercent, type Row } from './helpers'

const H1_2021 = 'Tháng 1/2021 – Tháng 6/2021'

/** Where the header says we are: the unit (last breadcrumb) and the period. */
async function expectHeader(page: Page, unit: string, period: string) {
  const header = page.getByRole('banner')
  await expect(header.getByRole('navigation', { name: 'Vị trí' }).locator('[aria-current="location"]')).toHaveText(unit)
  await expect(header.getByText(period)).toBeVisible()
}

test.describe('moving between screens keeps the view', () => {
  test('a leader drilled to Thanh Bình, H1 2021, on-time rate keeps unit, period and metric on every screen', async ({
    page,
  }) => {
    await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=d874&from=2021-01&to=2021-06')
    await page.getByLabel('Chỉ số', { exact: true }).selectOption({ label: 'Tỷ lệ giải quyết đúng hạn' })
    await expect(page).toHaveURL(/metric=onTimeRate/)
    const nav = page.getByRole('navigation', { name: 'Các màn hình' })

    await nav.getByRole('link', { name: 'Theo dõi chỉ tiêu' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Theo dõi chỉ tiêu — Huyện Thanh Bình' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Tỷ lệ giải quyết đúng hạn', exact: true })).toBeVisible()
    await expect(page.getByLabel('Chỉ số', { exact: true })).toHaveValue('onTimeRate')
    await expectHeader(page, 'Huyện Thanh Bình', H1_2021)

    await nav.getByRole('link', { name: 'Đơn vị chậm tiến độ' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị chậm tiến độ' })).toBeVisible()
    const intro = `về Tỷ lệ giải quyết đúng hạn trong kỳ, thiếu nhiều nhất lên trước. ${H1_2021}.`
    await expect(page.getByText(intro)).toBeVisible()
    await expect(page.getByLabel('Chỉ số', { exact: true })).toHaveValue('onTimeRate')
    await expectHeader(page, 'Huyện Thanh Bình', H1_2021)

    await nav.getByRole('link', { name: 'Tổng quan' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Huyện Thanh Bình' })).toBeVisible()
    await expect(page).toHaveURL(/#\/overview\?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onTimeRate/)
    await expectHeader(page, 'Huyện Thanh Bình', H1_2021)
    const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=0&from=2021-01&to=2021-06')
    const onTime = (sum(rows, 'resolvedEarly') + sum(rows, 'resolvedOnTime')) / sum(rows, 'resolved')
    await expect(page.locator('[data-metric="onTimeRate"]').getByTestId('kpi-value')).toHaveText(viPercent(onTime))
  })

  test(
    'a district chair at Thanh Bình, H1 2021, stays there ' + 'from the tracker to the overview and the lagging list',
    async ({ page }) => {
      await openSignedIn(page, 'chutich.thanhbinh', '/#/targets?unit=d874&from=2021-01&to=2021-06')
      await expect(page.getByRole('heading', { level: 1, name: 'Theo dõi chỉ tiêu — Huyện Thanh Bình' })).toBeVisible()
      const nav = page.getByRole('navigation', { name: 'Các màn hình' })

      await nav.getByRole('link', { name: 'Tổng quan' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Huyện Thanh Bình' })).toBeVisible()
      await expectHeader(page, 'Huyện Thanh Bình', H1_2021)
      const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=0&from=2021-01&to=2021-06')
      await expect(page.locator('[data-metric="onlineRate"]').getByTestId('kpi-value')).toHaveText(
        viPercent(sum(rows, 'receivedOnline') / sum(rows, 'received')),
      )

      await nav.getByRole('link', { name: 'Đơn vị chậm tiến độ' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị chậm tiến độ' })).toBeVisible()
      await expectHeader(page, 'Huyện Thanh Bình', H1_2021)
      await expect(page).toHaveURL(/#\/lagging\?unit=d874&from=2021-01&to=2021-06/)
    },
  )
})
