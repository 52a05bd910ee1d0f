// `npm run bench`: builds the app and a minimal reference page, serves them against `npm run mock:serve`,
// measures, and prints one table, each figure beside its budget (QUALITY.md). No figure is asserted:
// the printout is the record. BENCH_RUNS (default 7) sets the number of cold loads, BENCH_LIGHTHOUSE_RUNS (5) of
// Lighthouse's. BENCH_ONLY=server,… picks sections; the server's (test/bench/server.ts) has its own settings.
import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { type Browser } from 'playwright'
import { apiLoad } from './api-load'
import { coldLoad, heapAfterScreens, interactions, launchBrowser, nationalScreen } from './browser'
import { KEPT_PICTURES_KEY } from '../../src/charts/kept-pictures'
import { lighthouseRun, type LighthouseRun } from './lighthouse'
import { measureServer } from './server'
import { BENCH_DIR, buildApp, buildReference, serveBuild, signIn, startMockApi } from './serve'
import { sizeReport, staticFileSize } from './sizes'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
// Lighthouse's simulated timings swing by a second between runs here: five runs, the median reported.
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5)
// BENCH_PORT_BASE moves every port to base…base+5 (a shared machine: each engineer has a range).
const BASE = process.env.BENCH_PORT_BASE ? Number(process.env.BENCH_PORT_BASE) : null
const PORTS = BASE
  ? {
      demoApi: BASE,
      nationalApi: BASE + 1,
      app: BASE + 2,
      nationalApp: BASE + 3,
      reference: BASE + 4,
      appWithMocks: BASE + 5,
    }
  : { demoApi: 8790, nationalApi: 8791, app: 4190, nationalApp: 4191, reference: 4192, appWithMocks: 4193 }
const DIRS = {
  app: join(BENCH_DIR, 'app'),
  appWithMocks: join(BENCH_DIR, 'app-mocks'),
  reference: join(BENCH_DIR, 'reference'),
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value: number) => `${Math.round(value)} ms`

type Row = [figure: string, value: string, budget: string, verdict: '✓' | '✗' | '']
const rows: Row[] = []
const row = (figure: string, value: string, budget = '', isMet?: boolean) =>
  rows.push([figure, value, budget, isMet === undefined ? '' : isMet ? '✓' : '✗'])
const step = (text: string) => console.error(`· ${text}`)

async function measureSizes() {
  step('building the app (mocks off, mocks on) and the reference page')
  await buildApp(DIRS.app, false)
  await buildApp(DIRS.appWithMocks, true)
  await buildReference(DIRS.reference)
  const app = sizeReport(DIRS.app)
  row(
    'Overview route, first load, JS + CSS gzip (mocks off)',
    `${kb(app.initial.bytes)} (${app.initial.files} files)`,
    '≤ 150 KB',
    app.initial.bytes <= 150 * 1024,
  )
  for (const worker of app.workers)
    row(
      `  worker, started by early.js on a signed-in start (else when the frame mounts): ${worker.name}`,
      kb(worker.bytes),
    )
  for (const chunk of app.lazy) row(`  on demand: ${chunk.name}`, kb(chunk.bytes))
  const boundaries = staticFileSize(DIRS.app, 'geo/districts-2024-87.json')
  if (boundaries !== null) row('  on demand: map boundaries of Đồng Tháp (geo/districts-2024-87.json)', kb(boundaries))
  const withMocks = sizeReport(DIRS.appWithMocks)
  for (const chunk of withMocks.lazy.filter((c) => c.name.startsWith('mocks/')))
    row(`  mocks build only: ${chunk.name}`, kb(chunk.bytes))
  for (const file of ['mock-worker.js', 'mockServiceWorker.js']) {
    const worker = staticFileSize(DIRS.appWithMocks, file)
    if (worker !== null) row(`  mocks build only: ${file}`, kb(worker))
  }
  const reference = sizeReport(DIRS.reference)
  row('Reference page (Vue + vue-query + ECharts, 2 charts), JS + CSS gzip', kb(reference.initial.bytes))
}

