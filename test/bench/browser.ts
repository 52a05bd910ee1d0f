// Measurements in headless Chromium (Debian's): cold loads, view changes, JS heap.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright'
import { TOKEN_KEY } from '../../src/stores/session'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-flags'

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })

const previousStarts = new Map<string, Promise<Array<[string, string]>>>()

/** The window of every load the bench measures, and of the start whose session they reload. */
const WINDOW = { width: 1366, height: 900 }

/**
 * What a tab holds in sessionStorage when its user comes back to `appUrl` in the same session (a reload,
 * the usual way to fresh figures): what one start at that address, signed in with `token`, left there.
 * With the real API that is the token, the API's base URL and the first view's requests, all remembered
 * by the app (public/early.js asks them before the code has run), and the first screen's chart picture
 * (src/charts/kept-pictures.ts). Read from a real start in the same window, not written here.
 */
export function signedInStorage(appUrl: string, token: string): Promise<Array<[string, string]>> {
  const key = `${appUrl} ${token}`
  let entries = previousStarts.get(key)
  if (!entries) {
    entries = storageAfterStart(appUrl, token)
    previousStarts.set(key, entries)
  }
  return entries
}

async function storageAfterStart(appUrl: string, token: string): Promise<Array<[string, string]>> {
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: WINDOW })
    await context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [TOKEN_KEY, token] as const)
    const page = await context.newPage()
    await page.goto(appUrl)
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0, null, {
      timeout: 120_000,
    })
    return await page.evaluate(() => Object.entries(sessionStorage))
  } finally {
    await browser.close()
  }
}

/**
 * A fresh profile (empty cache) already holding a session, as a start at `appUrl` left it (signedInStorage), but for
 * the keys in `without`.
 */
async function signedInContext(
  browser: Browser,
  token: string,
  appUrl: string,
  without: readonly string[] = [],
): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: WINDOW })
  await context.addInitScript(
    (entries) => {
      for (const [key, value] of entries) sessionStorage.setItem(key, value)
    },
    (await signedInStorage(appUrl, token)).filter(([key]) => !without.includes(key)),
  )
  return context
}

/** Milliseconds from navigation start to `performance.mark('dashboard-ready')`, cold; `without` as signedInContext. */
export async function coldLoad(
  browser: Browser,
  url: string,
  token: string,
  without: readonly string[] = [],
): Promise<number> {
  const context = await signedInContext(browser, token, url, without)
  try {
    const page = await context.newPage()
    await page.goto(url)
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('dashboard-ready')[0]?.startTime ?? null,
      null,
      { timeout: 60_000, polling: 50 },
    )
    return (await handle.jsonValue()) as number
  } finally {
    await context.close()
  }
}

/** Resolves once no request has been in flight for `quietMs`. */
async function settle(page: Page, quietMs = 800, timeoutMs = 120_000): Promise<void> {
  const started = Date.now()
  let inFlight = 0
  let lastChange = Date.now()
  const up = () => {
    inFlight += 1
    lastChange = Date.now()
  }
  const down = () => {
    inFlight = Math.max(0, inFlight - 1)
    lastChange = Date.now()
  }
  page.on('request', up)
  page.on('requestfinished', down)
  page.on('requestfailed', down)
  try {
    while (inFlight > 0 || Date.now() - lastChange < quietMs) {
      if (Date.now() - started > timeoutMs) throw new Error('The page did not settle')
      await page.waitForTimeout(100)
    }
  } finally {
    page.off('request', up)
    page.off('requestfinished', down)
    page.off('requestfailed', down)
  }
}

export interface ViewChange {
  dataToUpdated: number
  changeToUpdated: number
}

