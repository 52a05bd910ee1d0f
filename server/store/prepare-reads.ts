// The /stats reads made once before the server listens, on each of its connections: the scope check and a
// province's answer from its packs (every province screen's first request). Their statements are then prepared and
// planned, PGlite's catalogs read, and their code run: otherwise the first request after a start paid it all
// (~100 ms on the national dataset: the check 27, the answer 71), and every request that came with it waited behind
// it (PGlite answers one at a time).
import { sql } from 'drizzle-orm'
import { addMonths } from '../../src/domain/periods'
import { POOL_SIZE, rowsOf, type Database } from '../db/open'
import { packsGzip } from './sql-packs'
import { statsCheck } from './sql-units'

/**
 * Makes the reads on each connection at once (PGlite's one session, PostgreSQL's pool); false when there is nothing
 * to read (no packs yet).
 */
export async function prepareStatsReads({ db, kind }: Database): Promise<boolean> {
  // The country (a central account's scope), the province with the most units, and the last month with data.
  const [target] = rowsOf<{ scope: string | null; unit: string | null; last: string | null }>(
    await db.execute(sql`SELECT
      (SELECT id FROM units WHERE parent_id IS NULL ORDER BY position LIMIT 1) AS scope,
      (SELECT root_id FROM stat_packs WHERE grain = 'month' AND src = 'subtree' ORDER BY units DESC, root_id LIMIT 1)
        AS unit,
      (SELECT max(period) FROM stat_rows WHERE grain = 'month') AS last`),
  )
  const { scope, unit, last } = target ?? {}
  if (!scope || !unit || !last) return false
  const query = { unitId: unit, depth: 2, from: addMonths(last, -11), to: last, grain: 'month' } as const
  await Promise.all(
    Array.from({ length: kind === 'pglite' ? 1 : POOL_SIZE }, async () => {
      await statsCheck(db, scope, unit, 2)
      await packsGzip(db, scope, query)
    }),
  )
  return true
}
