// The provinces' packs (stat_packs, migration 0007) made from their year rows, in the writer's transaction, and their
// room reclaimed on PGlite after a write; sql-packs.ts reads them.
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { rowsOf, type Db } from '../db/open'
import { FIRST_DISTANCE, type Src } from './sql-packs'
import { SLOTS } from './sql-stats'
import type { Grain } from './store'

/**
 * Makes again the packs marked stale (by a year row written or deleted, or migration 0007), from the year rows.
 * Each in a transaction of its own (a savepoint within the writer's): its mark taken, the pack made. A year row
 * another writer changes meanwhile marks the pack again, for the next fill. Called by fillPieces, after the year rows.
 */
export async function refreshStatPacks(db: Db): Promise<void> {
  const stale = rowsOf<{ root_id: string; grain: Grain; src: Src }>(
    await db.execute(sql`SELECT root_id, grain, src FROM stat_packs_stale`),
  )
  for (const { root_id: root, grain, src } of stale)
    await db.transaction(async (tx) => {
      const key = sql`root_id = ${root} AND grain = ${grain} AND src = ${src}`
      const taken = rowsOf(await tx.execute(sql`DELETE FROM stat_packs_stale WHERE ${key} RETURNING root_id`))
      if (taken.length === 0) return // another fill made it
      await tx.execute(sql`DELETE FROM stat_packs WHERE ${key}`)
      await tx.execute(packSql(root, grain, src))
    })
}

/**
 * After a write that made packs again (an import, a revert), on PGlite: the room of the packs it replaced made
 * reusable (VACUUM; PGlite has no autovacuum). A province's packs are all its years' pieces: without it, each import
 * of Hồ Chí Minh City's would leave ~14 MB behind. ~12 ms on the national dataset once the table has been vacuumed
 * (the start does it: server/start-fill.ts). Outside any transaction (VACUUM cannot run in one).
 */
export async function reclaimPacks(db: Db): Promise<void> {
  if ((db as { $client?: unknown }).$client instanceof PGlite) await db.execute(sql`VACUUM stat_packs`)
}

/** The statement that makes a pack from the year rows (none where the root's units have none). */
function packSql(root: string, grain: Grain, src: Src) {
  const slots = sql.raw(String(SLOTS[grain]))
  const lo = FIRST_DISTANCE[src]
  // Each piece at its block `b` and period `i`; then the segments' ends, each unit's periods, the pieces in order.
  return sql`WITH y AS (
        SELECT c.distance - ${lo} AS b, y.unit_id, y.year, y.slots, y.cont_ends, y.conts, y.solo_ends, y.solos
        FROM unit_closure c
          JOIN year_pieces y ON y.unit_id = c.descendant_id AND y.grain = ${grain} AND y.src = ${src}
        WHERE c.ancestor_id = ${root} AND c.distance BETWEEN ${lo} AND ${lo + 1}),
      span AS (SELECT min(year) AS y0, (max(year) - min(year) + 1) * ${slots} AS n FROM y),
      pc AS (
        SELECT y.b, y.unit_id, (y.year - span.y0) * ${slots} + s.slot - 1 AS i,
          substring(y.conts FROM y.cont_ends[s.k] + 1 FOR y.cont_ends[s.k + 1] - y.cont_ends[s.k]) AS cont,
          substring(y.solos FROM y.solo_ends[s.k] + 1 FOR y.solo_ends[s.k + 1] - y.solo_ends[s.k]) AS solo
        FROM y, span, unnest(y.slots) WITH ORDINALITY s(slot, k)),
      seg AS (
        SELECT g.b, gi.i, coalesce(sum(octet_length(pc.cont)), 0) AS cl,
          coalesce(sum(octet_length(pc.solo)), 0) AS sl
        FROM span, generate_series(0, 1) g(b) CROSS JOIN LATERAL generate_series(0, span.n - 1) gi(i)
          LEFT JOIN pc ON pc.b = g.b AND pc.i = gi.i
        GROUP BY g.b, gi.i),
      ends AS (
        SELECT array_prepend(0, array_agg(ce ORDER BY b, i)) AS cont_ends,
          array_prepend(0, array_agg(se ORDER BY b, i)) AS solo_ends
        FROM (SELECT b, i, (sum(cl) OVER w)::int AS ce, (sum(sl) OVER w)::int AS se FROM seg
          WINDOW w AS (ORDER BY b, i)) z),
      un AS (SELECT DISTINCT b, unit_id FROM y),
      pres AS (
        SELECT convert_to(string_agg(CASE WHEN pc.i IS NULL THEN '0' ELSE '1' END, '' ORDER BY gi.i, un.b, un.unit_id),
          'UTF8') AS bits
        FROM un CROSS JOIN span CROSS JOIN LATERAL generate_series(0, span.n - 1) gi(i)
          LEFT JOIN pc ON pc.unit_id = un.unit_id AND pc.i = gi.i)
      INSERT INTO stat_packs (root_id, grain, src, first_year, periods, units, block0, presence, cont_ends, solo_ends,
        conts, solos)
      SELECT ${root}, ${grain}, ${src}, span.y0, span.n, (SELECT count(*) FROM un),
        (SELECT count(*) FROM un WHERE b = 0), pres.bits, ends.cont_ends, ends.solo_ends,
        (SELECT string_agg(cont, ''::bytea ORDER BY b, i, unit_id) FROM pc),
        (SELECT string_agg(solo, ''::bytea ORDER BY b, i, unit_id) FROM pc)
      FROM span, ends, pres WHERE span.n IS NOT NULL`
}
