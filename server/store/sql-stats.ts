// The /stats partition in one SQL statement: units less deep than `depth` give their own rows (stat_rows), units
// at `depth` the sum of their whole subtree (subtree_rows, kept by sql-rollup.ts); the caller's scope is a
// condition of the same statement.
import { sql, type Placeholder, type SQL } from 'drizzle-orm'
import { rowsOf, type Db } from '../db/open'
import { reachOf } from './sql-units'
import type { ApiStatRow, Grain, OwnRow, StatsQuery, StoredCounts } from './store'

/** A query of months or weeks (not their sum over a period). */
type GrainQuery = StatsQuery & { grain: Grain }

/**
 * Count fields and their columns, in the contract's order. `received` is the one always reported. Each row's JSON
 * text (`row_json`, migration 0002) names them too, and the trigger that empties a row's compressed pieces when they
 * are written (migration 0003): a field added here is added there by a migration.
 */
export const COUNT_COLUMNS = [
  ['received', 'received'],
  ['receivedOnline', 'received_online'],
  ['receivedPostal', 'received_postal'],
  ['receivedOnlineFull', 'received_online_full'],
  ['receivedOnlineCapable', 'received_online_capable'],
  ['resolved', 'resolved'],
  ['resolvedEarly', 'resolved_early'],
  ['resolvedOnTime', 'resolved_on_time'],
  ['resolvedLate', 'resolved_late'],
  ['pending', 'pending'],
  ['pendingOverdue', 'pending_overdue'],
  ['feeDossiers', 'fee_dossiers'],
  ['feePaidOnline', 'fee_paid_online'],
  ['ratedVerySatisfied', 'rated_very_satisfied'],
  ['ratedSatisfied', 'rated_satisfied'],
  ['ratedDissatisfied', 'rated_dissatisfied'],
  ['complaints', 'complaints'],
  ['digitizedAtIntake', 'digitized_at_intake'],
  ['resultsDigitized', 'results_digitized'],
] as const satisfies ReadonlyArray<readonly [keyof StoredCounts, string]>

const own = sql.raw(COUNT_COLUMNS.map(([, c]) => `s.${c}`).join(', '))
/** The count fields of a JSON row: 'received', received, … */
export const FIELDS = sql.raw(COUNT_COLUMNS.map(([field, column]) => `'${field}', ${column}`).join(', '))

/** What a partition's rows carry besides their unit and period: the counts, or the JSON text. */
const CARRIED = {
  counts: own,
  json: sql`s.row_json`,
}

/** Slots of a year: months, or ISO weeks (a year has 52 or 53). */
export const SLOTS: Record<Grain, number> = { month: 12, week: 53 }
/** A period's slot in its year: 'YYYY-MM' → MM, 'YYYY-Www' → ww; and its year. */
export const slotOf = (period: SQL) => sql`ltrim(substr(${period}, 6), 'W')::int`
export const yearOf = (period: SQL) => sql`substr(${period}, 1, 4)::int`

/**
 * The first and last period of the root's validity, as columns of the CTE `r` (rootCtes): a month inside it; a week
 * with at least one day inside it.
 */
export const validityOf = (grain: Grain) =>
  grain === 'week' ? { first: sql`r.first_week`, last: sql`r.last_week` } : { first: sql`r.first`, last: sql`r.last` }

/** The CTEs `reach` and `r` (the root's months, only when the root is within the scope), for WITH RECURSIVE. */
export function rootCtes(scopeId: string | Placeholder, q: { unitId: string | Placeholder }): SQL {
  return sql`${reachOf(q.unitId)},
      r AS (
        SELECT coalesce(valid_from, '0000-00') AS first, coalesce(valid_to, '9999-99') AS last,
          CASE WHEN valid_from IS NULL THEN '0000-W00'
            ELSE to_char(to_date(valid_from || '-01', 'YYYY-MM-DD'), 'IYYY-"W"IW') END AS first_week,
          CASE WHEN valid_to IS NULL THEN '9999-W99'
            ELSE to_char(to_date(valid_to || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day',
              'IYYY-"W"IW') END AS last_week
        FROM units
        WHERE id = ${q.unitId} AND EXISTS (SELECT 1 FROM reach WHERE id = ${scopeId})
      )`
}

/**
 * The rows of the partition (a month or week query) as a subquery over `unit_id, period, includes, <counts>, d`
 * (d: the unit's depth below the root; in place of the counts, with `json` the row's JSON text `row_json`), and
 * before it the CTEs it reads (rootCtes).
 * Each unit's rows by its own index lookup (LATERAL … OFFSET 0 keeps the planner from turning it into a join):
 * the closure's statistics cannot tell that the country has 97 units at distance 1 rather than thousands, and on
 * that guess the planner read the whole of subtree_rows (0.6 s) instead of 97 lookups.
 */
