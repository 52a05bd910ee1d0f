// The bench's server section (QUALITY.md "API", "Import", "Start"): the real server (`npm start`'s code) on the
// national dataset, on PGlite and on PostgreSQL (TEST_DATABASE_URL; "skipped" without it), under a bounded
// load: 20 clients, a fixed count of requests, p50/p95/p99, no error, the server's RSS; the country at depth 1;
// imports (a province's Biểu 06 month, a year's template) timed to their report and reverted; and the start of
// `npm start` on an empty data folder. The national dataset is seeded once into .bench/server (PGlite) or the
// database dvctt_bench_national (PostgreSQL) and reused: delete them to seed again.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { join, resolve } from 'node:path'
import pg from 'pg'
import writeXlsxFile from 'write-excel-file/node'
import { bundle } from '../../server/cli/bundle'
import { TEMPLATE_COLUMNS } from '../../src/domain/imports/template'
import { bieu06Cells, bieu06Title } from '../domain/imports/bieu06-sheet'
import { cellsToXlsx } from '../domain/imports/bieu06-xlsx'
import { nodeArgumentsOf } from './npm-script'

export type AddRow = (figure: string, value: string, budget?: string, isMet?: boolean) => void

const DIR = resolve('.bench/server')
const PGLITE_CACHE = join(DIR, 'national-pglite')
const PG_DATABASE = 'dvctt_bench_national'
const PORT = Number(process.env.BENCH_SERVER_PORT ?? 8797)
const CLIENTS = 20
const REQUESTS = Number(process.env.BENCH_SERVER_REQUESTS ?? 420)

const ms = (value: number) => `${Math.round(value)} ms`
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN
}
const monthsBack = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) - n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

function run(args: string[], env: Record<string, string>, log: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, ...env } })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => {
      writeFileSync(log, output)
      if (code === 0) done()
      else fail(new Error(`${args.join(' ')} failed (${code}): see ${log}`))
    })
  })
}

