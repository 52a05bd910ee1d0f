// The /stats reads made once before the server listens, on each of its connections: the scope check and a
// province's answer from its packs (every province screen's first request). Their statements are then prepared and
// planned, PGlite's catalogs read, and their code run: otherwise the first request after a start paid it all
// (~100 ms on the national dataset: the check 27, the answer 71), and every request that came with it waited behind
// it (PGlite answers one at a time).
import { sql } from 'drizzle-orm'
import { addMonths } from '../../src/domain/periods'
import { POOL_SIZE, rowsOf, type Database } from '../db/open'
import { packsGzip } from './sql-packs'
import type { StatsQuery } from './store'
import { statsCheck } from './sql-units'

/** The province answer the start reads: a /stats query on the month grain. */
export type StartRead = StatsQuery & { grain: 'month' }

/**
 * Makes the reads on each connection at once (PGlite's one session, PostgreSQL's pool); the province answer it read,
 * or null when there is nothing to read (no packs yet).
 */
export async function prepareStatsReads({ db, kind }: Database): Promise<StartRead | null> {
  // The country (a central account's scope), the last month with data, and the province with the most units among
  // those of that month: one that ended before it (a province of before the reform of 1 July 2025) has no rows then,
  // and its empty answer ran none of the answers' code.
  const [target] = rowsOf<{ scope: string | null; unit: string | null; last: string | null }>(
    await db.execute(sql`WITH last AS (SELECT max(period) AS month FROM stat_rows WHERE grain = 'month')
      SELECT (SELECT id FROM units WHERE parent_id IS NULL ORDER BY position LIMIT 1) AS scope,
        (SELECT p.root_id FROM stat_packs p JOIN units u ON u.id = p.root_id, last
          WHERE p.grain = 'month' AND p.src = 'subtree' AND (u.valid_to IS NULL OR u.valid_to >= last.month)
            AND (u.valid_from IS NULL OR u.valid_from <= last.month)
          ORDER BY p.units DESC, p.root_id LIMIT 1) AS unit,
        (SELECT month FROM last) AS last`),
  )
  const { scope, unit, last } = target ?? {}
  if (!scope || !unit || !last) return null
  const query: StartRead = { unitId: unit, depth: 2, from: addMonths(last, -11), to: last, grain: 'month' }
  await Promise.all(
    Array.from({ length: kind === 'pglite' ? 1 : POOL_SIZE }, async () => {
      await statsCheck(db, scope, unit, 2)
      await packsGzip(db, scope, query)
    }),
  )
  return query
}
