// The subtree sums (table subtree_rows, migration 0001): per unit and period, the sum of every own row in its
// subtree, which /stats answers for the units at the requested depth without adding up a province's communes
// (or the country's) on each request. Whoever writes stat_rows refreshes the sums it touched in the same
// transaction, so that no reader ever sees a sum that disagrees with the rows.
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/open'
import { COUNT_COLUMNS } from './sql-stats'

const COLUMNS = sql.raw(['unit_id', 'grain', 'period', ...COUNT_COLUMNS.map(([, c]) => c)].join(', '))
// A sum is kept only when every row in it reports the field: a partial sum would read as a whole one.
const SUMS = sql.raw(
  COUNT_COLUMNS.map(([, c]) => `CASE WHEN count(s.${c}) = count(*) THEN sum(s.${c})::int END`).join(', '),
)

/** Every sum again, from the rows (after a seed). */
export async function rebuildSubtrees(db: Db) {
  await db.execute(sql`DELETE FROM subtree_rows`)
  await db.execute(sql`INSERT INTO subtree_rows (${COLUMNS})
    SELECT c.ancestor_id, s.grain, s.period, ${SUMS}
    FROM unit_closure c JOIN stat_rows s ON s.unit_id = c.descendant_id
    GROUP BY c.ancestor_id, s.grain, s.period`)
}

/**
 * The sums of every unit above (or at) a written row, for that row's period, recomputed from the rows:
 * `written` selects (unit_id, grain, period) of the rows an import wrote or a revert restored.
 */
async function refreshAbove(db: Db, written: SQL) {
  const touched = sql`SELECT DISTINCT c.ancestor_id AS unit_id, w.grain, w.period
    FROM (${written}) w JOIN unit_closure c ON c.descendant_id = w.unit_id`
  await db.execute(sql`DELETE FROM subtree_rows t USING (${touched}) k
    WHERE t.unit_id = k.unit_id AND t.grain = k.grain AND t.period = k.period`)
  await db.execute(sql`INSERT INTO subtree_rows (${COLUMNS})
    SELECT k.unit_id, k.grain, k.period, ${SUMS}
    FROM (${touched}) k
      JOIN unit_closure c ON c.ancestor_id = k.unit_id
      JOIN stat_rows s ON s.unit_id = c.descendant_id AND s.grain = k.grain AND s.period = k.period
    GROUP BY k.unit_id, k.grain, k.period`)
}

/** After an import is applied or reverted: the sums over the rows it wrote. */
export const refreshForImport = (db: Db, importId: number) =>
  refreshAbove(db, sql`SELECT unit_id, grain, period FROM import_rows WHERE import_id = ${importId}`)
