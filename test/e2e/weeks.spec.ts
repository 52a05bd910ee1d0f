// Weeks on the shared screens: the overview on a range of ISO weeks shows figures equal to independent sums of
// the API's weekly rows, and the period picker's week presets move the URL to those weeks.
import AxeBuilder from '@axe-core/playwright'
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
  // the meeting pack and the PDF are made too, named by the weeks
  for (const item of ['Cả trang — trình chiếu PPTX', 'Cả trang — tài liệu PDF (A4 ngang)']) {
    await page.getByRole('button', { name: 'Xuất số liệu và báo cáo' }).click()
    const pack = page.waitForEvent('download')
    await page.getByRole('button', { name: item, exact: true }).click()
    expect((await pack).suggestedFilename()).toMatch(new RegExp(`_${from}_${to}\\.(pptx|pdf)$`))
  }
})

test('the tracker on four weeks: weeks behind in a row equal a count from the weekly rows and yearly targets', async ({
  page,
}) => {
  await openSignedIn(page, 'lanhdao.tinh')
  const meta = await api<{ firstWeek: string; lastWeek: string }>(page, '/meta')
  const [from, to] = [addWeek(meta.lastWeek, -3), meta.lastWeek]
  await page.goto(`/#/targets?unit=${UNIT}&from=${from}&to=${to}&cmp=prev&metric=onlineRate`)
  await expect(page.getByRole('columnheader', { name: /Số tuần liên tiếp chưa đạt/ })).toBeVisible()

  // Every week with data, the units' own rows; the target of a week is its ISO year's, the unit's own or inherited
  const weeks: string[] = []
  for (let week = meta.firstWeek; week <= to; week = addWeek(week, 1)) weeks.push(week)
  const { rows } = await api<{ rows: Array<Row & { week: string }> }>(
    page,
    `/stats?unit=${UNIT}&depth=1&grain=week&from=${meta.firstWeek}&to=${to}`,
  )
  const targetsOf = new Map<number, Array<{ unitId: string; onlineRate?: number }>>()
  for (const year of new Set(weeks.map((w) => Number(w.slice(0, 4))))) {
    targetsOf.set(
      year,
      (await api<{ targets: Array<{ unitId: string; onlineRate?: number }> }>(page, `/targets?year=${year}`)).targets,
    )
  }
  const targetOf = (unitId: string, week: string) => {
    const targets = targetsOf.get(Number(week.slice(0, 4)))!
    return (targets.find((t) => t.unitId === unitId)?.onlineRate ?? targets.find((t) => t.unitId === UNIT)?.onlineRate)!
  }
  const rate = (list: Row[]) => sum(list, 'receivedOnline') / sum(list, 'received')
  const expected = new Map<string, string>()
  for (const unitId of new Set(rows.map((r) => r.unitId).filter((id) => id !== UNIT))) {
    const mine = rows.filter((r) => r.unitId === unitId)
    if (!(rate(mine.filter((r) => r.week >= from && r.week <= to)) < targetOf(unitId, to))) continue
    let behind = 0
    for (const week of [...weeks].reverse()) {
      const row = mine.find((r) => r.week === week)
      if (!row || !(rate([row]) < targetOf(unitId, week))) break
      behind++
    }
    expected.set(unitId, `${behind}${behind === weeks.length ? '+' : ''}`)
  }
  expect(expected.size).toBeGreaterThan(0)

  await page.getByLabel('Chỉ hiện đơn vị chưa đạt').check()
  const cells = page.locator('.targets-table [data-column="monthsBehind"]')
  await expect(cells.first()).toBeVisible()
  await expect(page.locator('.targets-table [data-column="monthsBehind"]', { hasText: '…' })).toHaveCount(0)
  const shown = page.locator('.targets-table tbody tr[data-unit]')
  expect(await shown.count()).toBeGreaterThan(0)
  for (const row of await shown.all()) {
    const unitId = (await row.getAttribute('data-unit'))!
    const text = (await row.locator('[data-column="monthsBehind"]').textContent())!.trim()
    expect([unitId, text]).toEqual([unitId, expected.get(unitId)])
  }
  // the heat-map is units × weeks
  await expect(page.getByRole('heading', { name: /^Theo tuần — / })).toBeVisible()
})

test('the service index reads a shared range of weeks as its last week', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  const meta = await api<{ lastWeek: string }>(page, '/meta')
  const [from, to] = [addWeek(meta.lastWeek, -3), addWeek(meta.lastWeek, -1)]
  await page.goto(`/#/service-index?unit=${UNIT}&from=${from}&to=${to}&cmp=prev&metric=onlineRate`)
  await expect(page.getByTestId('index-total')).toBeVisible()
  // the heading's period and the week chosen are that week, and "by week" is pressed
  await expect(page.locator('.page__sub').first()).toContainText(`Tuần ${Number(to.slice(6))}/${to.slice(0, 4)} (`)
  await expect(page.getByLabel('Tuần', { exact: true })).toHaveValue(to)
  await expect(page.getByRole('button', { name: 'Theo tuần' })).toHaveAttribute('aria-pressed', 'true')
  // back to months: the view's months
  await page.getByRole('button', { name: 'Theo tháng' }).click()
  await expect(page).toHaveURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/)
})

