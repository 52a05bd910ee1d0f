import { expect, test, type Page } from '@playwright/test'
import { api, openSignedIn, scrollThrough, signIn, withConfig, type Row } from './helpers'

interface Target {
  unitId: string
  year: number
  onlineRate?: number
}

/** Months from `from` to `to`, inclusive. */
function months(from: string, to: string): string[] {
  const out: string[] = []
  for (
    let [y, m] = from.split('-').map(Number) as [number, number];
    `${y}-${String(m).padStart(2, '0')}` <= to;
    m === 12 ? (y++, (m = 1)) : m++
  ) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
  }
  return out
}

/** The lagging communes of Thanh Bình and their months behind, computed from the rows alone. */
async function expectedLagging(page: Page, from: string, to: string) {
  const all = months('2020-01', to)
  const { rows } = await api<{ rows: Row[] }>(page, `/stats?unit=d874&depth=1&from=2020-01&to=${to}`)
  const targetOfYear = new Map<number, number>()
  for (const year of new Set(all.map((m) => Number(m.slice(0, 4))))) {
    const { targets } = await api<{ targets: Target[] }>(page, `/targets?year=${year}`)
    targetOfYear.set(year, targets.find((t) => t.unitId === 'd874')!.onlineRate!)
  }
  const period = months(from, to)
  const periodTarget = period.reduce((s, m) => s + targetOfYear.get(Number(m.slice(0, 4)))!, 0) / period.length
  const out = new Map<string, string>()
  for (const unitId of new Set(rows.map((r) => r.unitId).filter((id) => id !== 'd874'))) {
    const mine = rows.filter((r) => r.unitId === unitId)
    const inPeriod = mine.filter((r) => period.includes(r.month))
    const value =
      inPeriod.reduce((s, r) => s + (r.receivedOnline as number), 0) /
      inPeriod.reduce((s, r) => s + (r.received as number), 0)
    if (!(value < periodTarget)) continue
    let behind = 0
    for (const month of [...all].reverse()) {
      const row = mine.find((r) => r.month === month)
      if (
        !row ||
        !((row.receivedOnline as number) / (row.received as number) < targetOfYear.get(Number(month.slice(0, 4)))!)
      )
        break
      behind++
    }
    // a run back to the first month with data (2020-01) may have begun before it: "at least"
    out.set(unitId, `${behind}${behind === all.length ? '+' : ''}`)
  }
  return out
}

/** Months behind as a screen's table shows them, by unit (rows with data-unit and a monthsBehind cell). */
async function shownMonthsBehind(page: Page, rowSelector: string) {
  const rows = page.locator(rowSelector)
  await expect(rows.first()).toBeVisible()
  const shown = new Map<string, string>()
  for (const row of await rows.all()) {
    shown.set(
      (await row.getAttribute('data-unit'))!,
      (await row.locator('[data-column="monthsBehind"]').textContent())!.trim(),
    )
  }
  return shown
}

async function shownLagging(page: Page) {
  await page.getByLabel('Chỉ hiện đơn vị chưa đạt').check()
  // no run is shown while it is still being counted ("…")
  await expect(page.locator('.targets-table [data-column="monthsBehind"]', { hasText: '…' })).toHaveCount(0)
  return shownMonthsBehind(page, '.targets-table tbody tr[data-unit]')
}

