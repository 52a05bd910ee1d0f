import { expect, test, type Page } from '@playwright/test'
import { api, openSignedIn, sum, viCount, viPercent, withConfig, type Row } from './helpers'
import { KEPT_PICTURES_KEY } from '../../src/charts/kept-pictures'

const H1_2021 = 'unit=d874&from=2021-01&to=2021-06'
const card = (page: Page, metric: string) => page.locator(`[data-metric="${metric}"]`)
const panel = (page: Page, title: RegExp) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title }) })

test(
  'Thanh Bình, H1 2021: KPIs equal the API rows; the tier ' + "split shows the district desk's 76.574 / 7.610 / 9,9%",
  async ({ page }) => {
    await openSignedIn(page, 'lanhdao.tinh')
    await page.goto(`/#/overview?${H1_2021}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Huyện Thanh Bình' })).toBeVisible()

    const { rows } = await api<{ rows: Row[] }>(page, `/stats?${H1_2021}&depth=1`)
    const received = sum(rows, 'received')
    const online = sum(rows, 'receivedOnline')
    const onTime = (sum(rows, 'resolvedEarly') + sum(rows, 'resolvedOnTime')) / sum(rows, 'resolved')
    const rated = sum(rows, 'ratedVerySatisfied') + sum(rows, 'ratedSatisfied') + sum(rows, 'ratedDissatisfied')
    const satisfied = (sum(rows, 'ratedVerySatisfied') + sum(rows, 'ratedSatisfied')) / rated
    await expect(card(page, 'onlineRate').getByTestId('kpi-value')).toHaveText(viPercent(online / received))
    await expect(card(page, 'onTimeRate').getByTestId('kpi-value')).toHaveText(viPercent(onTime))
    await expect(card(page, 'satisfactionRate').getByTestId('kpi-value')).toHaveText(viPercent(satisfied))
    await expect(card(page, 'received').getByTestId('kpi-value')).toHaveText(viCount(received))
    await expect(card(page, 'onlineRate')).toContainText('Chỉ tiêu 30,0%')
    await expect(card(page, 'onlineRate')).toContainText('Chưa đạt')

    const desk = page.locator('[data-tier="districtDesks"]')
    await expect(desk).toContainText('76.574')
    await expect(desk).toContainText('7.610')
    await expect(desk).toContainText('9,9%')
  },
)

test("Tân Quới tops Thanh Bình's communes by online dossiers, as the rows say", async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  await page.goto(`/#/overview?${H1_2021}`)
  const { rows } = await api<{ rows: Row[] }>(page, `/stats?${H1_2021}&depth=1`)
  const byCommune = new Map<string, number>()
  for (const row of rows)
    if (row.unitId !== 'd874')
      byCommune.set(row.unitId, (byCommune.get(row.unitId) ?? 0) + (row.receivedOnline as number))
  const [topId, topOnline] = [...byCommune].sort((a, b) => b[1] - a[1])[0]!
  expect(topId).toBe('c30133')

  const ranking = page.locator('.ranking__table')
  await ranking.getByRole('button', { name: /Trực tuyến/ }).click()
  const firstRow = ranking.locator('tbody tr').first()
  await expect(firstRow).toHaveAttribute('data-unit', 'c30133')
  await expect(firstRow).toContainText('Xã Tân Quới')
  await expect(firstRow).toContainText(viCount(topOnline))
  await expect(ranking.getByRole('columnheader', { name: /Trực tuyến/ })).toHaveAttribute('aria-sort', 'descending')
})

test('province → Thanh Bình → Tân Quới by clicks, and back up by the breadcrumbs', async ({ page }) => {
  // old Đồng Tháp in H1 2021: province, districts, communes (before the reform of 2025-07)
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()
  await page.getByRole('button', { name: 'Huyện, thị xã, thành phố' }).click()
  await page.getByRole('link', { name: 'Xem chi tiết Huyện Thanh Bình' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Huyện Thanh Bình' })).toBeVisible()
  await page.getByRole('link', { name: 'Xem chi tiết Xã Tân Quới' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Xã Tân Quới' })).toBeVisible()
  await expect(page).toHaveURL(/unit=c30133/)

  const crumbs = page.getByRole('navigation', { name: 'Vị trí' })
  await expect(crumbs).toContainText('Tỉnh Đồng Tháp')
  await crumbs.getByRole('link', { name: 'Huyện Thanh Bình' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Huyện Thanh Bình' })).toBeVisible()
  await crumbs.getByRole('link', { name: 'Tỉnh Đồng Tháp' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()
})

test('the unit picker finds "tan quoi" without diacritics, by keyboard', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  const picker = page.getByRole('combobox', { name: 'Đơn vị' })
  await picker.fill('tan quoi')
  await expect(page.getByRole('option', { name: /Xã Tân Quới/ })).toBeVisible()
  await picker.press('ArrowDown')
  await picker.press('ArrowUp')
  await picker.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Xã Tân Quới' })).toBeVisible()
})

test('the view lives in the URL: changes survive a reload, and a shared link opens the same view', async ({ page }) => {
  // old Đồng Tháp, whose 2021–2022 targets are 30% and 50%
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=p87')
  await page.getByLabel('Từ tháng').selectOption('2021-07')
  await page.getByLabel('Đến tháng').selectOption('2022-06')
  await page.getByLabel('So sánh với').selectOption('samePeriodLastYear')
  await page.getByLabel('Chỉ số', { exact: true }).selectOption('onTimeRate')
  await expect(page).toHaveURL(/from=2021-07&to=2022-06&cmp=yoy&metric=onTimeRate/)
  const url = page.url()
  const value = await card(page, 'onTimeRate').getByTestId('kpi-value').textContent()

  await page.reload()
  await expect(page.getByLabel('Từ tháng')).toHaveValue('2021-07')
  await expect(page.getByLabel('Chỉ số', { exact: true })).toHaveValue('onTimeRate')
  await expect(card(page, 'onTimeRate').getByTestId('kpi-value')).toHaveText(value!)
  expect(page.url()).toBe(url)
  // a period across two years is compared with its month-weighted target (30% then 50% online)
  await expect(card(page, 'onlineRate')).toContainText('Chỉ tiêu 40,0%')
})

test("the map draws Đồng Tháp's districts coloured by target band; boundaries load only for it", async ({ page }) => {
  const boundaryRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/geo/')) boundaryRequests.push(request.url())
  })
  await openSignedIn(page, 'lanhdao.tinh')
  await page.goto('/#/overview?unit=p87&from=2021-01&to=2021-06')
  const map = page.getByTestId('map')
  await expect(map).toBeVisible()
  expect(boundaryRequests).toEqual([expect.stringMatching(/geo\/districts-2024-87\.json$/)])
  // every district is named in the chart's description, with its value
  for (const name of ['Huyện Thanh Bình', 'Thành phố Cao Lãnh', 'Huyện Tân Hồng'])
    await expect(map).toHaveAttribute('aria-label', new RegExp(name))
  // scrolled to, the canvas is painted in the band colours (met blue #0072B2, below target orange #D55E00 / #F0B27A)
  await map.scrollIntoViewIfNeeded()
  const bandPixels = () =>
    map
      .locator('canvas')
      .first()
      .evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
        const count = (r: number, g: number, b: number) => {
          let n = 0
          for (let i = 0; i < data.length; i += 4)
            if (Math.abs(data[i]! - r) < 6 && Math.abs(data[i + 1]! - g) < 6 && Math.abs(data[i + 2]! - b) < 6) n++
          return n
        }
        return count(0x00, 0x72, 0xb2) + count(0xd5, 0x5e, 0x00) + count(0xf0, 0xb2, 0x7a)
      })
  await expect.poll(bandPixels).toBeGreaterThan(1000)

  // a district has no boundaries for its communes: the section says so
  await page.goto('/#/overview?unit=d874&from=2021-01&to=2021-06')
  await expect(page.getByText('Chưa có ranh giới bản đồ cho các đơn vị trực thuộc cấp này.')).toBeVisible()
})

test('an impossible link is corrected to the nearest valid view, with a notice', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  await page.goto('/#/overview?unit=d999&from=2022-06&to=2021-01&metric=happiness')
  const notice = page.getByRole('status').filter({ hasText: 'Đường dẫn đã được điều chỉnh' })
  await expect(notice).toContainText('Không có đơn vị này trong phạm vi bạn được xem')
  await expect(notice).toContainText('Tháng bắt đầu sau tháng kết thúc')
  await expect(notice).toContainText('Chỉ số không hợp lệ')
  // the leader's own unit: the new Đồng Tháp (from 2025-07)
  await expect(page).toHaveURL(/unit=p2025-82&from=2021-01&to=2022-06&cmp=prev&metric=onlineRate/)
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()
})

test("every chart reads as a table too: the trend's months, the ranking alone, the map's districts", async ({
  page,
}) => {
  await openSignedIn(page, 'lanhdao.tinh', `/#/overview?${H1_2021}&cmp=prev&metric=onlineRate`)
  const trend = panel(page, /Diễn biến theo tháng/)
  // the trend's first frames are a picture (see the next test)
  await expect(trend.getByTestId('trend-chart').locator('svg')).toBeVisible()
  await trend.getByRole('button', { name: 'Xem dạng bảng' }).click()
  await expect(trend.getByRole('button', { name: 'Xem dạng bảng' })).toHaveAttribute('aria-pressed', 'true')
  await expect(trend.getByTestId('trend-chart')).toBeHidden()
  // June 2021's row against the API's rows of that month.
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&from=2021-06&to=2021-06&depth=1')
  const june = trend.getByRole('row', { name: /Tháng 6\/2021/ })
  await expect(june.getByRole('cell').first()).toHaveText(
    viPercent(sum(rows, 'receivedOnline') / sum(rows, 'received')),
  )
  await expect(june.getByRole('cell').nth(2)).toHaveText(viCount(sum(rows, 'receivedOnline')))
  await trend.getByRole('button', { name: 'Xem dạng bảng' }).click()
  // the chart is back: its picture, or the live chart if the page's reflow left the pointer over it
  await expect(trend.getByTestId('trend-chart').locator('svg, canvas').first()).toBeVisible()

  const ranking = panel(page, /Xếp hạng theo/)
  await ranking.scrollIntoViewIfNeeded()
  await expect(ranking.locator('canvas')).toBeVisible()
  await ranking.getByRole('button', { name: 'Xem dạng bảng' }).click()
  await expect(ranking.locator('canvas')).toHaveCount(0)
  await expect(ranking.getByRole('row', { name: /Tân Quới/ })).toBeVisible()
})

test("the trend is first a picture drawn off the page's thread, and comes alive under the pointer", async ({
  page,
}) => {
  await openSignedIn(page, 'lanhdao.tinh', `/#/overview?${H1_2021}&cmp=prev&metric=onlineRate`)
  const chart = panel(page, /Diễn biến theo tháng/).getByTestId('trend-chart')
  // the picture: ECharts' SVG, its months along the axis, no canvas yet
  await expect(chart.locator('svg text', { hasText: /^6\/2021$/ })).toBeVisible()
  await expect(chart.locator('svg text', { hasText: /^1\/2021$/ })).toBeVisible()
  await expect(chart.locator('canvas')).toHaveCount(0)
  await expect(chart).toHaveAttribute('aria-label', /Tháng 6\/2021/)

  // the pointer over June (the last month): the live chart replaces the picture and shows June's figures
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&from=2021-06&to=2021-06&depth=1')
  await chart.scrollIntoViewIfNeeded()
  const box = (await chart.boundingBox())!
  const overJune = async () => {
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.5)
    await page.mouse.move(box.x + box.width * 0.91, box.y + box.height * 0.55)
  }
  await overJune()
  await expect(chart.locator('canvas').first()).toBeVisible()
  await expect(chart.locator('svg')).toHaveCount(0)
  await expect(async () => {
    await overJune()
    await expect(chart.getByText(viCount(sum(rows, 'receivedOnline')), { exact: true })).toBeVisible({ timeout: 500 })
  }).toPass()
  await expect(
    chart.getByText(viPercent(sum(rows, 'receivedOnline') / sum(rows, 'received')), { exact: true }),
  ).toBeVisible()
})

test('the province map reads as a table of its districts with their bands', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  const map = panel(page, /Bản đồ theo/)
  await map.getByRole('button', { name: 'Xem dạng bảng' }).click()
  await expect(map.getByTestId('map')).toHaveCount(0)
  await expect(map.getByRole('row')).toHaveCount(13) // a header and Đồng Tháp's 12 districts
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&from=2021-01&to=2021-06&depth=1')
  await expect(
    map
      .getByRole('row', { name: /Huyện Thanh Bình/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(viPercent(sum(rows, 'receivedOnline') / sum(rows, 'received')))
})

test(
  "a province's tier split asks for its rows two levels " + 'deep only when the panel comes near, and equals them',
  async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    const deepAsked: string[] = []
    page.on('request', (request) => {
      if (/\/stats\?.*depth=2/.test(request.url())) deepAsked.push(request.url())
    })
    // Opened straight at old Đồng Tháp in H1 2021 (three tiers): the leader's default view is now the new Đồng
    // Tháp at 2026-11, whose history asks its former provinces' rows two levels deep (their communes) on its own.
    await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=p87&from=2021-01&to=2021-06')
    // the first screen and the blocks drawn when the browser is idle are there, the tier panel's heading
    // too (for a screen reader's list of headings): none needed the deep rows
    await expect(card(page, 'onlineRate').getByTestId('kpi-value')).toHaveText(/^\d+,\d%$/)
    await expect(panel(page, /Đơn vị trực thuộc chưa đạt chỉ tiêu/)).toBeVisible()
    const tiers = panel(page, /Theo cấp tiếp nhận/)
    await expect(tiers).toBeAttached()
    expect(deepAsked).toEqual([])

    // Brought near the screen, as a reader scrolling to it does: on a phone the panels above it are laid out only
    // when near (estimated at 40rem, some 3,000 px in fact), so one jump to it can leave it far below once they
    // grow; it is scrolled to again until it stays.
    await expect(async () => {
      await tiers.scrollIntoViewIfNeeded()
      await expect(tiers.locator('[data-tier="communes"]')).toBeVisible({ timeout: 2000 })
    }).toPass({ timeout: 20_000 })
    expect(deepAsked).toHaveLength(1)

    const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=p87&depth=2&from=2021-01&to=2021-06')
    const { units } = await api<{ units: Array<{ id: string; kind: string }> }>(page, '/units')
    const kind = new Map(units.map((u) => [u.id, u.kind]))
    const tierRows = {
      departments: rows.filter((r) => kind.get(r.unitId) === 'department'),
      districtDesks: rows.filter((r) => kind.get(r.unitId) === 'district' && !r.includesDescendants),
      communes: rows.filter((r) => kind.get(r.unitId) === 'commune'),
    }
    for (const [tier, its] of Object.entries(tierRows)) {
      expect(its.length, tier).toBeGreaterThan(0)
      const row = tiers.locator(`[data-tier="${tier}"]`)
      await expect(row).toContainText(viCount(sum(its, 'received')))
      await expect(row).toContainText(viPercent(sum(its, 'receivedOnline') / sum(its, 'received')))
    }
  },
)

test('on a desktop the ranking and the lagging list show every column without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=p87&from=2021-01&to=2021-06&metric=onlineRate')
  for (const [title, table] of [
    [/^Xếp hạng theo/, '.ranking__table'],
    [/^Đơn vị trực thuộc chưa đạt chỉ tiêu/, 'table'],
  ] as const) {
    const section = panel(page, title)
    await section.scrollIntoViewIfNeeded()
    await expect(section.locator(table).first()).toBeVisible()
    const box = section.locator('.table-scroll').first()
    const { scrollWidth, clientWidth } = await box.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }))
    expect(scrollWidth, String(title)).toBeLessThanOrEqual(clientWidth)
  }
})

