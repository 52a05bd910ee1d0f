// The start's fill: the compressed pieces of rows that lack them (a database written before migration 0003, or by an
// older server) and the year rows of the years marked stale (after migration 0005: all of them), then the upkeep
// PGlite needs after it (it has no autovacuum), and PGlite opened anew after a large fill.
import { sql } from 'drizzle-orm'
import { rowsOf, type Database } from './db/open'
import { fillPieces } from './store/sql-pieces'

export interface StartFill {
  /** The database to serve: the one given, or PGlite opened anew. */
  database: Database
  /** Rows given their pieces. */
  pieced: number
  /** Units' years marked stale before the fill, made again by it. */
  years: number
  reopened: boolean
}

/** Stale years past which a start's fill opens PGlite anew after it (the demo province's: ~1,500). */
export const REOPEN_AFTER_YEARS = 10_000

export async function fillAtStart(
  database: Database,
  reopen: () => Promise<Database>,
  reopenAfterYears = REOPEN_AFTER_YEARS,
): Promise<StartFill> {
  const [marks] = rowsOf<{ n: number }>(
    await database.db.execute(sql`SELECT count(*)::int AS n FROM year_pieces_stale`),
  )
  const years = marks?.n ?? 0
  const pieced = await fillPieces(database.db)
  // Each row given pieces is written again: VACUUM then lets the tables reuse the old rows' room (PostgreSQL's
  // autovacuum does it, and a VACUUM here would outlast the queries' time limit).
  if (database.kind === 'pglite' && pieced > 10_000)
    await database.db.execute(sql`VACUUM ANALYZE stat_rows, subtree_rows`)
  // Every answer asks whether a year is stale: the marks a seed or a migration left, taken since, must not leave it
  // reading their dead rows (5.7 ms an answer on the national dataset). PostgreSQL's autovacuum does this.
  if (database.kind === 'pglite') await database.db.execute(sql`VACUUM ANALYZE year_pieces_stale`)
  // Many year rows made again (after migration 0005, all of them: ~50 s for the national dataset) leave PGlite's
  // WebAssembly memory grown, and it never shrinks. Closed, its memory collected at once (`--expose-gc`, package.json;
  // an idle server would hold it until its requests make V8 collect) and opened anew: RSS when ready 285 → 233 MB
  // (RSS < 300 MB, QUALITY.md).
  if (database.kind !== 'pglite' || years <= reopenAfterYears) return { database, pieced, years, reopened: false }
  await database.close()
  ;(globalThis as { gc?: () => void }).gc?.()
  return { database: await reopen(), pieced, years, reopened: true }
}
