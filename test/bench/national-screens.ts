// The country's screens, one cold start each, signed in as the central user on the national dataset (mock:serve):
// when each is complete (its last /api answer in and the page quiet), how many /stats requests and bytes it took,
// and how long the main thread was busy (long tasks). A separate script beside the bench (`npm run bench` is
// test/bench/run.ts): `tsx test/bench/national-screens.ts [--port-base 8600] [--runs 2] [--skip-build] [--only lagging]
// [--compare | --compare-behind]`.
import { rm } from 'node:fs/promises'
import type { Browser } from 'playwright'
import { TOKEN_KEY } from '../../src/stores/session'
import { launchBrowser } from './browser'
import { buildApp, serveBuild, signIn, startMockApi } from './serve'

const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? process.argv[index + 1]! : fallback
}
const PORT_BASE = Number(argument('port-base', '8600'))
const RUNS = Number(argument('runs', '2'))
const OUT_DIR = '.bench/national-screens'
const VIEW = 'unit=VN&from=2022-01&to=2022-12&cmp=prev&metric=onlineRate'
const SCREENS = [
  { name: 'overview', hash: `#/overview?${VIEW}` },
  { name: 'tracker', hash: `#/targets?${VIEW}` },
  { name: 'lagging', hash: `#/lagging?${VIEW}` },
  { name: 'index', hash: `#/service-index?${VIEW}` },
]

interface ScreenRun {
  completeMs: number
  /** The lagging list's first figures (0 on other screens). */
  listMs: number
  /** The app's last 'view-complete' mark: its final figures drawn (months behind included). */
  markMs: number
  lastAnswerMs: number
  statsRequests: number
  statsBytes: number
  busyMs: number
}

/**
 * What /meta says: as the server says it, without grain=period (months only), or without months behind (and the
 * period sums' depth that came with them: as a server before them said it).
 */
type Variant = 'as served' | 'months only' | 'no months behind'

/**
 * A cold start of `url` with a session: waits until no request is in flight and nothing changed for 2.5 s.
 * `variant`: /meta as a server without grain=period says it (the app asks months only), or as one whose period sums
 * do not count months behind, for a before/after in the same run.
 */