test("the first screen is drawn from the unit's own rows; its children's are asked once it is", async ({ page }) => {
  // What the page shows when each /stats request leaves it: its first KPI value (or nothing yet), and whether the
  // trend's first frame is drawn (a picture, or the live chart) — or how long ago the KPI came, if it is not.
  await page.addInitScript(() => {
    const asked: string[] = []
    let kpiAt: number | null = null
    Object.assign(window, { statsAsked: asked })
    const kpi = () => document.querySelector('[data-metric="onlineRate"] [data-testid="kpi-value"]')
    new MutationObserver(() => {
      if (kpiAt === null && kpi()?.textContent?.trim()) kpiAt = performance.now()
    }).observe(document, { childList: true, subtree: true, characterData: true })
    const original = window.fetch.bind(window)
    window.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href)
      if (url.pathname.endsWith('/stats')) {
        const trend = document.querySelector('[data-testid="trend-chart"] svg, [data-testid="trend-chart"] canvas')
        const waited = kpiAt === null ? '' : performance.now() - kpiAt >= 1000 ? ', 1 s after the KPIs' : ''
        asked.push(
          `depth ${url.searchParams.get('depth')}: ${kpi()?.textContent?.trim() || 'no figure'}, ` +
            `${trend ? 'trend drawn' : `trend not drawn${waited}`}`,
        )
      }
      return original(input, init)
    }
  })
  await openSignedIn(page, 'lanhdao.tinh')
  await expect(card(page, 'onlineRate').getByTestId('kpi-value')).toHaveText(/^\d+,\d%$/)
  await expect(
    panel(page, /Xếp hạng/)
      .locator('table')
      .first(),
  ).toBeAttached()
  const asked = await page.evaluate(() => (window as unknown as { statsAsked: string[] }).statsAsked)
  expect(asked[0]).toBe('depth 0: no figure, trend not drawn')
  const children = asked.filter((line) => line.startsWith('depth 1'))
  expect(children).toHaveLength(1)
  // After the whole first screen: its trend drawn too (or, were it not drawn, a second after the KPIs at most).
  expect(children[0]).toMatch(/^depth 1: \d+,\d%, (trend drawn|trend not drawn, 1 s after the KPIs)$/)
})