/** Changes the view's URL (as the period picker or a drill-down link does) and reads the app's marks. */
async function changeView(page: Page, query: string): Promise<ViewChange> {
  const start = await page.evaluate((hash) => {
    performance.clearMeasures('view-update')
    const now = performance.now()
    location.hash = hash
    return now
  }, query)
  await page.waitForFunction(() => performance.getEntriesByName('view-update').length > 0, null, { timeout: 120_000 })
  await settle(page)
  const last = await page.evaluate(() => {
    const entries = performance.getEntriesByName('view-update')
    const entry = entries[entries.length - 1]!
    return { duration: entry.duration, end: entry.startTime + entry.duration }
  })
  return { dataToUpdated: last.duration, changeToUpdated: last.end - start }
}

export interface InteractionReport {
  period: ViewChange
  unit: ViewChange
  search: number[]
}

/**
 * Types `text` into the unit search one character at a time; for each, milliseconds from the keystroke
 * to the next frame after the list has been patched (what the user sees answer).
 */
async function unitSearch(page: Page, text: string): Promise<number[]> {
  return page.evaluate(async (typed) => {
    const input = document.querySelector<HTMLInputElement>('#unit-picker-input')
    if (!input) throw new Error('No unit search on the page')
    input.focus()
    await new Promise((resolve) => setTimeout(resolve, 300)) // from clicking the box to the first key
    const times: number[] = []
    for (let length = 1; length <= typed.length; length += 1) {
      const start = performance.now()
      input.value = typed.slice(0, length)
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
      times.push(performance.now() - start)
      await new Promise((resolve) => setTimeout(resolve, 150)) // a typist's pace
    }
    return times
  }, text)
}

/** On the overview: a period change inside the fetched years, then a drill-down to `childId`. */
export async function interactions(
  browser: Browser,
  baseUrl: string,
  token: string,
  view: { unitId: string; childId: string },
): Promise<InteractionReport> {
  const context = await signedInContext(browser, token, baseUrl)
  try {
    const page = await context.newPage()
    // Complete links, as the period picker and the drill-down links write them (an incomplete one is
    // first rewritten by the app, a second navigation the user would never cause).
    const rest = 'cmp=prev&metric=onlineRate'
    await page.goto(`${baseUrl}#/overview?unit=${view.unitId}&from=2022-01&to=2022-06&${rest}`)
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0, null, {
      timeout: 120_000,
    })
    await settle(page)
    const period = await changeView(page, `#/overview?unit=${view.unitId}&from=2022-04&to=2022-09&${rest}`)
    const unit = await changeView(page, `#/overview?unit=${view.childId}&from=2022-04&to=2022-09&${rest}`)
    const search = await unitSearch(page, 'tan quoi')
    return { period, unit, search }
  } finally {
    await context.close()
  }
}

/** JS heap (MB, after a forced collection) after each screen, visited in one session. */
export async function heapAfterScreens(
  browser: Browser,
  baseUrl: string,
  token: string,
  screens: Array<{ name: string; hash: string }>,
) {
  const context = await signedInContext(browser, token, baseUrl)
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const heap: Array<{ name: string; megabytes: number }> = []
    await page.goto(baseUrl)
    for (const screen of screens) {
      await page.evaluate((hash) => {
        performance.clearMeasures('view-update')
        location.hash = hash
      }, screen.hash)
      await page.waitForFunction(() => performance.getEntriesByName('view-update').length > 0, null, {
        timeout: 180_000,
      })
      await settle(page, 1500, 300_000)
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize } = await cdp.send('Runtime.getHeapUsage')
      heap.push({ name: screen.name, megabytes: usedSize / 2 ** 20 })
    }
    return heap
  } finally {
    await context.close()
  }
}

export interface ScreenTimes {
  name: string
  /** Sign-in (the form submitted) → the first 'view-update' measure's end: first figures drawn, maybe provisional. */
  signInToFirst: number
  /** Sign-in (the form submitted) → the last 'view-complete' mark: the screen's final figures drawn. */
  signInToComplete: number
  /** The period changed (the URL, as the period picker writes it) → the last 'view-complete' mark. */
  changeToComplete: number
  /** The last API answer of the period change fully received (Resource Timing) → the last 'view-complete' mark. */
  dataToComplete: number
  /** The API requests the period change made. */
  periodRequests: number
}

