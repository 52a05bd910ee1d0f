// Months behind and the trend of every unit of a scope, from the whole scope's monthly rows (CONTRACT.md, "Months
// behind"): worked out as a screen works them out from the months it fetches (breakdown.ts unitFigure, the lagging
// list's sparklines), with every month from the first with data. One rule for the client, the mocks and the server:
// what an API answers to `grain=period&behind=<metric>` is what the client would count from the months.
import { screenRows } from './invariants'
import { targetStatus } from './lagging'
import type { LineageLinkLike } from './lineage'
import type { MetricId } from './metrics'
import { monthsOf, trendMonths, type MonthRange } from './periods'
import { rollupByUnit, type MonthlyTotals } from './rollup'
import { historyCoveringPlan, withHistory } from './history-view'
import { monthlyMetric, monthlyTargets } from './series'
import type { TargetIndex, TargetTrees } from './targets'
import type { StatRowLike } from './totals'
import { completeRow, type ReportedRowLike } from './unreported'
import type { UnitTree } from './units'

/** One unit's run of months below target ending at the period's last month, and its trend (12 months, or more). */
export interface UnitBehind {
  monthsBehind: number
  /** The metric in each month of trendMonths(period's last month), null where it has no value. */
  trend: Array<number | null>
}

export interface ScopeBehindInput {
  /** The scope's root (the account's scope unit). */
  rootId: string
  /** Every unit of the scope, of every version. */
  tree: UnitTree
  lineage: readonly LineageLinkLike[]
  targets: TargetIndex
  /** The tree each year's targets are inherited in (treesByYear over the scope's units). */
  targetTrees: TargetTrees
  metric: MetricId
  /** The months with data (/meta). */
  available: MonthRange
  /** The period's last month: each run ends there. */
  to: string
  /**
   * The rows of one monthly /stats request (the same partition a client asks, complete with what a source left
   * out as the client makes them: completeRow); `isOwnOnly` keeps only the unit's own rows.
   */
  monthlyRows: (query: { unit: string; depth: number; from: string; to: string }) => readonly ReportedRowLike[]
}

/**
 * Every unit of the scope with its months behind and trend: the rows the lagging list asks for the whole scope
 * (historyCoveringPlan: every unit at every level, and the root's whole predecessors over their months) from the
 * first month with data, screened as one answer, rolled up, each unit's history carried through the lineage.
 */
export function scopeMonthsBehind(input: ScopeBehindInput): Map<string, UnitBehind> {
  const { tree, lineage, targets, targetTrees, metric, available } = input
  const out = new Map<string, UnitBehind>()
  const window = { from: available.from, to: input.to < available.to ? input.to : available.to }
  if (window.to < window.from) return out
  const rows: StatRowLike[] = []
  for (const { isOwnOnly, ...query } of historyCoveringPlan(input.rootId, window, tree, lineage)) {
    for (const row of input.monthlyRows(query)) {
      if (!isOwnOnly || row.unitId === query.unit) rows.push(completeRow(row))
    }
  }
  const screened = screenRows(rows).valid
  const unitIds = [...tree.byId.keys()]
  const { rolled } = withHistory(rollupByUnit(screened, tree), unitIds, lineage)
  const history = monthsOf(window)
  const trend = trendMonths({ from: input.to, to: input.to }, available)
  const valueIn = (monthly: MonthlyTotals | undefined, month: string) => monthlyMetric(monthly, [month], metric)[0]!
  for (const unitId of unitIds) {
    const monthly = rolled.get(unitId)
    // The run from the last month back (monthsBehind's rule, lagging.ts), a year's target looked up once.
    const goals = new Map<number, number | null>()
    let behind = 0
    for (let i = history.length - 1; i >= 0; i--) {
      const month = history[i]!
      const year = Number(month.slice(0, 4))
      if (!goals.has(year)) goals.set(year, monthlyTargets(targets, targetTrees, unitId, metric, [month], lineage)[0]!)
      if (targetStatus(valueIn(monthly, month), goals.get(year)!) !== 'notMet') break
      behind++
    }
    out.set(unitId, { monthsBehind: behind, trend: monthlyMetric(monthly, trend, metric) })
  }
  return out
}

/** The trend's values on the wire: 4 decimals (a hundredth of a percentage point), enough for a sparkline. */
const TREND_DECIMALS = 1e4

/**
 * What a `grain=period&behind=<metric>` row carries for its unit: its months behind and its trend (values rounded
 * to 4 decimals); a unit the computation did not reach has none behind and no trend.
 */
export function behindFields(
  behind: ReadonlyMap<string, UnitBehind>,
  unitId: string,
): { monthsBehind: number; trend: Array<number | null> } {
  const found = behind.get(unitId)
  if (!found) return { monthsBehind: 0, trend: [] }
  return {
    monthsBehind: found.monthsBehind,
    trend: found.trend.map((v) => (v === null ? null : Math.round(v * TREND_DECIMALS) / TREND_DECIMALS)),
  }
}
