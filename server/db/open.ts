// Opens the database: embedded PostgreSQL (PGlite, a data folder) by default, a PostgreSQL server when a
// connection URL is given; the same schema and migrations either way, run before anything else.
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import * as schema from './schema'

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>

export interface Database {
  db: Db
  kind: 'pglite' | 'postgres'
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** postgres://… : a PostgreSQL server. */
  databaseUrl?: string
  /** The embedded database's folder; undefined: in memory (tests). */
  dataDir?: string
  /**
   * PostgreSQL's statement_timeout for every query after the migrations, 0 for none (the seed); PGlite has none:
   * see http/limits.ts.
   */
  queryTimeoutMs?: number
}

export const DEFAULT_QUERY_TIMEOUT_MS = 10_000

/** PostgreSQL's connections at most (PGlite is one session). */
export const POOL_SIZE = 10

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url))

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    // Migrations on a connection of their own, without the time limit: filling a new table may take a while.
    const migrator = new pg.Pool({ connectionString: options.databaseUrl, max: 1 })
    try {
      await migratePg(drizzlePg({ client: migrator, schema }), { migrationsFolder: MIGRATIONS })
    } finally {
      await migrator.end()
    }
    // No JIT: these are short queries, for which PostgreSQL's JIT compiles longer (0.7 s for /units of the
    // country) than it then runs. The statements prepared by name (prepared-read.ts) planned once, generically, as
    // PostgreSQL itself chooses after five runs with their values (the /stats check and packs' read, national
    // dataset): not five times on each connection first, at the first requests after a start (~2–20 ms each, every
    // client waiting). A statement past the timeout is cancelled (SQLSTATE 57014: a 503).
    const timeout = Math.max(0, Math.round(options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS))
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: POOL_SIZE,
      options: `-c jit=off -c plan_cache_mode=force_generic_plan -c statement_timeout=${timeout}`,
    })
    // An idle connection the server closes (a restart, an administrator) is an 'error' event: logged, and the
    // pool opens another when next asked; without a listener it would end the process.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`))
    const db = drizzlePg({ client: pool, schema })
    return { db: db as unknown as Db, kind: 'postgres', close: () => pool.end() }
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
  // 4 MB of shared buffers instead of 128: the memory of a WebAssembly instance never shrinks, and the pages
  // stay in the operating system's cache anyway (RSS < 300 MB at national scale, QUALITY.md). Measured on the
  // national dataset: idle RSS 262 → 249 MB from 16 MB (with a 1 MB young generation), and /stats made no
  // slower (a province's year 14.5 → 14.8 ms, within the noise). PGlite's own memory cannot go lower: its
  // WebAssembly module asks for 128 MB at least (`initialMemory` below that fails: "memory import 0 is smaller
  // than initial 2048").
  const client = new PGlite(options.dataDir, { postgresqlconf: ['shared_buffers = 4MB'] })
  const db = drizzlePglite({ client, schema })
  await migratePglite(db, { migrationsFolder: MIGRATIONS })
  return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() }
}

/** The rows of a raw query's result (PGlite's and node-postgres' results both carry `rows`). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows
}