const API_PATH = '/api/v1/'

/**
 * A screen at national scale as its user meets it, in a fresh profile (empty cache, no session): the screen's
 * address, the sign-in form the app shows for it (filled and submitted as a person would), the screen's default
 * view, then a period change (both ends three months back).
 *
 * "Complete" is the app's 'view-complete' mark (use-render-marks.ts, useCompleteMark): each screen sets it only
 * when its final figures are drawn — the whole window's rows (not the quick first step), and the months before the
 * window when a run of months behind reaches its start (on the overview, once its lagging list, where months behind
 * show, has come near: at 1366×900 it has not) — never while a figure is provisional. The figure is the
 * LAST such mark once no request has been in flight for a while (settle), so an early mark cannot meet the budget.
 * "After its data" counts from the end of the last API answer the change asked (responseEnd, Resource Timing):
 * parsing, checking, summing and drawing are all inside it.
 */
export async function nationalScreen(
  browser: Browser,
  baseUrl: string,
  account: { username: string; password: string },
  screen: { name: string; path: string },
): Promise<ScreenTimes> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })
  await context.addInitScript(() => {
    performance.setResourceTimingBufferSize(100_000)
    // The moment the sign-in form is submitted (before the app's own handler runs).
    document.addEventListener('submit', () => performance.mark('bench-sign-in'), true)
  })
  try {
    const page = await context.newPage()
    await page.goto(`${baseUrl}#${screen.path}`)
    await page.locator('#username').fill(account.username)
    await page.locator('#password').fill(account.password)
    await page.locator('button[type=submit]').click()
    const signedIn = await page.waitForFunction(
      () => performance.getEntriesByName('bench-sign-in')[0]?.startTime ?? null,
      null,
      { timeout: 30_000, polling: 20 },
    )
    const start = (await signedIn.jsonValue()) as number
    const first = await completeAfter(page, start)
    const view = new URL(new URL(page.url()).hash.slice(1), 'http://app')
    const from = view.searchParams.get('from')
    const to = view.searchParams.get('to')
    if (!from || !to) throw new Error(`${screen.name}: no period in ${page.url()}`)
    view.searchParams.set('from', shiftMonth(from, -3))
    view.searchParams.set('to', shiftMonth(to, -3))
    const hash = `#${view.pathname}?${view.searchParams.toString()}`
    const changed = await page.evaluate((next) => {
      const now = performance.now()
      location.hash = next
      return now
    }, hash)
    const second = await completeAfter(page, changed)
    const answers = await page.evaluate(
      ([after, api]) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime >= after && e.name.includes(api))
          .map((e) => (e as PerformanceResourceTiming).responseEnd),
      [changed, API_PATH] as const,
    )
    const dataAt = Math.max(changed, ...answers)
    return {
      name: screen.name,
      signInToFirst: first.firstUpdate - start,
      signInToComplete: first.complete - start,
      changeToComplete: second.complete - changed,
      dataToComplete: second.complete - dataAt,
      periodRequests: answers.length,
    }
  } finally {
    await context.close()
  }
}

/** The last 'view-complete' mark after `after` (waited for, then the page left to settle), and the first update. */
async function completeAfter(page: Page, after: number) {
  await page.waitForFunction((t) => performance.getEntriesByName('view-complete').some((e) => e.startTime > t), after, {
    timeout: 180_000,
    polling: 20,
  })
  await settle(page, 1500, 300_000)
  return page.evaluate((t) => {
    const complete = performance.getEntriesByName('view-complete').filter((e) => e.startTime > t)
    const updates = performance.getEntriesByName('view-update').filter((e) => e.startTime > t)
    const firstUpdate = updates.length ? Math.min(...updates.map((e) => e.startTime + e.duration)) : NaN
    return { complete: complete[complete.length - 1]!.startTime, firstUpdate }
  }, after)
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + by
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}