/** From the next load on, the tab has kept no chart picture (as on its first start): the worker draws the trend. */
const keepingNoPicture = (page: Page) => page.addInitScript((key) => sessionStorage.removeItem(key), KEPT_PICTURES_KEY)

/**
 * From the next load on, each worker the page makes is noted (workersMade): who made it (public/early.js or the
 * app's code), or whether the trend's picture was on the page by then.
 */
const noteWorkersMade = (page: Page, note: 'maker' | 'trend shown') =>
  page.addInitScript((note) => {
    const made: string[] = []
    Object.assign(window, { workersMade: made })
    const Original = window.Worker
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options)
        if (note === 'maker')
          made.push(
            `${options?.name ?? '?'} by ${/\/early\.js/.test(new Error().stack ?? '') ? 'early.js' : 'the app'}`,
          )
        else made.push(document.querySelector('[data-testid="trend-chart"] svg') ? 'after' : 'before')
      }
    }
  }, note)
const workersMade = (page: Page) => page.evaluate(() => (window as unknown as { workersMade: string[] }).workersMade)

test("on a signed-in start, the charts' picture worker is started before the app's code, and draws the trend", async ({
  page,
}) => {
  await openSignedIn(page, 'lanhdao.tinh')
  await keepingNoPicture(page)
  await noteWorkersMade(page, 'maker')
  await page.reload()
  const chart = panel(page, /Diễn biến theo tháng/).getByTestId('trend-chart')
  await expect(chart.locator('svg text', { hasText: /^11\/2026$/ })).toBeVisible()
  await expect(chart.locator('canvas')).toHaveCount(0)
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0)
  expect(await workersMade(page)).toEqual(['chart-pictures by early.js'])
})