test("the district chair lands on Thanh Bình's tracker; lagging communes and months behind equal the rows", async ({
  page,
}) => {
  await openSignedIn(page, 'chutich.thanhbinh', '/')
  await expect(page.getByRole('heading', { level: 1, name: 'Theo dõi chỉ tiêu — Huyện Thanh Bình' })).toBeVisible()
  await expect(page).toHaveURL(/#\/targets\?unit=d874/)

  await page.goto('/#/targets?unit=d874&from=2021-01&to=2021-06')
  const expected = await expectedLagging(page, '2021-01', '2021-06')
  expect(expected.size).toBeGreaterThanOrEqual(3)
  expect([...expected.values()].some((n) => parseInt(n, 10) >= 3)).toBe(true)
  await expect(page.getByTestId('tracker-summary')).toHaveText(
    `${13 - expected.size} / 13 xã, phường, thị trấn đạt chỉ tiêu`,
  )
  expect(await shownLagging(page)).toEqual(expected)
  await expect(page.getByTestId('heatmap').locator('tbody tr')).toHaveCount(13)
})

test(
  'across a year boundary the tracker uses the month-weighted ' + 'target and the same months behind as the rows',
  async ({ page }) => {
    await openSignedIn(page, 'chutich.thanhbinh')
    await page.goto('/#/targets?unit=d874&from=2021-10&to=2022-03')
    await expect(page.locator('.targets-table tbody tr[data-unit]').first()).toContainText('40,0%')
    const expected = await expectedLagging(page, '2021-10', '2022-03')
    expect(await shownLagging(page)).toEqual(expected)
  },
)

test('the tracker table sorts with "—" last and finds communes without diacritics', async ({ page }) => {
  await openSignedIn(page, 'chutich.thanhbinh')
  await page.goto('/#/targets?unit=d874&from=2021-01&to=2021-06')
  await page.getByLabel('Tìm theo tên').fill('tan quoi')
  await expect(page.locator('.targets-table tbody tr[data-unit]')).toHaveCount(1)
  await expect(page.locator('.targets-table tbody tr[data-unit]')).toHaveAttribute('data-unit', 'c30133')
  await page.getByLabel('Tìm theo tên').fill('')
  await page.getByRole('button', { name: /Còn thiếu/ }).click() // now ascending: met communes ("—") still last
  const gaps = await page.locator('.targets-table tbody tr[data-unit] [data-column="gap"]').allTextContents()
  const dashes = gaps.map((g) => g.trim() === '—')
  expect(dashes.indexOf(true)).toBeGreaterThan(0)
  expect(dashes.slice(dashes.indexOf(true)).every(Boolean)).toBe(true)
})

test("the province's lagging page lists every level below target, worst gap first, as the rows imply", async ({
  page,
}) => {
  await openSignedIn(page, 'lanhdao.tinh')
  await page.goto('/#/lagging?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=p87&depth=2&from=2021-01&to=2021-06')
  const { units } = await api<{ units: Array<{ id: string; kind: string; parentId: string | null }> }>(page, '/units')
  const { targets } = await api<{ targets: Target[] }>(page, '/targets?year=2021')
  const parent = new Map(units.map((u) => [u.id, u.parentId]))
  const targetOf = (id: string): number => targets.find((t) => t.unitId === id)?.onlineRate ?? targetOf(parent.get(id)!)
  const totals = new Map<string, { online: number; received: number }>()
  for (const row of rows) {
    // a row counts for its unit and every ancestor below the province
    for (let id: string | null = row.unitId; id && id !== 'p87'; id = parent.get(id) ?? null) {
      const t = totals.get(id) ?? { online: 0, received: 0 }
      t.online += row.receivedOnline as number
      t.received += row.received as number
      totals.set(id, t)
    }
  }
  const gaps = [...totals]
    .map(([id, t]) => [id, targetOf(id) - t.online / t.received] as const)
    .filter(([, gap]) => gap > 0)
  gaps.sort((a, b) => b[1] - a[1])

  await expect(page.getByTestId('lagging-count')).toHaveText(`${gaps.length} đơn vị chưa đạt chỉ tiêu`)
  const shown = page.getByTestId('lagging-table').locator('tbody tr[data-unit]')
  await expect(shown.first()).toHaveAttribute('data-unit', gaps[0]![0])
  const shownGaps = (await shown.locator('td:nth-of-type(6)').allTextContents()).map((g) =>
    Number(g.replace(' điểm %', '').replace(',', '.')),
  )
  expect(shownGaps.length).toBeGreaterThan(10)
  expect(shownGaps).toEqual([...shownGaps].sort((a, b) => b - a))
})

test('leaving a screen while it is still loading goes where the user asked, not back', async ({ page, context }) => {
  // The tracker's data arrives while the next screen's code is still downloading: the tracker then
  // wants to complete its URL, which must not cancel the navigation under way.
  await withConfig(page, { mockFaults: 'meta=latency:700' })
  await context.route(/LaggingPage-.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await route.continue()
  })
  await page.goto('/')
  await signIn(page, 'chutich.thanhbinh') // lands on the tracker, which waits for /meta
  await page.waitForURL(/#\/targets/)
  await page.goto('/#/lagging?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  await expect(page.getByTestId('lagging-table')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị chậm tiến độ' })).toBeVisible()
  await expect(page).toHaveURL(/#\/lagging\?unit=d874&from=2021-01/)
})

