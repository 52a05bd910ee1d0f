import { expect, test, type Page } from '@playwright/test'
import { api, openSignedIn, withConfig, type Row } from './helpers'

test('presentation mode: one section at a time, large, the next every N seconds, any key stops it', async ({
  page,
}) => {
  await page.clock.install()
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  await expect(page.getByTestId('map')).toBeVisible()
  const slides = page.locator('[data-slide]')

  await page.getByRole('combobox', { name: 'Tự chuyển phần sau mỗi' }).selectOption({ label: 'mỗi 10 giây' })
  const fontBefore = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
  await page.getByRole('button', { name: 'Trình chiếu' }).click()

  // Every section, those not yet scrolled to included: KPIs, trend, ranking, lagging, tiers, map.
  await expect(slides).toHaveCount(6)
  const status = page.getByRole('status').filter({ hasText: 'Trình chiếu ·' })
  await expect(status).toContainText('(1/')
  // As many slides as the sections need to fit the screen: six at least.
  const count = Number(/\(1\/(\d+)\)/.exec((await status.textContent()) ?? '')![1])
  expect(count).toBeGreaterThanOrEqual(6)
  await expect(page.getByRole('navigation', { name: 'Các màn hình' })).toBeHidden()
  await expect(slides.nth(0)).toBeVisible()
  for (let i = 1; i < 6; i += 1) await expect(slides.nth(i)).toBeHidden()
  expect(parseFloat(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(
    parseFloat(fontBefore),
  )

  await page.clock.runFor(10_000)
  await expect(status).toContainText('Diễn biến theo tháng')
  await expect(status).toContainText(`(2/${count})`)
  await expect(slides.nth(0)).toBeHidden()
  await expect(slides.nth(1)).toBeVisible()
  await expect(slides.nth(1).getByTestId('trend-chart').locator('svg, canvas').first()).toBeVisible()

  // After the last section, the first again.
  await page.clock.runFor(10_000 * (count - 1))
  await expect(status).toContainText(`(1/${count})`)

  await page.keyboard.press('Space')
  await expect(status).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Các màn hình' })).toBeVisible()
  for (let i = 0; i < 6; i += 1) await expect(slides.nth(i)).toBeVisible()
})

test('the tracker and the lagging list present their sections too', async ({ page }) => {
  await page.clock.install()
  await openSignedIn(page, 'lanhdao.tinh', '/#/targets?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  // The tracker's heat-map draws its cells when it comes within a screen of the viewport; the unit picker and the
  // structure note above it now put it past that on opening: it is scrolled to, as a reader does.
  for (const [path, ready, below] of [
    ['targets', '[data-testid="heatmap"]', /^Theo tháng — /],
    ['lagging', '[data-testid="lagging-table"]', null],
  ] as const) {
    await page.goto(`/#/${path}?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate`)
    if (below) await page.getByRole('heading', { level: 2, name: below }).scrollIntoViewIfNeeded()
    await expect(page.locator(ready)).toBeVisible()
    const slides = page.locator('[data-slide]')
    await expect(slides).toHaveCount(2)
    await page.getByRole('button', { name: 'Trình chiếu' }).click()
    await expect(slides.nth(0)).toBeVisible()
    await expect(slides.nth(1)).toBeHidden()
    // The first section runs on over as many slides as its rows need, then the second comes.
    const first = await page.getByRole('status').filter({ hasText: '(1/' }).textContent()
    const count = Number(/\(1\/(\d+)\)/.exec(first ?? '')![1])
    for (let i = 1; i < count && !(await slides.nth(1).isVisible()); i += 1) await page.clock.runFor(15_000)
    await expect(slides.nth(0)).toBeHidden()
    await expect(slides.nth(1)).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(slides.nth(0)).toBeVisible()
  }
})

/** The slide on screen: what of it lies outside the screen above the bar, and the ranking rows it shows. */
function readSlide(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.presentation-bar')!.getBoundingClientRect()
    const slide = document.querySelector<HTMLElement>('[data-slide].is-current-slide')!
    const shown = (el: Element) => el.getClientRects().length > 0 && !el.closest('.visually-hidden')
    // A chart draws inside its box (a picture at the last size is clipped to it): the box is what must fit.
    const isInChart = (el: Element) => el.parentElement?.closest('.base-chart') != null
    // A wide table may scroll sideways inside its own box on a phone; nothing scrolls down.
    const outside = [slide, ...slide.querySelectorAll('*')]
      .filter((el) => shown(el) && !isInChart(el))
      .filter((el) => {
        const box = el.getBoundingClientRect()
        const isSideways = el !== slide && el.closest('.table-scroll') !== null
        const isBeside = box.left < -0.5 || box.right > innerWidth + 0.5
        return box.top < -0.5 || box.bottom > bar.top + 0.5 || (!isSideways && isBeside)
      })
      .map((el) => `${el.tagName}.${el.getAttribute('class')}`)
    const shownIn = (selector: string) => [...slide.querySelectorAll<HTMLElement>(selector)].filter(shown)
    const rows = shownIn('.ranking__table tbody tr').map((tr) => tr.dataset.unit!)
    const header = shownIn('.ranking__table thead th').map((th) => th.textContent!.trim())
    return { outside, rows, header, charts: [...slide.querySelectorAll('.base-chart')].filter(shown).length }
  })
}

/** Presents every slide once (the interval is 10 s); says what each one showed. */
async function presentAll(page: Page) {
  const status = page.getByRole('status').filter({ hasText: 'Trình chiếu ·' })
  const count = Number(/\(1\/(\d+)\)/.exec((await status.textContent()) ?? '')?.[1])
  const slides = []
  for (let i = 1; i <= count; i += 1) {
    await expect(status).toContainText(`(${i}/${count})`)
    slides.push(await readSlide(page))
    await page.clock.runFor(10_000)
  }
  return slides
}

async function checkDeck(page: Page, rankingRows: string[]) {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 360, height: 640 },
  ]) {
    // Started on a large screen (the control is not offered on a phone), then shown at this size.
    await page.setViewportSize({ width: 1366, height: 768 })
    // every answer in (the months before the window, for months behind, come after the first figures):
    // a deck is cut from what the page shows
    await page.waitForLoadState('networkidle')
    const every = page.getByRole('combobox', { name: 'Tự chuyển phần sau mỗi' })
    await every.selectOption({ label: 'mỗi 10 giây' })
    await page.getByRole('button', { name: 'Trình chiếu' }).click()
    await page.setViewportSize(size)
    await page.clock.runFor(100) // the next frame cuts the slides again for the new size
    await page.getByRole('status').filter({ hasText: '(1/' }).waitFor()
    await page.waitForLoadState('networkidle') // what presenting asks for (a map's boundaries) is in too
    await page.clock.runFor(100)
    const slides = await presentAll(page)
    for (const [i, slide] of slides.entries()) {
      expect(slide.outside, `${size.width}px, slide ${i + 1}: all of it on the screen`).toEqual([])
      const header = slide.header.join(' ')
      if (slide.rows.length > 0) expect(header, 'column names on each slide of rows').toMatch(/Hạng.*Đơn vị.*Số hồ sơ/)
    }
    expect(slides.filter((s) => s.charts > 0).length, 'the charts are shown').toBeGreaterThan(0)
    const shown = slides.flatMap((s) => s.rows)
    // Every row of the ranking on some slide, and on one only.
    expect(shown.length).toBe(rankingRows.length)
    expect([...shown].sort()).toEqual([...rankingRows].sort())
    await page.keyboard.press('Escape')
    await expect(page.getByRole('navigation', { name: 'Các màn hình' })).toBeVisible()
  }
}

test('national: every slide fits 1366×768 and 360×640; the 63 provinces run over slides, each once', async ({
  page,
}) => {
  await withConfig(page, { mockDataset: 'national' })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.clock.install()
  await openSignedIn(page, 'trunguong', '/#/overview?unit=VN&from=2022-01&to=2022-06&cmp=prev&metric=onlineRate')
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=VN&depth=1&from=2022-01&to=2022-01')
  const provinces = [...new Set(rows.map((r) => r.unitId))].filter((id) => id !== 'VN')
  expect(provinces).toHaveLength(63)
  await expect(page.locator('.ranking__table tbody tr')).toHaveCount(63)
  await checkDeck(page, provinces)
})

test('demo province: every slide fits 1366×768 and 360×640; each ranking row on one slide', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.clock.install()
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  await expect(page.getByTestId('map')).toBeVisible()
  const rows = await page
    .locator('.ranking__table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.unit!))
  expect(rows.length).toBeGreaterThan(0)
  await checkDeck(page, rows)
})