test(
  "a reload whose figures have not changed shows the trend's picture the tab kept, no worker started before it; " +
    "a new period's picture is the worker's",
  async ({ page }) => {
    await openSignedIn(page, 'lanhdao.tinh')
    const chart = panel(page, /Diễn biến theo tháng/).getByTestId('trend-chart')
    await expect(chart.locator('svg text', { hasText: /^11\/2026$/ })).toBeVisible()
    const drawn = await chart
      .locator('svg')
      .first()
      .evaluate((svg) => svg.outerHTML)
    await noteWorkersMade(page, 'trend shown')
    await page.reload()
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0)
    // the very picture the worker drew for these figures at this size
    expect(
      await chart
        .locator('svg')
        .first()
        .evaluate((svg) => svg.outerHTML),
    ).toBe(drawn)
    await expect(chart.locator('canvas')).toHaveCount(0)
    await expect(card(page, 'onlineRate').getByTestId('kpi-value')).toHaveText(/^\d+,\d%$/)
    // the worker, for the pictures to come, started once the kept picture was shown
    await expect.poll(() => workersMade(page)).toEqual(['after'])

    // another period: other figures, a picture the worker draws
    await page.goto(`/#/overview?${H1_2021}&cmp=prev&metric=onlineRate`)
    await expect(chart.locator('svg text', { hasText: /^6\/2021$/ })).toBeVisible()
    await expect(chart.locator('svg text', { hasText: /^11\/2026$/ })).toHaveCount(0)
  },
)