test(
  'on a phone the heat-map below the table draws its cells ' + 'when it comes near, a row for each unit of the table',
  async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await openSignedIn(page, 'lanhdao.tinh', '/#/targets?unit=p87&from=2021-01&to=2021-06&metric=onlineRate')
    const tableRows = page.locator('.targets-table tbody tr[data-unit]')
    await expect(tableRows.first()).toBeVisible()
    // its frame and heading are there at once (a screen reader's list of headings is whole), its cells not yet
    const heading = page.getByRole('heading', { level: 2, name: /^Theo tháng — / })
    const section = page.locator('section').filter({ has: heading })
    await expect(section.locator('.deferred')).toBeAttached()
    await expect(page.getByTestId('heatmap')).toHaveCount(0)

    await heading.scrollIntoViewIfNeeded()
    const heatmapRows = page.getByTestId('heatmap').locator('tbody tr')
    await expect(heatmapRows.first()).toBeVisible()
    const units = async (rows: typeof tableRows) =>
      (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-unit')))).sort()
    expect(await units(heatmapRows)).toEqual(await units(tableRows))
    expect(await heatmapRows.count()).toBeGreaterThan(10)
  },
)

test(
  'months behind is one number on the tracker, the overview ' +
    "and the lagging page, counted back to the data's start",
  async ({ page }) => {
    await openSignedIn(page, 'chutich.thanhbinh')
    const view = 'unit=d874&from=2022-07&to=2022-12'
    // (the test's own count first: its requests are not the screens')
    const expected = await expectedLagging(page, '2022-07', '2022-12')
    // The tracker and the overview take the runs reaching back past their window from the API's count with the
    // period's sums (behind=onlineRate, one level deep), not from the years of months before it.
    const asked: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/stats?')) asked.push(request.url())
    })
    const monthsBefore = () => asked.filter((url) => new URL(url).searchParams.get('from')! < '2021-01')
    await page.goto(`/#/targets?${view}`)
    // the window the screens fetch first starts in 2021: some runs reach back past it
    expect([...expected.values()].some((text) => parseInt(text, 10) > 18)).toBe(true)
    expect(await shownLagging(page)).toEqual(expected)
    expect(asked.some((url) => url.includes('behind=onlineRate') && url.includes('depth=1'))).toBe(true)
    expect(monthsBefore()).toEqual([])

    await page.goto(`/#/overview?${view}`)
    await expect(page.getByTestId('kpi-value').first()).toBeVisible()
    await scrollThrough(page) // the lagging panel's rows are drawn when it comes near
    await expect(page.locator('table.lagging [data-column="monthsBehind"]', { hasText: '…' })).toHaveCount(0)
    const onOverview = await shownMonthsBehind(page, 'table.lagging tbody tr[data-unit]')
    expect(onOverview.size).toBeGreaterThan(0)
    for (const [unitId, text] of onOverview) expect([unitId, text]).toEqual([unitId, expected.get(unitId)])
    expect(monthsBefore()).toEqual([])

    // The lagging list takes the months behind the API counted with the period's sums (behind=onlineRate), and
    // asks none of the months for them (the same answer as the tracker's, for a district: it may be the one in hand).
    const lagging = asked.length
    await page.goto(`/#/lagging?${view}`)
    await expect(page.locator('.lagging-table [data-column="monthsBehind"]').first()).toBeVisible()
    await expect(page.locator('.lagging-table [data-column="monthsBehind"]', { hasText: '…' })).toHaveCount(0)
    const onLagging = await shownMonthsBehind(page, '.lagging-table tbody tr[data-unit]')
    expect(onLagging.size).toBeGreaterThan(0)
    for (const [unitId, text] of onLagging)
      if (expected.has(unitId)) expect([unitId, text]).toEqual([unitId, expected.get(unitId)])
    expect(asked.some((url) => url.includes('behind=onlineRate'))).toBe(true)
    expect(asked.slice(lagging).filter((url) => !url.includes('grain=period'))).toEqual([])
    // Every lagging commune's row is on the list, each with its trend drawn (from the same answer).
    for (const unitId of expected.keys()) expect(onLagging.has(unitId), unitId).toBe(true)
    await expect(page.locator('.lagging-table tbody tr[data-unit] svg path').first()).toBeVisible()
  },
)