async function measure(browser: Browser, url: string, token: string, variant: Variant): Promise<ScreenRun> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })
  if (variant !== 'as served')
    await context.route('**/api/v1/meta', async (route) => {
      const response = await route.fetch()
      const served = (await response.json()) as { grains?: string[]; monthsBehind?: true; periodDepth?: number }
      const { monthsBehind: _behind, periodDepth: _depth, ...meta } = served
      const grains = variant === 'months only' ? meta.grains?.filter((g) => g !== 'period') : meta.grains
      await route.fulfill({ response, json: { ...meta, grains } })
    })
  await context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [TOKEN_KEY, token] as const)
  await context.addInitScript(() => {
    const w = window as unknown as { __busy: number; __lastMutation: number; __listAt: number }
    w.__busy = 0
    w.__lastMutation = 0
    w.__listAt = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__busy += entry.duration
    }).observe({ type: 'longtask', buffered: true })
    new MutationObserver(() => {
      w.__lastMutation = performance.now()
      // The lagging list's first figures (its count above the table)
      if (!w.__listAt && document.querySelector('[data-testid="lagging-count"]')) w.__listAt = w.__lastMutation
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
  })
  try {
    const page = await context.newPage()
    let inFlight = 0
    let lastChange = Date.now()
    page.on('request', () => {
      inFlight += 1
      lastChange = Date.now()
    })
    const done = () => {
      inFlight = Math.max(0, inFlight - 1)
      lastChange = Date.now()
    }
    page.on('requestfinished', done)
    page.on('requestfailed', done)
    await page.goto(url)
    // Seen from here too (the page's own observer missed it in some runs of a busy main thread).
    const listSeen = url.includes('/lagging')
      ? page
          .getByTestId('lagging-count')
          .waitFor({ timeout: 180_000 })
          .then(() => page.evaluate(() => performance.now()))
          .catch(() => 0)
      : Promise.resolve(0)
    const started = Date.now()
    while (inFlight > 0 || Date.now() - lastChange < 2500) {
      if (Date.now() - started > 180_000) throw new Error(`${url} did not settle`)
      await page.waitForTimeout(100)
    }
    if (process.env.SHOT) await page.screenshot({ path: `${OUT_DIR}-${new URL(url).hash.slice(2, 9)}.png` })
    const seen = await listSeen
    const result = await page.evaluate(() => {
      const w = window as unknown as { __busy: number; __lastMutation: number; __listAt: number }
      const api = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
        e.name.includes('/api/'),
      )
      const stats = api.filter((e) => e.name.includes('/stats?'))
      const lastAnswerMs = Math.max(0, ...api.map((e) => e.responseEnd))
      return {
        completeMs: Math.max(lastAnswerMs, w.__lastMutation),
        markMs: Math.max(0, ...performance.getEntriesByName('view-complete').map((e) => e.startTime)),
        lastAnswerMs,
        statsRequests: stats.length,
        statsBytes: stats.reduce((sum, e) => sum + e.encodedBodySize, 0),
        busyMs: w.__busy,
        listMs: w.__listAt,
      }
    })
    return { ...result, listMs: result.listMs || seen }
  } finally {
    await context.close()
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function main() {
  if (!process.argv.includes('--skip-build')) await buildApp(OUT_DIR, false)
  const apiPort = PORT_BASE
  const api = await startMockApi(apiPort, 'national')
  const server = await serveBuild(OUT_DIR, PORT_BASE + 1, apiPort)
  const browser = await launchBrowser()
  try {
    const token = await signIn(apiPort, 'trunguong')
    const base = `http://127.0.0.1:${PORT_BASE + 1}/`
    const variants: Variant[] = process.argv.includes('--compare')
      ? ['as served', 'months only']
      : process.argv.includes('--compare-behind')
        ? ['as served', 'no months behind']
        : ['as served']
    const only = argument('only', '')
    for (const screen of SCREENS.filter((s) => !only || only.split(',').includes(s.name))) {
      const runs = new Map<Variant, ScreenRun[]>(variants.map((v) => [v, []]))
      // Interleaved, so that the machine's load falls on both alike.
      for (let run = 0; run < RUNS; run += 1)
        for (const variant of variants)
          runs.get(variant)!.push(await measure(browser, `${base}${screen.hash}`, token, variant))
      for (const [variant, list] of runs)
        report(`${screen.name}${variant === 'as served' ? '' : ` (${variant})`}`, list)
    }
  } finally {
    await browser.close()
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
    api.kill()
    if (process.argv.includes('--clean')) await rm(OUT_DIR, { recursive: true, force: true })
  }
}

const eachRun = (r: ScreenRun) => `${Math.round(r.completeMs)}/${Math.round(r.markMs)}`

/** Medians of the runs, one line. */
function report(name: string, runs: ScreenRun[]) {
  if (runs.some((r) => r.statsRequests === 0)) throw new Error(`${name}: no /stats request (an error?)`)
  const pick = (key: keyof ScreenRun) => Math.round(median(runs.map((r) => r[key])))
  console.log(
    `${name.padEnd(24)} complete ${pick('completeMs')} ms (last answer ${pick('lastAnswerMs')} ms), ` +
      (pick('listMs') ? `list shown ${pick('listMs')} ms, ` : '') +
      `final figures (view-complete) ${pick('markMs')} ms, ` +
      `${pick('statsRequests')} /stats requests, ${(pick('statsBytes') / 1024).toFixed(0)} KB gzip, ` +
      `main thread busy ${pick('busyMs')} ms  [runs, complete/final: ${runs.map(eachRun).join(', ')}]`,
  )
}

await main()