/** The national dataset in PGlite's folder, seeded once (into a side folder, renamed when complete). */
async function pgliteCache(note: (text: string) => void): Promise<Record<string, string>> {
  if (!existsSync(PGLITE_CACHE)) {
    const seeding = `${PGLITE_CACHE}-seeding`
    rmSync(seeding, { recursive: true, force: true })
    const started = performance.now()
    await run(['server/cli/seed.ts', '--dataset', 'national'], { DATA_DIR: seeding }, join(DIR, 'seed-pglite.log'))
    renameSync(seeding, PGLITE_CACHE)
    note(`seeded the national dataset into ${PGLITE_CACHE} in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  } else note(`national dataset reused from ${PGLITE_CACHE} (seeded by an earlier run; delete it to seed again)`)
  return { DATA_DIR: PGLITE_CACHE }
}

/** The national dataset in a database of the TEST_DATABASE_URL server, seeded once. */
async function postgresCache(adminUrl: string, note: (text: string) => void): Promise<Record<string, string>> {
  const url = (name: string) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString()
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [PG_DATABASE])
    if (found.rowCount === 0) {
      const seeding = `${PG_DATABASE}_seeding`
      await admin.query(`DROP DATABASE IF EXISTS ${seeding}`)
      await admin.query(`CREATE DATABASE ${seeding}`)
      const started = performance.now()
      const log = join(DIR, 'seed-postgres.log')
      await run(['server/cli/seed.ts', '--dataset', 'national'], { DATABASE_URL: url(seeding) }, log)
      await admin.query(`ALTER DATABASE ${seeding} RENAME TO ${PG_DATABASE}`)
      note(`seeded the national dataset into ${PG_DATABASE} in ${((performance.now() - started) / 1000).toFixed(0)} s`)
    } else note(`national dataset reused from database ${PG_DATABASE} (drop it to seed again)`)
  } finally {
    await admin.end()
  }
  return { DATABASE_URL: url(PG_DATABASE) }
}

interface Server {
  child: ChildProcess
  peakRss: () => number
  /** CPU seconds the server's process has used so far (user + system, /proc/<pid>/stat). */
  cpuSeconds: () => number
  stop: () => Promise<void>
}

/**
 * `npm start`'s arguments to node, so that the process measured runs with the V8 settings of the one deployed, on its
 * bundle (made by measureServer first, as npm start's prestart makes it).
 */
const startArguments = () => [
  ...(process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? []),
  ...nodeArgumentsOf('start'),
]

/** The server's own process, its RSS sampled every 50 ms (PostgreSQL's processes are not counted). */
async function startServer(env: Record<string, string>, log: string): Promise<Server> {
  const dist = join(DIR, 'dist-stub') // the API is measured: a page that lets the server start without a build
  mkdirSync(dist, { recursive: true })
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>')
  const child = spawn(process.execPath, startArguments(), {
    env: { ...process.env, ...env, PORT: String(PORT), HOST: '127.0.0.1', DIST_DIR: dist, SERVER_TIMING: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((done) => child.on('exit', () => done()))
  let peak = 0
  const rss = () => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]
      peak = Math.max(peak, Number(kb ?? 0) / 1024)
    } catch {
      /* gone */
    }
  }
  const sampler = setInterval(rss, 50)
  const stop = async () => {
    clearInterval(sampler)
    child.kill('SIGTERM')
    await exited
    writeFileSync(log, output)
  }
  for (let attempt = 0; attempt < 1200; attempt++) {
    if (/Ready in/.test(output)) return { child, peakRss: () => peak, cpuSeconds: () => cpuSecondsOf(child.pid!), stop }
    if (child.exitCode !== null) break
    await new Promise((done) => setTimeout(done, 100))
  }
  await stop()
  throw new Error(`The server did not start: see ${log}`)
}

/** utime + stime of a process, in seconds (clock ticks of 1/100 s, Linux's USER_HZ). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

const api = `http://127.0.0.1:${PORT}/api/v1`

async function signIn(username: string): Promise<string> {
  const response = await fetch(`${api}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  })
  if (!response.ok) throw new Error(`sign-in of ${username}: HTTP ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

// Requests over node:http with kept-alive connections, the gzipped bytes read as they come and not unzipped: the
// figure is the server's (to the last byte), not this process's work of unzipping 3 MB answers on the same cores.
const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS })

/** The parts of the server's time (its Server-Timing header, SERVER_TIMING=1): name → ms. */
type Parts = Map<string, number>

function partsOf(header: string | string[] | undefined): Parts {
  const parts: Parts = new Map()
  for (const item of String(header ?? '').split(',')) {
    const match = /^\s*([\w-]+)\s*;\s*dur=([\d.]+)/.exec(item)
    if (match) parts.set(match[1]!, Number(match[2]))
  }
  return parts
}

function timedGet(path: string, token: string): Promise<[number, boolean, Parts]> {
  const started = performance.now()
  return new Promise((done) => {
    const request = http.get(
      `${api}${path}`,
      { agent, headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip' } },
      (response) => {
        const parts = partsOf(response.headers['server-timing'])
        response.on('data', () => {})
        response.on('end', () => done([performance.now() - started, response.statusCode === 200, parts]))
        response.on('error', () => done([performance.now() - started, false, parts]))
      },
    )
    request.on('error', () => done([performance.now() - started, false, new Map()]))
  })
}

/** `CLIENTS` clients taking the paths in turn until all are asked: times, errors and the server's parts. */
async function load(paths: string[], token: string) {
  const times: number[] = []
  const parts: Parts[] = []
  let errors = 0
  let next = 0
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < paths.length) {
        const [time, ok, timing] = await timedGet(paths[next++]!, token)
        times.push(time)
        // What the server's total leaves out: the answer's bytes written, the client's wait for its socket.
        const total = timing.get('total')
        if (total !== undefined) timing.set('http', time - total)
        parts.push(timing)
        if (!ok) errors++
      }
    }),
  )
  return { times, errors, parts }
}

/**
 * Where the time of the requests went, mean ms a request (each part over every request, 0 where it had none) and
 * how many requests had it: auth (session), check (scope, size), queue (waiting for a turn to make an answer),
 * shared (waiting for an answer another request makes), db (the answer made: query and driver), gzip, http (the
 * client's time less the server's total: the bytes written, and the wait before the server read the request — on
 * PGlite most of it, its queries running in the server's one thread, which answers nothing meanwhile).
 */
function breakdown(parts: Parts[]): string {
  const names = ['auth', 'check', 'queue', 'shared', 'db', 'gzip', 'total', 'http']
  return names
    .map((name) => {
      const had = parts.filter((p) => p.has(name))
      const sum = had.reduce((total, p) => total + p.get(name)!, 0)
      return had.length
        ? `${name} ${(sum / parts.length).toFixed(1)}${had.length < parts.length ? ` (${had.length}×)` : ''}`
        : ''
    })
    .filter(Boolean)
    .join(', ')
}