test("the lagging list from a server whose period sums count no months behind: the months' count, the same", async ({
  page,
}) => {
  await withConfig(page, { mockFaults: 'meta=older' })
  await openSignedIn(page, 'chutich.thanhbinh')
  const view = 'unit=d874&from=2022-07&to=2022-12'
  const expected = await expectedLagging(page, '2022-07', '2022-12')
  const asked: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/stats?')) asked.push(request.url())
  })
  await page.goto(`/#/lagging?${view}&metric=onlineRate`)
  await expect(page.locator('.lagging-table [data-column="monthsBehind"]').first()).toBeVisible()
  await expect(page.locator('.lagging-table [data-column="monthsBehind"]', { hasText: '…' })).toHaveCount(0)
  const onLagging = await shownMonthsBehind(page, '.lagging-table tbody tr[data-unit]')
  for (const unitId of expected.keys()) expect([unitId, onLagging.get(unitId)]).toEqual([unitId, expected.get(unitId)])
  expect(asked.some((url) => url.includes('behind='))).toBe(false)
  expect(asked.some((url) => !url.includes('grain=period'))).toBe(true) // the months, as before

  // The tracker too counts its runs from the months before its window, as before.
  asked.length = 0
  await page.goto(`/#/targets?${view}&metric=onlineRate`)
  expect(await shownLagging(page)).toEqual(expected)
  expect(asked.some((url) => url.includes('behind='))).toBe(false)
  expect(asked.some((url) => new URL(url).searchParams.get('from')! < '2021-01')).toBe(true)
})

test("the country's lagging list draws only the rows in view, and every row is reached by scrolling", async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openSignedIn(page, 'trunguong', '/#/lagging')
  const heading = page.getByTestId('lagging-count')
  await expect(heading).toHaveText(/\d đơn vị chưa đạt chỉ tiêu/, { timeout: 60_000 })
  // The twelve months behind arrive after the period: the list is whole when they have.
  await expect(page.getByText(/^Đang tải/)).toHaveCount(0, { timeout: 60_000 })
  const count = Number((await heading.textContent())!.replace(/\D/g, ''))
  expect(count).toBeGreaterThan(200)
  const box = page.getByTestId('lagging-table')
  await expect(box.locator('table')).toHaveAttribute('aria-rowcount', String(count + 1))
  const drawn = box.locator('tbody tr[data-unit]')
  await expect(drawn.first()).toHaveAttribute('aria-rowindex', '2')
  expect(await drawn.count()).toBeLessThan(80)
  // The header stays in view while the box scrolls; at its end, the last unit with its place in the list.
  await box.evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect(drawn.last()).toHaveAttribute('aria-rowindex', String(count + 1))
  await expect(drawn.last().locator('[data-column="rank"]')).toHaveText(String(count))
  expect(await drawn.count()).toBeLessThan(80)
  const headerOffset = async () => {
    const [header, top] = [await box.locator('thead th').first().boundingBox(), await box.boundingBox()]
    return header && top ? Math.abs(header.y - top.y) : null
  }
  await expect.poll(headerOffset).toBeLessThan(3)
})