test('a picture worker whose file fails on a signed-in start leaves the charts drawn live', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  await keepingNoPicture(page)
  await page.context().route(/\/assets\/picture-worker-[\w-]+\.js$/, (route) => route.fulfill({ status: 404 }))
  await page.reload()
  const chart = panel(page, /Diễn biến theo tháng/).getByTestId('trend-chart')
  await expect(chart.locator('canvas').first()).toBeVisible()
  await expect(chart.locator('svg')).toHaveCount(0)
  await expect(card(page, 'onlineRate').getByTestId('kpi-value')).toHaveText(/^\d+,\d%$/)
  // the first screen is whole, and the children's panels follow it
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0)
  await expect(
    panel(page, /Xếp hạng/)
      .locator('table')
      .first(),
  ).toBeAttached()
})

test("while the children's rows come, after the first screen, their place says so", async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  await withConfig(page, { mockFaults: 'stats=latency:1000' })
  await page.reload()
  await expect(card(page, 'onlineRate').getByTestId('kpi-value')).toHaveText(/^\d+,\d%$/)
  const waiting = page.getByRole('status').filter({ hasText: 'Đang tải số liệu các đơn vị trực thuộc…' })
  await expect(waiting).toBeVisible()
  await expect(panel(page, /Xếp hạng/)).toBeAttached()
  await expect(waiting).toHaveCount(0)
})

