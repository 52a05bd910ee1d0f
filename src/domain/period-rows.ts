// Rows of a period-summed /stats answer (grain=period) read as monthly rows: each unit's sums stand as one row in
// the last month they cover. Flows over the period and the stock at its end come out as the months would give
// them (rollup.ts overPeriod); a figure needing the months themselves (months behind, a trend) does not.
import type { ChildFigure } from './breakdown'
import type { InvariantViolation } from './invariants'
import { metricReported, type MetricId } from './metrics'
import type { StatRowLike } from './totals'
import type { ReportedRowLike } from './unreported'

/** A grain=period row, as far as the domain needs it. */
export type PeriodRowLike = Omit<ReportedRowLike, 'month'> & { from: string; to: string }

/**
 * The row as one month's: its sums in its last month (`to`). The row itself, given its `month` (a parsed answer's own
 * row: no copy of the country's ~16,000); its `from`/`to` stay, read by nothing that reads months.
 */
export function periodAsMonthRow(row: PeriodRowLike): ReportedRowLike {
  return Object.assign(row, { month: row.to }) as unknown as ReportedRowLike
}

/**
 * Whether the period's rows give `metric` exactly as the months would: no row left a count out (a sum without a
 * count some month lacked cannot be computed "over the months that report it"), none broke a rule (the months
 * would leave out only the month that broke it), and the metric's optional count is in every row.
 */
export function isExactForMetric(
  rows: readonly StatRowLike[],
  violations: readonly InvariantViolation[],
  metric: MetricId,
): boolean {
  if (violations.length > 0) return false
  const reported = metricReported(metric)
  return rows.every((row) => !row.voided && (reported === null || row[reported] !== undefined))
}

/**
 * Figures worked out from a period's sums, before the months: a unit below target has a run of months behind not
 * known yet (pending, "…"), not the one its sums would seem to give.
 */
export function withMonthsBehindPending<
  F extends Pick<ChildFigure, 'status' | 'monthsBehind' | 'isMonthsBehindOpen' | 'isMonthsBehindPending'>,
>(figures: readonly F[]): F[] {
  return figures.map((f) =>
    f.status === 'notMet'
      ? { ...f, monthsBehind: Math.max(1, f.monthsBehind), isMonthsBehindOpen: false, isMonthsBehindPending: true }
      : { ...f, monthsBehind: 0, isMonthsBehindOpen: false, isMonthsBehindPending: false },
  )
}

/** A unit's months behind and trend, as a period's row asked with `behind=<metric>` carries them. */
export interface RowBehind {
  monthsBehind: number
  trend: ReadonlyArray<number | null>
}

/**
 * The months behind and trends the rows carry, by unit (rows asked without `behind` carry none); null when some row
 * of the period ending `to` lacks them (a server that ignored the ask): the months must count them.
 */
export function behindOfRows(rows: readonly object[], to: string): Map<string, RowBehind> | null {
  const out = new Map<string, RowBehind>()
  for (const row of rows as ReadonlyArray<{ unitId: string; month: string } & Partial<RowBehind>>) {
    if (row.month !== to) continue
    if (row.monthsBehind === undefined || row.trend === undefined) return null
    out.set(row.unitId, { monthsBehind: row.monthsBehind, trend: row.trend })
  }
  return out.size > 0 ? out : null
}

/**
 * Figures from a period's sums with the months behind the API counted (`behind`, over every month from the first with
 * data, `historyLength` of them up to the period's end): final, as the months would give them.
 */
export function withMonthsBehindFrom<
  F extends Pick<ChildFigure, 'unitId' | 'status' | 'monthsBehind' | 'isMonthsBehindOpen' | 'isMonthsBehindPending'>,
>(figures: readonly F[], behind: ReadonlyMap<string, RowBehind>, historyLength: number): F[] {
  return figures.map((f) => {
    const months = behind.get(f.unitId)?.monthsBehind ?? 0
    return {
      ...f,
      monthsBehind: months,
      isMonthsBehindOpen: months > 0 && months === historyLength,
      isMonthsBehindPending: false,
    }
  })
}