test('weeks outside those with data are corrected to the latest week, with a notice', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  const meta = await api<{ firstWeek: string; lastWeek: string }>(page, '/meta')
  await page.goto(`/#/overview?unit=${UNIT}&from=2024-W01&to=2024-W10`)
  const notice = page.locator('.notice')
  await expect(notice).toContainText(`vượt ngoài các tuần có số liệu (Tuần ${Number(meta.firstWeek.slice(6))}/`)
  await expect(page).toHaveURL(new RegExp(`from=${meta.lastWeek}&to=${meta.lastWeek}`))
})

test('a district that ended before the weeks has none: a week link shows its latest month, with a notice', async ({
  page,
}) => {
  await openSignedIn(page, 'chutich.thanhbinh')
  await page.goto(`/#/overview?unit=d874&from=2026-W45&to=2026-W48`)
  await expect(page.getByText('Không có số liệu theo tuần cho phạm vi này')).toBeVisible()
  await expect(page).toHaveURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/)
  await expect(page.getByLabel('Xem theo')).toHaveCount(0)
})

test('axe: the tracker on weeks, its picker open on a phone, has no serious or critical violation', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await openSignedIn(page, 'lanhdao.tinh')
  const meta = await api<{ lastWeek: string }>(page, '/meta')
  await page.goto(`/#/targets?unit=${UNIT}&from=${addWeek(meta.lastWeek, -3)}&to=${meta.lastWeek}`)
  // A change of the hash only: the overview (and its toolbar) stays until the tracker is there. A click before
  // would open the overview's picker, gone with it.
  await expect(page.locator('.targets-table tbody tr').first()).toBeVisible()
  await page.getByRole('button', { name: /Đổi đơn vị/ }).click()
  await expect(page.getByLabel('Từ tuần')).toBeVisible()
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
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

test('the lagging page on four weeks lists every unit below target, worst gap first, as the weekly rows imply', async ({
  page,
}) => {
  await openSignedIn(page, 'lanhdao.tinh')
  const meta = await api<{ lastWeek: string; grains: string[] }>(page, '/meta')
  // The server also sums periods: a view of weeks must still be asked as weeks (sums are of months)
  expect(meta.grains).toEqual(expect.arrayContaining(['week', 'period']))
  const [from, to] = [addWeek(meta.lastWeek, -3), meta.lastWeek]
  await page.goto(`/#/lagging?unit=${UNIT}&from=${from}&to=${to}&cmp=prev&metric=onlineRate`)
  const { rows } = await api<{ rows: Row[] }>(page, `/stats?unit=${UNIT}&depth=2&grain=week&from=${from}&to=${to}`)
  const { units } = await api<{ units: Array<{ id: string; parentId: string | null }> }>(page, '/units')
  const year = to.slice(0, 4) // the ISO year of the weeks: its targets
  const { targets } = await api<{ targets: Array<{ unitId: string; onlineRate?: number }> }>(
    page,
    `/targets?year=${year}`,
  )
  const parent = new Map(units.map((u) => [u.id, u.parentId]))
  const targetOf = (id: string): number => targets.find((t) => t.unitId === id)?.onlineRate ?? targetOf(parent.get(id)!)
  const totals = new Map<string, { online: number; received: number }>()
  for (const row of rows)
    for (let id: string | null = row.unitId; id && id !== UNIT; id = parent.get(id) ?? null) {
      const t = totals.get(id) ?? { online: 0, received: 0 }
      t.online += row.receivedOnline as number
      t.received += row.received as number
      totals.set(id, t)
    }
  const gaps = [...totals]
    .map(([id, t]) => [id, targetOf(id) - t.online / t.received] as const)
    .filter(([, gap]) => gap > 0)
    .sort((a, b) => b[1] - a[1])
  expect(gaps.length).toBeGreaterThan(0)
  await expect(page.getByTestId('lagging-count')).toHaveText(`${gaps.length} đơn vị chưa đạt chỉ tiêu`)
  const shown = page.getByTestId('lagging-table').locator('tbody tr[data-unit]')
  await expect(shown.first()).toHaveAttribute('data-unit', gaps[0]![0])
  await expect(page.getByTestId('lagging-table').locator('thead')).toContainText('Số tuần liên tiếp chưa đạt')
})
