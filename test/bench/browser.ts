// Measurements in headless Chromium (Debian's): cold loads, view changes, JS heap.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright'
import { TOKEN_KEY } from '../../src/stores/session'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-flags'

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })

const previousStarts = new Map<string, Promise<Array<[string, string]>>>()

/**
 * What a tab holds in sessionStorage when its user comes back to `appUrl` in the same session (a reload,
 * the usual way to fresh figures): what one start at that address, signed in with `token`, left there.
 * With the real API that is the token, the API's base URL and the first view's requests, all remembered
 * by the app (public/early.js asks them before the code has run). Read from a real start, not written here.
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
    const context = await browser.newContext({ locale: 'vi-VN' })
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

/** A fresh profile (empty cache) already holding a session, as a start at `appUrl` left it (signedInStorage). */
async function signedInContext(browser: Browser, token: string, appUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })
  await context.addInitScript(
    (entries) => {
      for (const [key, value] of entries) sessionStorage.setItem(key, value)
    },
    await signedInStorage(appUrl, token),
  )
  return context
}

/** Milliseconds from navigation start to `performance.mark('dashboard-ready')`, cold. */
export async function coldLoad(browser: Browser, url: string, token: string): Promise<number> {
  const context = await signedInContext(browser, token, url)
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
