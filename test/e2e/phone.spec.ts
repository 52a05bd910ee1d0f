import { expect, test } from '@playwright/test'
import { api, openSignedIn, scrollThrough, sum, viCount, viPercent, withConfig, type Row } from './helpers'

test.use({ viewport: { width: 360, height: 780 } })

// Each screen: what shows once its figures are in, and its last section to render (rows and charts below
// the first screen are drawn when they come near): measure once it is there.
const SCREENS = [
  ['overview', '#ranking-title', '.ranking__table'],
  ['targets', '.targets-table', '[data-testid="heatmap"]'],
  ['lagging', '[data-testid="lagging-table"]', '[data-testid="lagging-table"]'],
] as const

test('on a 360 px phone no screen scrolls sideways (tables scroll inside their box)', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  for (const [path, ready, last] of SCREENS) {
    await page.goto(`/#/${path}?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate`)
    await expect(page.locator(ready)).toBeVisible()
    await scrollThrough(page)
    await expect(page.locator(last)).toBeVisible()
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }))
    expect(widths.page, path).toBeLessThanOrEqual(widths.view)
  }
})

test('on a 360 px phone every tab of the navigation is wholly on screen, in both languages', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  for (const [language, screens] of [
    ['vi', 'Các màn hình'],
    ['en', 'Screens'],
  ] as const) {
    await page.evaluate((locale) => localStorage.setItem('tien-do-dvctt.locale', locale), language)
    await page.reload()
    // the tab starts from its copy of the device's choices and then follows localStorage (device-preferences.ts)
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    const tabs = page.getByRole('navigation', { name: screens }).getByRole('link')
    await expect(tabs).toHaveCount(5)
    for (const tab of await tabs.all()) {
      const box = (await tab.boundingBox())!
      expect(box.x, `${language}: ${await tab.textContent()}`).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, `${language}: ${await tab.textContent()}`).toBeLessThanOrEqual(360)
    }
  }
})

test(
  'on a phone the header keeps its height while the user ' + 'and the unit are being asked for (nothing below jumps)',
  async ({ page }) => {
    await openSignedIn(page, 'lanhdao.tinh')
    // The user, the months and the units answer late, so the frame is on screen well before them.
    await withConfig(page, { mockFaults: 'me=latency:700;meta=latency:700;units=latency:700' })
    await page.addInitScript(() => {
      const shifted: string[] = []
      ;(window as unknown as { shifted: string[] }).shifted = shifted
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<
          PerformanceEntry & { sources?: Array<{ node?: Node | null }> }
        >) {
          for (const source of entry.sources ?? []) {
            const element = source.node instanceof Element ? source.node : source.node?.parentElement
            if (element?.closest('.app-header, .app-nav') || element?.matches('main')) shifted.push(element.className)
          }
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.reload()
    await expect(page.locator('.app-header')).toBeVisible()
    const early = await page.locator('.app-header').boundingBox()
    await expect(page.getByRole('button', { name: /Nguyễn Văn An/ })).toBeVisible()
    await expect(page.locator('.app-header__breadcrumb li').first()).toBeVisible()
    await expect(page.locator('[data-testid="trend-chart"] svg')).toBeVisible()
    const late = await page.locator('.app-header').boundingBox()
    // Within a pixel (the menu's place is reserved in rem, its button measures in fractions of one).
    expect(Math.abs(late!.height - early!.height)).toBeLessThan(1)
    expect(await page.evaluate(() => (window as unknown as { shifted: string[] }).shifted)).toEqual([])
  },
)

test(
  "on a phone a panel's export menu opens on screen, whole, " + "even where its button sits at the panel's start",
  async ({ page }) => {
    await openSignedIn(page, 'vanphong', '/#/overview?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
    await page.getByTestId('map').scrollIntoViewIfNeeded()
    for (const title of ['Theo cấp tiếp nhận — Tỷ lệ hồ sơ trực tuyến', 'Bản đồ theo Tỷ lệ hồ sơ trực tuyến']) {
      const button = page
        .getByRole('button', { name: `Xuất bảng: ${title}` })
        .or(page.getByRole('button', { name: `Xuất biểu đồ: ${title}` }))
      await button.scrollIntoViewIfNeeded()
      await button.click()
      const list = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`)
      await expect(list).toBeVisible()
      await list.scrollIntoViewIfNeeded()
      const box = (await list.boundingBox())!
      expect(box.x, title).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, title).toBeLessThanOrEqual(360)
      // what is on screen there is the menu, not clipped away by the panel around it
      const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('ul')?.className ?? '', {
        x: box.x + 4,
        y: box.y + box.height / 2,
      })
      expect(hit, title).toContain('export-menu__list')
      await page.keyboard.press('Escape')
      await expect(list).toBeHidden()
    }
  },
)

test(
  'the district chair on a phone: own figure, own desk, who lags ' +
    'by how much and since when, without scrolling sideways',
  async ({ page }) => {
    await openSignedIn(page, 'chutich.thanhbinh', '/')
    await expect(page).toHaveURL(/#\/targets\?unit=d874/)
    const url = new URL(page.url().replace('#/', ''))
    const from = url.searchParams.get('from')!
    const to = url.searchParams.get('to')!
    const { rows } = await api<{ rows: Row[] }>(page, `/stats?unit=d874&depth=1&from=${from}&to=${to}`)
    const { targets } = await api<{ targets: Array<{ unitId: string; onlineRate?: number }> }>(
      page,
      `/targets?year=${to.slice(0, 4)}`,
    )
    const target = targets.find((t) => t.unitId === 'd874')!.onlineRate!
    // the district as a whole, and its own one-stop desk (its rows that do not include its communes)
    const own = page.getByTestId('tracker-own')
    await expect(own.getByTestId('tracker-own-value')).toHaveText(
      viPercent(sum(rows, 'receivedOnline') / sum(rows, 'received')),
    )
    await expect(own).toContainText(`Chỉ tiêu ${viPercent(target)}`)
    const desk = rows.filter((r) => r.unitId === 'd874' && !r.includesDescendants)
    await expect(own.getByTestId('tracker-desk')).toContainText(
      viPercent(sum(desk, 'receivedOnline') / sum(desk, 'received')),
    )
    await expect(own.getByTestId('tracker-desk')).toContainText(`${viCount(sum(desk, 'received'))} hồ sơ`)
    for (const box of [await own.boundingBox()]) expect(box!.x + box!.width).toBeLessThanOrEqual(360)

    // a lagging commune's gap and months behind are on screen without scrolling the table sideways
    await page.getByLabel('Chỉ hiện đơn vị chưa đạt').check()
    const first = page.locator('.targets-table tbody tr[data-unit]').first()
    const scroller = (await page.locator('.targets-table .table-scroll').boundingBox())!
    for (const column of ['value', 'gap', 'monthsBehind']) {
      const box = (await first.locator(`[data-column="${column}"]`).boundingBox())!
      // within the table's box as it opens, not only within the screen
      expect(box.x + box.width, column).toBeLessThanOrEqual(scroller.x + scroller.width + 0.5)
    }
    await expect(first.locator('[data-column="value"]')).toContainText('Chưa đạt')

    // the heat-map opens at the latest month
    await scrollThrough(page)
    const heatmap = page.getByTestId('heatmap')
    await heatmap.scrollIntoViewIfNeeded()
    const latest = (await heatmap.locator('thead th').last().boundingBox())!
    expect(latest.x + latest.width).toBeLessThanOrEqual(360)
    expect(latest.x).toBeGreaterThanOrEqual(0)
  },
)
