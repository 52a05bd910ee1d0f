// The start's fill: the compressed pieces of rows that lack them (a database written before migration 0003, or by an
// older server), the year rows of the years marked stale (after migration 0005: all of them) and the provinces' packs
// marked stale (after migration 0007: all of them), then the upkeep PGlite needs after it (it has no autovacuum), and
// PGlite opened anew after a large fill.
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
  /** Provinces' packs marked stale before the fill, made again by it. */
  packs: number
  reopened: boolean
}

/**
 * Stale years, or packs, past which a start's fill opens PGlite anew after it (the demo's: ~1,500 years, 12 packs;
 * the national dataset's: 199,302 years, 388 packs).
 */
export const REOPEN_AFTER = { years: 10_000, packs: 100 }

export async function fillAtStart(
  database: Database,
  reopen: () => Promise<Database>,
  reopenAfter: { years?: number; packs?: number } = {},
): Promise<StartFill> {
  const limits = { ...REOPEN_AFTER, ...reopenAfter }
  const [marks] = rowsOf<{ years: number; packs: number }>(
    await database.db.execute(sql`SELECT (SELECT count(*)::int FROM year_pieces_stale) AS years,
      (SELECT count(*)::int FROM stat_packs_stale) AS packs`),
  )
  const { years = 0, packs = 0 } = marks ?? {}
  const pieced = await fillPieces(database.db)
  // Each row given pieces is written again: VACUUM then lets the tables reuse the old rows' room (PostgreSQL's
  // autovacuum does it, and a VACUUM here would outlast the queries' time limit).
  if (database.kind === 'pglite' && pieced > 10_000)
    await database.db.execute(sql`VACUUM ANALYZE stat_rows, subtree_rows`)
  // Every answer asks whether a year is stale: the marks a seed or a migration left, taken since, must not leave it
  // reading their dead rows (5.7 ms an answer on the national dataset). PostgreSQL's autovacuum does this.
  // And the packs' room made reusable, so that the imports' vacuums (sql-pack-making.ts, reclaimPacks) read only what
  // they changed: the first time on the national dataset ~1.6 s, then ~12 ms.
  if (database.kind === 'pglite') {
    await database.db.execute(sql`VACUUM ANALYZE year_pieces_stale, stat_packs_stale`)
    await database.db.execute(sql`VACUUM stat_packs`)
  }
  // Many year rows made again (after migration 0005, all of them: ~50 s for the national dataset), or many packs
  // (after 0007: ~30 s), leave PGlite's WebAssembly memory grown, and it never shrinks. Closed and opened anew; the
  // caller collects the closed one's memory once it no longer holds it (`--expose-gc`, package.json; an idle server
  // would hold it until its requests make V8 collect): RSS when ready 285 → 233 MB after 0005 (RSS < 300 MB,
  // QUALITY.md).
  const isLarge = years > limits.years || packs > limits.packs
  if (database.kind !== 'pglite' || !isLarge) return { database, pieced, years, packs, reopened: false }
  await database.close()
  return { database: await reopen(), pieced, years, packs, reopened: true }
}