export function partitionSql(
  scopeId: string,
  q: GrainQuery,
  { columns: carried = 'counts' }: { columns?: keyof typeof CARRIED } = {},
): { ctes: SQL; rows: SQL } {
  const columns = CARRIED[carried]
  // Within the unit's validity. (A month row's period is its month; subtree_rows keeps the period only.)
  const { first, last } = validityOf(q.grain)
  const valid = sql`s.period BETWEEN ${first} AND ${last}`
  const inRange = sql`s.grain = ${q.grain} AND s.period BETWEEN ${q.from} AND ${q.to} AND ${valid}`
  const ctes = rootCtes(scopeId, q)
  const rows = sql`(
        SELECT s.unit_id, s.period, false AS includes, ${columns}, c.distance AS d
        FROM r, unit_closure c, LATERAL (SELECT * FROM stat_rows s
          WHERE s.unit_id = c.descendant_id AND ${inRange} OFFSET 0) s
        WHERE c.ancestor_id = ${q.unitId} AND c.distance < ${q.depth}
        UNION ALL
        SELECT s.unit_id, s.period, true, ${columns}, ${q.depth}
        FROM r, unit_closure c, LATERAL (SELECT * FROM subtree_rows s
          WHERE s.unit_id = c.descendant_id AND ${inRange} OFFSET 0) s
        WHERE c.ancestor_id = ${q.unitId} AND c.distance = ${q.depth}
      )`
  return { ctes, rows }
}

/**
 * The /stats answer, `{"rows":[…]}`, put together by the database itself from each row's JSON text (`row_json`,
 * written with the row: migration 0002): one text value crosses to Node instead of thousands of rows to convert and
 * serialize again, and no row is serialized twice. The answer's order is the depth, then the unit, then the period.
 * (grain=period: sql-period.ts sums the same partition.)
 */
export async function statsAnswer(db: Db, scopeId: string, q: GrainQuery): Promise<string> {
  const { ctes, rows } = partitionSql(scopeId, q, { columns: 'json' })
  const [record] = rowsOf<{ answer: string }>(
    await db.execute(sql`WITH RECURSIVE ${ctes}
      SELECT '{"rows":['
        || coalesce(string_agg(p.row_json, ',' ORDER BY p.d, p.unit_id, p.period), '') || ']}' AS answer
      FROM ${rows} p`),
  )
  return record?.answer ?? '{"rows":[]}'
}

/** The /stats rows (the answer, parsed). */
export async function statsRows(db: Db, scopeId: string, q: GrainQuery): Promise<ApiStatRow[]> {
  return (JSON.parse(await statsAnswer(db, scopeId, q)) as { rows: ApiStatRow[] }).rows
}

export const COUNT_COLUMN_LIST = sql.raw(COUNT_COLUMNS.map(([, c]) => c).join(', '))

const RECORD_TYPE = sql.raw(
  ['unit_id text', 'grain text', 'period text', 'month text', ...COUNT_COLUMNS.map(([, c]) => `${c} integer`)].join(
    ', ',
  ),
)
const UPDATES = sql.raw(
  [...COUNT_COLUMNS.map(([, c]) => c), 'month', 'import_id'].map((c) => `${c} = excluded.${c}`).join(', '),
)

/**
 * Inserts own rows (or replaces them). Each chunk travels as one JSON parameter that PostgreSQL unpacks
 * itself (jsonb_to_recordset): several times faster than binding ~20 parameters a row, on PGlite above all.
 */
export async function upsertRows(db: Db, rows: readonly OwnRow[], importId: number | null) {
  for (let i = 0; i < rows.length; i += 10_000) {
    const records = rows.slice(i, i + 10_000).map((r) => {
      const record: Record<string, string | number | null> = {
        unit_id: r.unitId,
        grain: r.grain,
        period: r.period,
        month: r.month,
      }
      for (const [field, column] of COUNT_COLUMNS) record[column] = r[field] ?? null
      return record
    })
    await db.execute(sql`INSERT INTO stat_rows (unit_id, grain, period, month, ${COUNT_COLUMN_LIST}, import_id)
      SELECT unit_id, grain, period, month, ${COUNT_COLUMN_LIST}, ${importId}::int
      FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS x(${RECORD_TYPE})
      ON CONFLICT (unit_id, grain, period) DO UPDATE SET ${UPDATES}`)
  }
}