async function measureColdLoads(browser: Browser, demoToken: string) {
  step(`cold loads, ${RUNS} runs each, alternating`)
  const app: number[] = []
  const reference: number[] = []
  const withMocks: number[] = []
  const nothingKept: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    reference.push(await coldLoad(browser, `http://127.0.0.1:${PORTS.reference}/`, demoToken))
    app.push(await coldLoad(browser, `http://127.0.0.1:${PORTS.app}/#/overview`, demoToken))
    withMocks.push(await coldLoad(browser, `http://127.0.0.1:${PORTS.appWithMocks}/#/overview`, demoToken))
    nothingKept.push(
      await coldLoad(browser, `http://127.0.0.1:${PORTS.app}/#/overview`, demoToken, [KEPT_PICTURES_KEY]),
    )
  }
  const ratio = median(app) / median(reference)
  row(
    `Reference page, cold load to 'dashboard-ready' (median of ${RUNS})`,
    `${ms(median(reference))} [${reference.map(Math.round).join(', ')}]`,
  )
  row(
    `Dashboard, cold load to 'dashboard-ready' (median of ${RUNS}, mocks off)`,
    `${ms(median(app))} [${app.map(Math.round).join(', ')}]`,
  )
  row('  ratio dashboard / reference', `${ratio.toFixed(2)}×`, '≤ 1.2×', ratio <= 1.2)
  row(
    `  same with the in-browser mock API (the demo build)`,
    `${ms(median(withMocks))} [${withMocks.map(Math.round).join(', ')}]`,
  )
  // A reload whose figures have not changed shows the trend's picture the tab kept (src/charts/kept-pictures.ts);
  // a tab without one (or with other figures) has the worker draw it: that start, for comparison.
  row(
    `  same, mocks off, no chart picture kept in the tab (the worker draws the trend), ratio`,
    `${ms(median(nothingKept))} [${nothingKept.map(Math.round).join(', ')}], ` +
      `${(median(nothingKept) / median(reference)).toFixed(2)}×`,
  )
}

async function measureLighthouse(demoToken: string) {
  step(`Lighthouse, ${LIGHTHOUSE_RUNS} runs each, alternating with the reference page`)
  const app = []
  const reference = []
  for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
    reference.push(await lighthouseRun(`http://127.0.0.1:${PORTS.reference}/`, demoToken))
    app.push(await lighthouseRun(`http://127.0.0.1:${PORTS.app}/#/overview`, demoToken))
  }
  const summary = (runs: LighthouseRun[]) => ({
    score: median(runs.map((r) => r.score)),
    fcp: median(runs.map((r) => r.fcp)),
    lcp: median(runs.map((r) => r.lcp)),
    tbt: median(runs.map((r) => r.tbt)),
    scores: runs.map((r) => r.score).join(', '),
    element: runs[0]!.lcpElement,
  })
  const a = summary(app)
  const r = summary(reference)
  row(
    `Lighthouse 12.8 mobile, performance score (median of ${LIGHTHOUSE_RUNS})`,
    `${a.score} [${a.scores}]`,
    '≥ 95',
    a.score >= 95,
  )
  row('  FCP', ms(a.fcp))
  row('  LCP', `${ms(a.lcp)} (element: ${a.element})`, '≤ 2500 ms', a.lcp <= 2500)
  row('  TBT', ms(a.tbt), '≤ 150 ms', a.tbt <= 150)
  row('  reference page: score, FCP, LCP, TBT', `${r.score} [${r.scores}], ${ms(r.fcp)}, ${ms(r.lcp)}, ${ms(r.tbt)}`)
}

async function measureInteractions(browser: Browser, demoToken: string, nationalToken: string) {
  step('period and unit changes')
  const demo = await interactions(browser, `http://127.0.0.1:${PORTS.app}/`, demoToken, {
    unitId: 'p87',
    childId: 'd874',
  })
  const national = await interactions(browser, `http://127.0.0.1:${PORTS.nationalApp}/`, nationalToken, {
    unitId: 'VN',
    childId: 'p01',
  })
  for (const [name, report, budget] of [
    ['demo', demo, 100],
    ['national', national, 250],
  ] as const) {
    // Moving the period inside the fetched years needs no request: the data is there at the change.
    row(
      `Period change, change → widgets updated (${name})`,
      ms(report.period.changeToUpdated),
      `≤ ${budget} ms`,
      report.period.changeToUpdated <= budget,
    )
    row(
      `Unit change, data → widgets updated (${name})`,
      `${ms(report.unit.dataToUpdated)} (from the click, request included: ${ms(report.unit.changeToUpdated)})`,
      `≤ ${budget} ms`,
      report.unit.dataToUpdated <= budget,
    )
    // Typing answers within 50 ms at national scale (QUALITY.md); the demo is shown for comparison.
    const slowest = Math.max(...report.search)
    row(
      `Unit search "tan quoi", keystroke → list shown, slowest of ${report.search.length} (${name})`,
      `${ms(slowest)} (median ${ms(median(report.search))})`,
      '≤ 50 ms',
      slowest <= 50,
    )
  }
}

// QUALITY.md "National scale, every screen": each screen as `trunguong` on the national dataset (mock:serve), from the
// sign-in form to the screen complete (browser.ts, nationalScreen: the app's 'view-complete' mark, set only on final
// figures, months behind included where they show), then a period change, from its data to complete.
const NATIONAL_SCREENS = [
  { name: 'overview', path: '/overview' },
  { name: 'tracker', path: '/targets' },
  { name: 'lagging', path: '/lagging' },
  { name: 'index (Chỉ số phục vụ)', path: '/service-index' },
]

