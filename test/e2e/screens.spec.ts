// Every screen full, fitting and legible: what applies to the unit in view, in words a reader can place.
import { expect, test } from '@playwright/test'
import { api, openSignedIn, scrollThrough, sum, viCount, type Row } from './helpers'

test('the central account is named for the central level, on the sign-in list and in its menu', async ({ page }) => {
  await page.goto('/#/overview')
  const choice = page.getByRole('button', { name: /trunguong/ })
  await expect(choice).toContainText('Cấp trung ương')
  await expect(choice).not.toContainText('Lãnh đạo tỉnh')
  await openSignedIn(page, 'trunguong')
  await page.getByRole('button', { name: 'Phạm Quốc Dũng' }).click()
  await expect(page.getByText('Cấp trung ương · trunguong')).toBeVisible()
})

const VI_POINTS = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
})
const viPoints = (delta: number) => `${VI_POINTS.format(delta * 100)} điểm %`
const rate = (rows: Row[], numerator: string, denominator = 'received') => sum(rows, numerator) / sum(rows, denominator)

test(
  "a commune's overview shows its KPIs and trend, and no ranking, " +
    'lagging list, tier split or map of units it has not',
  async ({ page }) => {
    await openSignedIn(
      page,
      'lanhdao.tinh',
      '/#/overview?unit=c30133&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate',
    )
    await expect(page.getByRole('heading', { level: 1, name: 'Xã Tân Quới' })).toBeVisible()
    await expect(page.locator('[data-metric="onlineRate"]').getByTestId('kpi-value')).toHaveText(/%$/)
    await expect(page.getByRole('heading', { name: /^Diễn biến theo tháng/ })).toBeVisible()
    await scrollThrough(page)
    for (const name of [/^Xếp hạng/, /^Đơn vị trực thuộc chưa đạt/, /^Theo cấp tiếp nhận/, /^Bản đồ/]) {
      await expect(page.getByRole('heading', { name })).toHaveCount(0)
    }
    await expect(page.getByText('Mọi đơn vị trực thuộc đều đạt chỉ tiêu')).toHaveCount(0)
    await expect(page.getByText('không có đơn vị trực thuộc')).toHaveCount(0)
    await expect(page.getByText('Chưa có ranh giới bản đồ')).toHaveCount(0)
  },
)

test('a district without boundaries says so once, with no empty map panel', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  await expect(page.getByRole('heading', { name: /^Xếp hạng/ })).toBeVisible()
  await scrollThrough(page)
  await expect(page.getByText('Chưa có ranh giới bản đồ')).toHaveCount(1)
  await expect(page.getByRole('heading', { name: /^Bản đồ/ })).toHaveCount(0)
})

test('"So sánh với" drives the KPI cards and the ranking\'s change column, each against the API rows', async ({
  page,
}) => {
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=1&from=2020-01&to=2021-06')
  const within = (from: string, to: string, unit?: string) =>
    rows.filter((r) => r.month >= from && r.month <= to && (unit === undefined || r.unitId === unit))
  const card = page.locator('[data-metric="onlineRate"]')
  const previous =
    rate(within('2021-01', '2021-06'), 'receivedOnline') - rate(within('2020-07', '2020-12'), 'receivedOnline')
  await expect(card).toContainText(`so với kỳ trước: ${viPoints(previous)}`)
  await expect(card).not.toContainText('cùng kỳ năm trước')
  const ranking = page.locator('.ranking__table')
  await expect(ranking.getByRole('columnheader', { name: /Thay đổi so với kỳ liền trước/ })).toBeVisible()

  await page.getByLabel('So sánh với').selectOption({ label: 'Cùng kỳ năm trước' })
  const yearOnYear =
    rate(within('2021-01', '2021-06'), 'receivedOnline') - rate(within('2020-01', '2020-06'), 'receivedOnline')
  await expect(card).toContainText(`so với cùng kỳ năm trước: ${viPoints(yearOnYear)}`)
  await expect(card).not.toContainText('so với kỳ trước')
  await expect(ranking.getByRole('columnheader', { name: /Thay đổi so với cùng kỳ năm trước/ })).toBeVisible()
  const tanQuoi =
    rate(within('2021-01', '2021-06', 'c30133'), 'receivedOnline') -
    rate(within('2020-01', '2020-06', 'c30133'), 'receivedOnline')
  await expect(ranking.locator('tr[data-unit="c30133"] td').last()).toHaveText(viPoints(tanQuoi))
})

test('the full-online ranking and tracker count dossiers fully online, in one column beside one volume column', async ({
  page,
}) => {
  const view = 'unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=fullOnlineRate'
  await openSignedIn(page, 'lanhdao.tinh', `/#/overview?${view}`)
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=1&from=2021-01&to=2021-06')
  const tanQuoi = rows.filter((r) => r.unitId === 'c30133')
  const ranking = page.locator('.ranking__table')
  const headers = ranking.locator('thead th')
  await expect(headers.filter({ hasText: 'Trực tuyến toàn trình' })).toHaveCount(1)
  await expect(headers.filter({ hasText: 'Tiếp nhận' })).toHaveCount(0)
  const cells = ranking.locator('tr[data-unit="c30133"] > td')
  const texts = await cells.allTextContents()
  expect(texts).toContain(viCount(sum(tanQuoi, 'receivedOnlineFull')))
  expect(texts).toContain(viCount(sum(tanQuoi, 'received')))
  expect(texts).not.toContain(viCount(sum(tanQuoi, 'receivedOnline')))
  expect(texts.filter((t) => t === viCount(sum(tanQuoi, 'received')))).toHaveLength(1)

  await page.goto(`/#/targets?${view}`)
  const tracker = page
    .locator('table')
    .filter({ has: page.locator('tr[data-unit="c30133"]') })
    .first()
  await expect(tracker.locator('thead th').filter({ hasText: 'Trực tuyến toàn trình' })).toHaveCount(1)
  const row = await tracker.locator('tr[data-unit="c30133"] > td').allTextContents()
  expect(row).toContain(viCount(sum(tanQuoi, 'receivedOnlineFull')))
  expect(row).not.toContain(viCount(sum(tanQuoi, 'receivedOnline')))
})

test("the movers on the lagging page name each unit's parent, from the unit list", async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh', '/#/lagging?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  const { units } = await api<{ units: Array<{ id: string; name: string; parentId: string | null }> }>(page, '/units')
  const byName = new Map(units.map((u) => [u.id, u]))
  const improving = page.getByTestId('movers-improving').locator('li')
  await expect(improving.first().getByRole('link')).toBeVisible()
  for (const item of await improving.all()) {
    const href = await item.getByRole('link').getAttribute('href')
    const id = new URLSearchParams(href!.split('?')[1]).get('unit')!
    await expect(item).toContainText(byName.get(byName.get(id)!.parentId!)!.name)
  }
})
