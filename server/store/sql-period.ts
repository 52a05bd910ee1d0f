// /stats?grain=period in one SQL statement: the month partition (sql-stats.ts) summed into one row per unit over
// the range (CONTRACT.md, "Period sums"). A flow is summed only when every month row of the unit reports it (a
// month without a row is all zeros, so it reports every count); a stock is the value of the unit's last month
// in the range, 0 when that month has no row. Each row says which months it covers: the range within the unit's
// own months (the route has already clipped the range to the months with data).
import { sql } from 'drizzle-orm'
import { rowsOf, type Db } from '../db/open'
import { COUNT_COLUMNS, FIELDS, partitionSql } from './sql-stats'
import type { ApiStatRow, StatsQuery } from './store'

const STOCKS = new Set(['pending', 'pending_overdue'])
/** The unit's last month in the range (a column of the grouped subquery below). */
const LAST = `least(q_to, coalesce(u.valid_to, '9999-99'))`
/** A stock: the last month's value (NULL when it does not report it), 0 when that month has no row. */
const lastValue = (c: string) =>
  `CASE WHEN bool_or(g.period = ${LAST}) THEN max(CASE WHEN g.period = ${LAST} THEN g.${c} END) ELSE 0 END`
const SUMS = sql.raw(
  COUNT_COLUMNS.map(([, c]) =>
    STOCKS.has(c) ? `${lastValue(c)} AS ${c}` : `CASE WHEN count(g.${c}) = count(*) THEN sum(g.${c}) END AS ${c}`,
  ).join(',\n'),
)

/** The answer, `{"rows":[…]}`, serialized by the database; a field not reported (NULL) is left out of its row. */
export async function periodStatsAnswer(db: Db, scopeId: string, q: StatsQuery): Promise<string> {
  const { ctes, rows } = partitionSql(scopeId, { ...q, grain: 'month' })
  const [record] = rowsOf<{ answer: string }>(
    await db.execute(sql`WITH RECURSIVE ${ctes},
      bounds AS (SELECT ${q.from}::text AS q_from, ${q.to}::text AS q_to)
      SELECT json_build_object('rows', coalesce(json_agg(json_strip_nulls(json_build_object(
          'unitId', unit_id, 'from', f, 'to', t, 'includesDescendants', includes, ${FIELDS}))
        ORDER BY d, unit_id), '[]'::json))::text AS answer
      FROM (
        SELECT g.unit_id, g.includes, g.d,
          greatest(q_from, coalesce(u.valid_from, '0000-00')) AS f, ${sql.raw(LAST)} AS t,
          ${SUMS}
        FROM ${rows} g JOIN units u ON u.id = g.unit_id, bounds
        GROUP BY g.unit_id, g.includes, g.d, u.valid_from, u.valid_to, q_from, q_to
      ) summed`),
  )
  return record?.answer ?? '{"rows":[]}'
}

/** The rows (the answer, parsed). */
export async function periodStatsRows(db: Db, scopeId: string, q: StatsQuery): Promise<ApiStatRow[]> {
  return (JSON.parse(await periodStatsAnswer(db, scopeId, q)) as { rows: ApiStatRow[] }).rows
}
