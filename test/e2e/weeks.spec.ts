// Weeks on the shared screens: the overview on a range of ISO weeks shows figures equal to independent sums of
// the API's weekly rows, and the period picker's week presets move the URL to those weeks.
import { expect, test, type Page } from '@playwright/test'
import { readSheet } from 'read-excel-file/node'
import { api, openSignedIn, sum, viCount, viPercent, type Row } from './helpers'

const card = (page: Page, metric: string) => page.locator(`[data-metric="${metric}"]`)
const UNIT = 'p2025-82'

test("the overview on four weeks: the KPIs equal sums of the API's weekly rows", async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  const meta = await api<{ lastWeek: string; grains: string[] }>(page, '/meta')
  expect(meta.grains).toContain('week')
  const to = meta.lastWeek
  const from = addWeek(to, -3)
  await page.goto(`/#/overview?unit=${UNIT}&from=${from}&to=${to}&cmp=prev&metric=onlineRate`)
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()

  // The unit's own rows over the four weeks (includesDescendants: the whole province), asked by the test itself
  const { rows } = await api<{ rows: Array<Row & { week: string }> }>(
    page,
    `/stats?unit=${UNIT}&depth=0&grain=week&from=${from}&to=${to}`,
  )
  expect(new Set(rows.map((r) => r.week)).size).toBe(4)
  const own = rows.filter((r) => r.unitId === UNIT)
  const received = sum(own, 'received')
  const online = sum(own, 'receivedOnline')
  expect(received).toBeGreaterThan(0)
  await expect(card(page, 'onlineRate').getByTestId('kpi-value')).toHaveText(viPercent(online / received))
  await expect(card(page, 'received').getByTestId('kpi-value')).toHaveText(viCount(received))
  // The period is named as weeks, on the page and in the URL
  await expect(page.locator('.page__sub, .page__period').first()).toContainText(`Tuần ${Number(from.slice(6))}`)
  expect(page.url()).toContain(`from=${from}`)
})

test('the period picker offers weeks: "Tuần trước" moves the URL to the week before the latest', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  const meta = await api<{ lastWeek: string }>(page, '/meta')
  await page.goto(`/#/overview?unit=${UNIT}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()
  await page.getByLabel('Xem theo').selectOption('week')
  await expect(page).toHaveURL(new RegExp(`from=${meta.lastWeek}&to=${meta.lastWeek}`))
  await page.getByLabel('Chọn nhanh').selectOption({ label: 'Tuần trước' })
  const before = addWeek(meta.lastWeek, -1)
  await expect(page).toHaveURL(new RegExp(`from=${before}&to=${before}`))
  await expect(page.getByLabel('Từ tuần')).toHaveValue(before)
  await page.getByLabel('Xem theo').selectOption('month')
  await expect(page).toHaveURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/)
})

test('the overview on weeks exports a workbook named and titled by its weeks', async ({ page }) => {
  test.setTimeout(120_000)
  await openSignedIn(page, 'vanphong')
  const meta = await api<{ lastWeek: string }>(page, '/meta')
  const [from, to] = [addWeek(meta.lastWeek, -3), meta.lastWeek]
  await page.goto(`/#/overview?unit=${UNIT}&from=${from}&to=${to}&cmp=prev&metric=onlineRate`)
  await expect(card(page, 'onlineRate').getByTestId('kpi-value')).toBeVisible()
  await page.getByRole('button', { name: 'Xuất số liệu và báo cáo' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Cả trang — bảng tính XLSX', exact: true }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(new RegExp(`^tien-do-dvctt_.+_${from}_${to}\\.xlsx$`))
  const cover = (await readSheet((await file.path())!)).flat().map(String).join(' ')
  expect(cover).toContain(`Tuần ${Number(from.slice(6))} – ${Number(to.slice(6))}/${to.slice(0, 4)}`)
})

/** ISO week arithmetic of the test's own (Monday-based days), as in weekly.spec.ts. */
function addWeek(week: string, count: number): string {
  const [year, number] = [Number(week.slice(0, 4)), Number(week.slice(6))]
  const jan4 = Date.UTC(year, 0, 4)
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (number - 1 + count) * 7 * 86_400_000
  const thursday = new Date(monday + 3 * 86_400_000)
  const y = thursday.getUTCFullYear()
  const firstThursday = Date.UTC(y, 0, 4) - (((new Date(Date.UTC(y, 0, 4)).getUTCDay() + 6) % 7) - 3) * 86_400_000
  return `${y}-W${String(Math.round((thursday.getTime() - firstThursday) / (7 * 86_400_000)) + 1).padStart(2, '0')}`
}
