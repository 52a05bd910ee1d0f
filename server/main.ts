// `npm start`: builds the app if dist/ is missing, opens (and migrates) the database, loads the demo data
// into an empty one, and serves the app and its API.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { createServerApp } from './app'
import { spreadsheetImportParser } from './import-parser'
import { openDatabase } from './db/open'
import { isEmpty, seedDataset } from './seed'
import { fillAtStart } from './start-fill'
import { prepareStatsReads } from './store/prepare-reads'
import { describeDatabase, readSettings } from './settings'
import { rememberingStore } from './store/remembering-store'
import { createSqlStore } from './store/sql-store'

const settings = readSettings()
/** Since the process started (the cold-start figure of QUALITY.md). */
const elapsed = () => `${process.uptime().toFixed(1)} s`

/** `vite build`, when there is no build yet: run beside the database's start (two cores, two jobs). */
function buildApp(): Promise<void> {
  if (existsSync(join(settings.distDir, 'index.html'))) return Promise.resolve()
  console.log('No build in dist/: building the app (vite build)…')
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', settings.distDir],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    )
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed (${code})`))))
  })
}

let seededAccounts: string[] = []

async function openAndSeed() {
  const database = await openDatabase(settings.database)
  if (await isEmpty(database.db)) {
    console.log('Empty database: loading the demo dataset…')
    const result = await seedDataset(database.db, 'demo')
    seededAccounts = result.accounts
    console.log(
      `Loaded ${result.units} units, ${result.rows} monthly rows, ${result.weekRows} weekly rows, ` +
        `${result.targets} targets (${elapsed()})`,
    )
  }
  const started = performance.now()
  const fill = await fillAtStart(database, () => openDatabase(settings.database))
  if (fill.pieced > 0)
    console.log(`Compressed ${fill.pieced} rows for /stats (${Math.round(performance.now() - started)} ms)`)
  if (fill.reopened)
    console.log(
      `Made ${fill.years} units' years, ${fill.packs} provinces' packs for /stats; database opened anew (${elapsed()})`,
    )
  return fill
}

const [{ database, reopened }] = await Promise.all([openAndSeed(), buildApp()])
// The database closed by the start's fill, unreachable only now: its memory collected at once (start-fill.ts).
if (reopened) (globalThis as { gc?: () => void }).gc?.()
// Not needed to serve: a failure here is said, and the requests then make the reads as they come.
await prepareStatsReads(database).catch((error: unknown) =>
  console.error(`The /stats reads were not made before listening: ${String(error)}`),
)
const app = createServerApp(rememberingStore(createSqlStore(database.db)), {
  distDir: settings.distDir,
  trustProxy: settings.trustProxy,
  // PGlite runs one query at a time, in this process: one answer made at a time (http/env.ts).
  limits: { ...settings.limits, answersAtOnce: database.kind === 'pglite' ? 1 : settings.limits.answersAtOnce },
  serverTiming: settings.serverTiming,
  importParser: spreadsheetImportParser,
})
const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) => {
  const host = settings.host === '0.0.0.0' ? 'localhost' : settings.host
  console.log(`Database: ${describeDatabase(settings.database)}`)
  console.log(`Ready in ${elapsed()}: http://${host}:${info.port}/`)
  if (seededAccounts.length > 0) console.log(`Demo accounts (password "demo"): ${seededAccounts.join(', ')}`)
})

// Longer than a load balancer's or proxy's idle timeout (often 60 s): the server must not close a kept-alive
// connection the proxy is about to reuse.
if ('keepAliveTimeout' in server) server.keepAliveTimeout = 65_000

let closing = false
async function shutdown(signal: string) {
  if (closing) return
  closing = true
  console.log(`${signal}: closing`)
  server.close()
  await database.close()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