test(
  "runs of months behind reaching back past the window are the API's count, asked when the lagging list comes near, " +
    'not with the first screen',
  async ({ page }) => {
    const asked: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/stats?')) asked.push(request.url())
    })
    // A panel's own file slow to come (as on a busy machine): no panel is drawn before the others, so the list is
    // never, for a frame, right under the first screen with the ranking above it not drawn yet (and so near).
    await page
      .context()
      .route(/\/assets\/(Overview[A-Z]\w*-[\w-]+\.js|overview-panels-[\w-]+\.css)$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 600))
        await route.continue()
      })
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const drawn = (title: string) => document.querySelector(`[aria-labelledby="${title}"]`) !== null
        if (drawn('lagging-title') && !drawn('ranking-title')) document.documentElement.dataset.laggingAlone = ''
      }).observe(document, { childList: true, subtree: true })
    })
    // The leader's default view: the new Đồng Tháp at 2026-11, fetched from 2025-07 (its own months); some communes'
    // runs of months behind reach back before it, to the former communes' months from 2020-01.
    await openSignedIn(page, 'lanhdao.tinh')
    await expect(card(page, 'onlineRate').getByTestId('kpi-value')).toHaveText(/^\d+,\d%$/)
    await page.waitForFunction(() => performance.getEntriesByName('view-complete').length > 0)
    const lagging = panel(page, /Đơn vị trực thuộc chưa đạt chỉ tiêu/)
    await expect(lagging).toBeAttached()
    const before = (url: string) => new URL(url).searchParams.get('from')! < '2025-07'
    expect(asked.length).toBeGreaterThan(0)
    expect(asked.filter(before)).toEqual([])

    expect(asked.filter((url) => url.includes('behind='))).toEqual([])
    expect(await page.evaluate(() => 'laggingAlone' in document.documentElement.dataset)).toBe(false)

    // Scrolled to (again until it stays: the panels above it are laid out only when near), the list asks the
    // period's sums with the API's count of months behind (one small request, not years of every commune's months):
    // none left pending ("…"), some open-ended runs back to 2020 ("83+").
    await expect(async () => {
      await lagging.scrollIntoViewIfNeeded()
      expect(asked.filter((url) => url.includes('behind=onlineRate')).length).toBeGreaterThan(0)
    }).toPass({ timeout: 20_000 })
    const table = lagging.locator('table')
    await expect(table).not.toContainText('…')
    await expect(table).toContainText(/\d+\+/)
    expect(asked.filter(before)).toEqual([])
    // nor does a reload ask them ahead with the first view's rows (public/early.js): they are not the first screen's
    const remembered = await page.evaluate(() => sessionStorage.getItem('tien-do-dvctt.first-view'))
    expect(remembered).toContain('/stats?')
    expect(remembered).not.toContain('from=2020-01')
  },
)
