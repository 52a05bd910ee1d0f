// `npm start`: builds the app if dist/ is missing, opens (and migrates) the database, loads the demo data
// into an empty one, and serves the app and its API.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { createServerApp } from './app'
import { spreadsheetImportParser } from './import-parser'
import { openDatabase, rowsOf, type Database } from './db/open'
import { sql } from 'drizzle-orm'
import { isEmpty, seedDataset } from './seed'
import { fillPieces } from './store/sql-pieces'
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
  let database = await openDatabase(settings.database)
  if (await isEmpty(database.db)) {
    console.log('Empty database: loading the demo dataset…')
    const result = await seedDataset(database.db, 'demo')
    seededAccounts = result.accounts
    console.log(
      `Loaded ${result.units} units, ${result.rows} monthly rows, ${result.weekRows} weekly rows, ` +
        `${result.targets} targets (${elapsed()})`,
    )
  }
  // Rows written before migration 0003 (or by an older server) get their compressed pieces once. Each row is
  // written again: VACUUM then lets the tables reuse the old rows' room (PGlite has no autovacuum; PostgreSQL's
  // does it, and a VACUUM here would outlast the queries' time limit).
  const started = performance.now()
  const staleYears = await countStaleYears(database)
  const pieced = await fillPieces(database.db)
  if (pieced > 0) console.log(`Compressed ${pieced} rows for /stats (${Math.round(performance.now() - started)} ms)`)
  if (database.kind === 'pglite' && pieced > 10_000)
    await database.db.execute(sql`VACUUM ANALYZE stat_rows, subtree_rows`)
  // Every answer asks whether a year is stale: the marks a seed or the migration 0004 left, taken since, must not
  // leave it reading their dead rows (5.7 ms an answer on the national dataset). PostgreSQL's autovacuum does this.
  if (database.kind === 'pglite') await database.db.execute(sql`VACUUM ANALYZE year_pieces_stale`)
  // Many year rows made again (after migration 0005, all of them: 45 s for the national dataset) leave PGlite's
  // WebAssembly memory grown, and it never shrinks. Closed, its memory collected at once (`--expose-gc`, package.json;
  // an idle server would hold it until its requests make V8 collect) and opened anew: RSS when ready 285 → 233 MB
  // (RSS < 300 MB, QUALITY.md).
  if (database.kind === 'pglite' && staleYears > REOPEN_AFTER_YEARS) {
    await database.close()
    ;(globalThis as { gc?: () => void }).gc?.()
    database = await openDatabase(settings.database)
    console.log(`Made ${staleYears} units' years for /stats; database opened anew (${elapsed()})`)
  }
  return database
}

/** Stale years past which a start's fill is large enough to open PGlite anew after it (a province's: ~1,500). */
const REOPEN_AFTER_YEARS = 10_000

async function countStaleYears(database: Database): Promise<number> {
  const [row] = rowsOf<{ n: number }>(await database.db.execute(sql`SELECT count(*)::int AS n FROM year_pieces_stale`))
  return row?.n ?? 0
}

const [database] = await Promise.all([openAndSeed(), buildApp()])
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