async function measureScreens(browser: Browser) {
  step('national screens as trunguong: sign-in → complete, period change')
  for (const screen of NATIONAL_SCREENS) {
    const times = await nationalScreen(
      browser,
      `http://127.0.0.1:${PORTS.nationalApp}/`,
      { username: 'trunguong', password: 'demo' },
      screen,
    )
    const first = Number.isNaN(times.signInToFirst) ? '' : ` (first figures drawn: ${ms(times.signInToFirst)})`
    row(
      `National ${screen.name}: sign-in → complete${screen.name === 'lagging' ? ', months behind included' : ''}`,
      `${ms(times.signInToComplete)}${first}`,
      '≤ 2000 ms',
      times.signInToComplete <= 2000,
    )
    row(
      `National ${screen.name}: period change, its data → complete`,
      `${ms(times.dataToComplete)} (from the change: ${ms(times.changeToComplete)}, ${times.periodRequests} requests)`,
      '≤ 250 ms',
      times.dataToComplete <= 250,
    )
  }
}

async function measureMockApi(nationalApi: ChildProcess) {
  step('mock API at national scale: 20 clients (test/bench/api-load.ts)')
  const figures = await apiLoad({ url: `http://127.0.0.1:${PORTS.nationalApi}`, pid: nationalApi.pid })
  for (const f of figures)
    row(f.figure.startsWith(' ') ? f.figure : `Mock API (mock:serve), ${f.figure}`, f.value, f.budget, f.isMet)
}

async function measureHeap(browser: Browser, nationalToken: string) {
  step('JS heap across every screen at national scale')
  const range = 'from=2022-01&to=2022-12&cmp=prev&metric=onlineRate'
  const heap = await heapAfterScreens(browser, `http://127.0.0.1:${PORTS.nationalApp}/`, nationalToken, [
    { name: 'overview, country', hash: `#/overview?unit=VN&${range}` },
    { name: 'targets, country', hash: `#/targets?unit=VN&${range}` },
    { name: 'lagging, every unit in the country', hash: `#/lagging?unit=VN&${range}` },
    { name: 'overview, Hà Nội', hash: `#/overview?unit=p01&${range}` },
    { name: 'targets, Hà Nội', hash: `#/targets?unit=p01&${range}` },
    { name: 'service index, country', hash: `#/service-index?unit=VN&${range}` },
  ])
  for (const screen of heap)
    row(`JS heap after: ${screen.name}`, `${screen.megabytes.toFixed(1)} MB`, '< 150 MB', screen.megabytes < 150)
}

function printTable() {
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((r) => r[column]!.length)))
  const line = (r: Row) => `${r[0].padEnd(widths[0]!)}  ${r[1].padEnd(widths[1]!)}  ${r[2].padEnd(widths[2]!)}  ${r[3]}`
  console.log(line(['figure', 'measured', 'budget', '']))
  console.log('-'.repeat(widths[0]! + widths[1]! + widths[2]! + 8))
  rows.forEach((r) => console.log(line(r)))
}

async function main() {
  const only = new Set(
    (process.env.BENCH_ONLY ?? 'sizes,cold,lighthouse,interactions,screens,api,heap,server').split(','),
  )
  if (only.has('server')) await measureServer(row, step)
  if ([...only].every((part) => part === 'server')) return printTable() // BENCH_ONLY=server: that section alone
  await measureSizes()
  const apis = [await startMockApi(PORTS.demoApi, 'demo'), await startMockApi(PORTS.nationalApi, 'national')]
  const servers = [
    await serveBuild(DIRS.app, PORTS.app, PORTS.demoApi),
    await serveBuild(DIRS.app, PORTS.nationalApp, PORTS.nationalApi),
    await serveBuild(DIRS.appWithMocks, PORTS.appWithMocks, PORTS.demoApi),
    await serveBuild(DIRS.reference, PORTS.reference, PORTS.demoApi, true),
  ]
  const browser = await launchBrowser()
  try {
    const demoToken = await signIn(PORTS.demoApi, 'lanhdao.tinh')
    const nationalToken = await signIn(PORTS.nationalApi, 'trunguong')
    if (only.has('cold')) await measureColdLoads(browser, demoToken)
    if (only.has('lighthouse')) await measureLighthouse(demoToken)
    if (only.has('interactions')) await measureInteractions(browser, demoToken, nationalToken)
    if (only.has('screens')) await measureScreens(browser)
    if (only.has('api')) await measureMockApi(apis[1]!)
    if (only.has('heap')) await measureHeap(browser, nationalToken)
  } finally {
    await browser.close()
    await Promise.all(servers.map((server) => server.close()))
    apis.forEach((api) => api.kill())
  }
  printTable()
}

main().catch((error: unknown) => {
  printTable()
  console.error(error)
  process.exit(1)
})
