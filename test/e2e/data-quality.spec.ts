import { expect, test } from '@playwright/test'
import { api, openSignedIn, sum, viCount, viPercent, withConfig, type Row } from './helpers'

const kpi = (metric: string) => `[data-metric="${metric}"]`
const VIEW = '/#/overview?unit=p87&from=2021-07&to=2021-07&metric=onlineRate'

test('a row whose resolution counts do not add up voids only the metrics that read them', async ({ page }) => {
  await withConfig(page, { mockFaults: 'stats=split' })
  await openSignedIn(page, 'lanhdao.tinh', `${VIEW}&tab=districts`)
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=p87&depth=1&from=2021-07&to=2021-07')
  const splits = (r: Row) =>
    (r.resolvedEarly as number) + (r.resolvedOnTime as number) + (r.resolvedLate as number) === r.resolved
  const broken = rows.filter((r) => !splits(r))
  expect(broken).toHaveLength(1) // one district's July row, every commune of it inside
  const kept = rows.filter(splits)

  // The online rate and the dossiers received count every row, the broken one too.
  await expect(page.locator(`${kpi('onlineRate')} [data-testid="kpi-value"]`)).toHaveText(
    viPercent(sum(rows, 'receivedOnline') / sum(rows, 'received')),
  )
  await expect(page.locator(`${kpi('received')} [data-testid="kpi-value"]`)).toHaveText(viCount(sum(rows, 'received')))
  await expect(page.locator(kpi('onlineRate')).getByTestId('data-quality-mark')).toHaveCount(0)
  // The on-time rate is computed over the rows that keep the rule, and says so with a mark.
  const onTime = (sum(kept, 'resolvedEarly') + sum(kept, 'resolvedOnTime')) / sum(kept, 'resolved')
  await expect(page.locator(`${kpi('onTimeRate')} [data-testid="kpi-value"]`)).toHaveText(viPercent(onTime))
  const mark = page.locator(kpi('onTimeRate')).getByTestId('data-quality-mark')
  await expect(mark).toBeVisible()

  // The notice names the unit and month and the affected metrics, not the online rate; the mark leads to it.
  const notice = page.getByTestId('data-quality')
  await expect(notice).toContainText('trước hạn + đúng hạn + quá hạn khác tổng đã giải quyết')
  await expect(notice.getByTestId('data-quality-affected')).toContainText('Tỷ lệ giải quyết đúng hạn')
  await expect(notice.getByTestId('data-quality-affected')).not.toContainText('Tỷ lệ hồ sơ trực tuyến')
  await mark.click()
  await expect(notice).toBeFocused()

  // The district stays in the ranking on the online rate (its table).
  const district = broken[0]!.unitId as string
  await page.locator('.ranking').scrollIntoViewIfNeeded()
  await page.locator('.ranking').getByRole('button', { name: 'Xem dạng bảng' }).click()
  await expect(page.locator(`.ranking__table tr[data-unit="${district}"]`)).toBeVisible()
})

test('two rows for the same unit and month are a data-quality warning, never a doubled count', async ({ page }) => {
  await withConfig(page, { mockFaults: 'stats=duplicate' })
  await openSignedIn(page, 'lanhdao.tinh', VIEW)
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=p87&depth=1&from=2021-07&to=2021-07')
  const unique = [...new Map(rows.map((r) => [`${r.unitId}|${r.month}`, r])).values()]
  expect(rows.length).toBe(unique.length * 2)
  await expect(page.locator(`${kpi('received')} [data-testid="kpi-value"]`)).toHaveText(
    viCount(sum(unique, 'received')),
  )
  await expect(page.getByTestId('data-quality')).toContainText('có hơn một dòng số liệu cho cùng đơn vị và tháng')
})

for (const [fault, message] of [
  ['cycle', 'có đơn vị là cấp trên của chính nó: Tỉnh Đồng Tháp'],
  ['empty', 'không có đơn vị nào'],
  ['noroot', 'thiếu đơn vị gốc của phạm vi bạn được xem'],
] as const) {
  test(`a unit list that is not a tree (${fault}) is said plainly, never an endless "loading"`, async ({ page }) => {
    await withConfig(page, { mockFaults: `units=${fault}` })
    await openSignedIn(page, 'lanhdao.tinh')
    await expect(page.getByRole('alert')).toContainText(message)
    await expect(page.getByText('Đang tải số liệu…')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Thử lại' })).toBeVisible()
    // nor is a breadcrumb walked up a list that is not a tree
    await expect(page.locator('.app-header__breadcrumb li')).toHaveCount(0)
  })
}