type ApiUnit = { id: string; name: string; kind: string; parentId: string | null; validFrom?: string; validTo?: string }
const validThrough = (u: ApiUnit, from: string, to: string) =>
  (u.validFrom ?? '0000-00') <= from && (u.validTo ?? '9999-99') >= to

async function measureLoad(label: string, add: AddRow, server: Server) {
  const token = await signIn('trunguong')
  const units = (
    (await (await fetch(`${api}/units`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      units: ApiUnit[]
    }
  ).units
  // Provinces of the three-level structure (province, district, commune) through 2023-01 … 2025-06: depth 2 is
  // every commune's sum. Distinct 12-month windows make every request of the first pass a new answer.
  const provinces = units.filter((u) => u.kind === 'province' && validThrough(u, '2023-01', '2025-06'))
  const windows = Array.from({ length: 18 }, (_, i) => monthsBack('2025-06', i))
  const keys = windows.flatMap((to) =>
    provinces.map((p) => `/stats?unit=${p.id}&depth=2&from=${monthsBack(to, 11)}&to=${to}`),
  )
  const paths = keys.slice(0, REQUESTS)
  // The same count over one year's provinces: each answer made at its first ask, then served from the cache.
  const year = provinces.map((p) => `/stats?unit=${p.id}&depth=2&from=2024-01&to=2024-12`)
  const repeated = Array.from({ length: REQUESTS }, (_, i) => year[i % year.length]!)
  for (const [pass, list] of [
    [`${paths.length} answers, each new`, paths],
    [`${year.length} provinces of 2024, each asked ${(REQUESTS / year.length).toFixed(1)} times`, repeated],
  ] as const) {
    const cpuBefore = server.cpuSeconds()
    const result = await load(list, token)
    // The server process's own CPU for each answer: a figure the machine's other load hardly moves, unlike the
    // latencies (PostgreSQL's backends are other processes, not counted).
    const cpuEach = ((server.cpuSeconds() - cpuBefore) * 1000) / list.length
    const p95 = quantile(result.times, 0.95)
    add(
      `Server ${label}: /stats province depth 2, 12 months, ${CLIENTS} clients × ${list.length}: ${pass}`,
      `p50 ${ms(quantile(result.times, 0.5))}, p95 ${ms(p95)}, p99 ${ms(quantile(result.times, 0.99))}, ` +
        `errors ${result.errors}; server CPU ${cpuEach.toFixed(1)} ms an answer`,
      'p95 ≤ 100 ms, no error',
      p95 <= 100 && result.errors === 0,
    )
    if (result.parts.some((p) => p.size > 0))
      add(`  (where the time went, mean ms a request: ${breakdown(result.parts)})`, '')
  }
  const country: number[] = []
  for (const to of ['2026-11', '2026-05', '2025-11', '2025-05', '2024-11']) {
    const [time, ok] = await timedGet(`/stats?unit=VN&depth=1&from=${monthsBack(to, 11)}&to=${to}`, token)
    if (!ok) throw new Error('/stats of the country failed')
    country.push(time)
  }
  add(
    `Server ${label}: /stats country depth 1, 12 months (5 windows, each new; median)`,
    `${ms(quantile(country, 0.5))} [${country.map(Math.round).join(', ')}]`,
    '≤ 500 ms',
    quantile(country, 0.5) <= 500,
  )
  const rss = server.peakRss()
  add(`Server ${label}: RSS of the server process, peak`, `${rss.toFixed(0)} MB`, '< 300 MB', rss < 300)
  await measureImports(label, add, units)
}

async function upload(token: string, name: string, bytes: Uint8Array, query = ''): Promise<string> {
  const form = new FormData()
  form.set('file', new Blob([bytes as BlobPart]), name)
  const response = await fetch(`${api}/imports${query}`, {
    method: 'POST',
    body: form,
    headers: { Authorization: `Bearer ${token}` },
  })
  if (!response.ok) throw new Error(`import of ${name}: HTTP ${response.status} ${await response.text()}`)
  return ((await response.json()) as { id: string }).id
}

/** Imported (timed to the report), then reverted so that the cached dataset stays as seeded. */
async function measureImports(label: string, add: AddRow, units: ApiUnit[]) {
  const token = await signIn('nhaplieu')
  const province = 'p2025-82'
  const last = '2026-11'
  const communes = units.filter((u) => u.parentId === province && u.kind === 'commune' && validThrough(u, last, last))
  const revert = (id: string) =>
    fetch(`${api}/imports/${id}/revert`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
  const line = { online: 1234, direct: 766, carried: 17, early: 900, onTime: 850, late: 50, within: 70, overdue: 9 }
  const sheet = await cellsToXlsx(
    bieu06Cells(
      communes.map((c) => ({ ...line, name: c.name })),
      bieu06Title(last),
    ),
  )
  let started = performance.now()
  let id = await upload(token, 'bieu06.xlsx', sheet, `?period=${last}`)
  const bieu06 = performance.now() - started
  await revert(id)
  add(
    `Server ${label}: import, Biểu 06 of ${province} for a month (${communes.length} rows), upload → report`,
    ms(bieu06),
    '≤ 1000 ms',
    bieu06 <= 1000,
  )
  const header = TEMPLATE_COLUMNS.map((value) => ({ value }))
  const months = Array.from({ length: 12 }, (_, i) => monthsBack(last, i))
  const rows = communes.flatMap((unit) =>
    months.map((month) => [
      { value: unit.id },
      { value: unit.name },
      { value: month },
      ...TEMPLATE_COLUMNS.slice(3).map((field) => ({
        value: ({ received: 900, resolved: 300 } as Record<string, number>)[field] ?? 100,
      })),
    ]),
  )
  const template = new Uint8Array(await writeXlsxFile([header, ...rows]).toBuffer())
  started = performance.now()
  id = await upload(token, 'template.xlsx', template)
  const year = performance.now() - started
  await revert(id)
  add(
    `Server ${label}: import, template of ${province} for a year (${rows.length} rows), upload → report`,
    ms(year),
    '≤ 3000 ms',
    year <= 3000,
  )
}

/** `npm start` on an empty data folder and no build (a fresh clone): until its first page answers. */
async function measureStart(add: AddRow) {
  const fresh = join(DIR, `start-${Date.now()}`)
  mkdirSync(fresh, { recursive: true })
  const started = performance.now()
  const child = spawn('npm', ['start'], {
    env: {
      ...process.env,
      DATA_DIR: join(fresh, 'data'),
      DIST_DIR: join(fresh, 'dist'),
      PORT: String(PORT + 1),
      HOST: '127.0.0.1',
    },
    stdio: 'ignore',
    detached: true,
  })
  let firstPage = NaN
  for (let attempt = 0; attempt < 1800 && child.exitCode === null; attempt++) {
    const ok = await fetch(`http://127.0.0.1:${PORT + 1}/`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) {
      firstPage = performance.now() - started
      break
    }
    await new Promise((done) => setTimeout(done, 100))
  }
  process.kill(-child.pid!, 'SIGTERM')
  await new Promise((done) => setTimeout(done, 1000))
  rmSync(fresh, { recursive: true, force: true })
  add(
    '`npm start`, empty data folder and no build: first page answered (build, migrations, demo data)',
    Number.isNaN(firstPage) ? 'did not answer' : `${(firstPage / 1000).toFixed(1)} s`,
    '≤ 45 s',
    firstPage <= 45_000,
  )
}

export async function measureServer(add: AddRow, step: (text: string) => void) {
  mkdirSync(DIR, { recursive: true })
  const note = (text: string) => add(`  (${text})`, '')
  const on = (process.env.BENCH_SERVER_ON ?? 'pglite,postgres').split(',') // which databases (default both)
  await bundle('server') // what npm start runs (its "prestart")
  const databases: Array<[string, () => Promise<Record<string, string>>]> = []
  if (on.includes('pglite')) databases.push(['on PGlite', () => pgliteCache(note)])
  const adminUrl = process.env.TEST_DATABASE_URL
  if (adminUrl && on.includes('postgres')) databases.push(['on PostgreSQL', () => postgresCache(adminUrl, note)])
  for (const [label, prepare] of databases) {
    step(`server ${label}: the national dataset, then the load`)
    const env = await prepare()
    const server = await startServer(env, join(DIR, `server-${label.replace(/\W+/g, '-')}.log`))
    try {
      await measureLoad(label, add, server)
    } finally {
      await server.stop()
      agent.destroy()
    }
  }
  if (!adminUrl) add('Server on PostgreSQL', 'skipped (no TEST_DATABASE_URL)')
  if (process.env.BENCH_SERVER_START !== '0') {
    step('npm start on an empty data folder')
    await measureStart(add)
  }
}
