// A build made with INCLUDE_MOCKS=false carries no mock code, no demo accounts and no service worker.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openSignedIn } from './helpers'

const DIST = 'dist-nomocks'

test('the no-mocks build has no mock code, demo accounts or worker, and asks for no mocks', async ({ page }) => {
  const assets = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'))
  expect(assets.length).toBeGreaterThan(3)
  for (const file of assets) {
    const text = readFileSync(join(DIST, 'assets', file), 'utf8')
    for (const needle of [
      'lanhdao.tinh',
      'chutich.thanhbinh',
      'trunguong',
      'setupWorker',
      'mockServiceWorker',
      'mock-worker',
    ]) {
      expect(text.includes(needle), `${file} contains ${needle}`).toBe(false)
    }
  }
  expect(readdirSync(DIST)).not.toContain('mockServiceWorker.js')
  expect(readdirSync(DIST)).not.toContain('mock-worker.js')
  expect(JSON.parse(readFileSync(join(DIST, 'config.json'), 'utf8'))).toMatchObject({ mocks: false })

  // and the page lists no demo accounts
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  await expect(page.getByText('Tài khoản dùng thử')).toHaveCount(0)
})

test("the first screen's files and the picture worker's start with the compile hint; a screen loaded later not", () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  const firstScreen = [
    ...html.matchAll(/<script type="module"[^>]* src="\.\/(assets\/[^"]+\.js)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]* href="\.\/(assets\/(?:framework|overview)-[^"]+\.js)"/g),
    ...html.matchAll(/data-picture-worker="\.\/(assets\/[^"]+\.js)"/g),
  ].map((match) => match[1]!)
  expect(firstScreen.map((file) => file.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual([
    'assets/framework',
    'assets/index',
    'assets/overview',
    'assets/picture-worker',
  ])
  for (const file of firstScreen)
    expect(readFileSync(join(DIST, file), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'), file).toBe(true)
  const later = readdirSync(join(DIST, 'assets')).filter((f) => /^(LaggingPage|SignInPage|pdf)-.*\.js$/.test(f))
  expect(later.length).toBe(3)
  for (const file of later)
    expect(readFileSync(join(DIST, 'assets', file), 'utf8'), file).not.toContain('allFunctionsCalledOnLoad')
})

/** Reloads with the app's code arriving late, as on a slow phone: the first view's rows and targets are
 * asked by early.js before the code has arrived, and the app takes them (each API URL asked once). */
async function expectEarlyRowsOnReload(page: Page) {
  // The view loaded before is complete first: its children's rows, asked once its first screen is drawn, would
  // otherwise be counted among the reload's requests.
  await page.waitForFunction(() => performance.getEntriesByName('view-complete').length > 0)
  const asked: string[] = []
  page.on('request', (request) => {
    const { pathname, search } = new URL(request.url())
    if (/\/api\/v1\/(me|meta|units|stats|targets)$/.test(pathname)) asked.push(pathname.split('/').pop()! + search)
    if (/\/assets\/framework-.*\.js$/.test(pathname)) asked.push('framework')
  })
  // the app's code arrives late, as on a slow phone
  await page.route(/\/assets\/framework-.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    asked.push('framework loaded')
    await route.continue()
  })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()
  await expect(page.locator('[data-metric="onlineRate"]').getByTestId('kpi-value')).toHaveText(/^\d+,\d%$/)
  const api = asked.filter((a) => !a.startsWith('framework'))
  expect(api.filter((a) => ['me', 'meta', 'units'].includes(a)).sort()).toEqual(['me', 'meta', 'units'])
  // the first view's rows, and the months before them its months behind went on to ask (remembered too)
  expect(api.filter((a) => a.startsWith('stats?unit=')).length).toBeGreaterThanOrEqual(1)
  expect(api.filter((a) => a.startsWith('targets?year=')).length).toBeGreaterThan(0)
  // each asked once (the app took the early answers), all by early.js while the code was still arriving; but for
  // the children's rows (the overview's first screen is the unit's own figures), asked once it is drawn
  const isChildren = (a: string) => a.startsWith('stats?') && a.includes('depth=1')
  await expect.poll(() => asked.filter(isChildren)).toHaveLength(1)
  const all = asked.filter((a) => !a.startsWith('framework'))
  expect(new Set(all).size).toBe(all.length)
  const loaded = asked.indexOf('framework loaded')
  for (const answer of all.filter((a) => !isChildren(a))) expect(asked.indexOf(answer), answer).toBeLessThan(loaded)
  expect(asked.findIndex(isChildren)).toBeGreaterThan(loaded)
}

test(
  'a signed-in start asks who, which months and which units once each, ' +
    "and on a reload its first view's rows, before the app's code has run",
  async ({ page }) => {
    await openSignedIn(page, 'lanhdao.tinh')
    await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()
    // a start at the bare address: it remembers its first view's rows, and the view completes the address;
    // a reload loads the completed one
    await page.goto('about:blank')
    await page.goto('/#/overview')
    await expect(page.locator('[data-metric="onlineRate"]').getByTestId('kpi-value')).toHaveText(/^\d+,\d%$/)
    await expect(page).toHaveURL(/#\/overview\?unit=/)
    await expectEarlyRowsOnReload(page)
  },
)

test('the first screen after signing in is remembered too: its first reload asks its rows early', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  await expect(page.locator('[data-metric="onlineRate"]').getByTestId('kpi-value')).toHaveText(/^\d+,\d%$/)
  await expect(page).toHaveURL(/#\/overview\?unit=/)
  await expectEarlyRowsOnReload(page)
})

test("a reload starts from the tab's copy of the device's choices (not localStorage), follows another tab's", async ({
  page,
  context,
}) => {
  await openSignedIn(page, 'lanhdao.tinh')
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0)
  // When the page first uses localStorage (here, with the mocks off: the demo build's service worker keeps its
  // cookies there) (a synchronous call to the browser)
  await page.addInitScript(() => {
    const own =
      Object.getOwnPropertyDescriptor(window, 'localStorage') ??
      Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage')!
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        const timed = window as unknown as { localStorageUsedAt?: number }
        timed.localStorageUsedAt ??= performance.now()
        return own.get!.call(window)
      },
    })
  })
  await page.reload()
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0)
  const { ready, usedAt } = await page.evaluate(() => ({
    ready: performance.getEntriesByName('dashboard-ready')[0]!.startTime,
    usedAt: (window as unknown as { localStorageUsedAt?: number }).localStorageUsedAt ?? null,
  }))
  expect(usedAt === null || usedAt > ready, `localStorage first used at ${usedAt} ms, first screen at ${ready}`).toBe(
    true,
  )
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')

  // Another tab of the same browser chooses English: this one, its first screen up, follows.
  const other = await context.newPage()
  await other.goto('/#/overview')
  await expect(other.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()
  await other.getByRole('button', { name: 'English' }).click()
  await expect(other.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible()
  // …and its next reload starts in English
  await page.reload()
  await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible()
})

test('a service worker the demo build left on the site is unregistered by a start with the mocks off', async ({
  page,
}) => {
  // A worker as the demo's stays registered (mock-worker.js): any service worker of this origin stands in for it.
  await page
    .context()
    .route('**/left-worker.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: "addEventListener('fetch', () => {})" }),
    )
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  const registrations = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('left-worker.js')
    await navigator.serviceWorker.ready
  })
  expect(await registrations()).toBe(1)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  await expect.poll(registrations).toBe(0)
})
