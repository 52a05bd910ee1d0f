// Months behind and the trend of every unit of a scope, from the whole scope's monthly rows (CONTRACT.md, "Months
// behind"): worked out as a screen works them out from the months it fetches (breakdown.ts unitFigure, the lagging
// list's sparklines), with every month from the first with data. One rule for the client, the mocks and the server:
// what an API answers to `grain=period&behind=<metric>` is what the client would count from the months.
// A month's values depend on that month's rows only, so an API may keep them per month (mocks/months-behind.ts).
import { historyCoveringPlan, withHistory } from './history-view'
import { screenRows } from './invariants'
import { targetStatus } from './lagging'
import type { LineageLinkLike } from './lineage'
import { metricNumber, type MetricId } from './metrics'
import { monthsOf, trendMonths, type MonthRange } from './periods'
import { overPeriod, rollupByUnit } from './rollup'
import { monthlyTargets } from './series'
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

export interface ScopeValuesInput {
  /** The scope's root (the account's scope unit). */
  rootId: string
  /** Every unit of the scope, of every version. */
  tree: UnitTree
  lineage: readonly LineageLinkLike[]
  metric: MetricId
  /**
   * The rows of one monthly /stats request (the same partition a client asks; what a source left out is completed as
   * the client completes it: completeRow).
   */
  monthlyRows: (query: { unit: string; depth: number; from: string; to: string }) => readonly ReportedRowLike[]
}

/**
 * Every unit's value of the metric in each month, compactly (the country's ~16,000 units over 83 months): the value
 * of `unitIds[i]` in `month` is `byMonth.get(month)[i]`, NaN where it has none.
 */
export interface MonthValues {
  unitIds: readonly string[]
  indexOf: ReadonlyMap<string, number>
  byMonth: Map<string, Float64Array>
}

/**
 * Every unit's value of the metric in each month of `range`: the rows the lagging list asks for the whole scope
 * (historyCoveringPlan: every unit at every level, and the root's whole predecessors over their months), screened as
 * one answer, rolled up, each unit's history carried through the lineage (a new unit's months before it existed are
 * its whole predecessors').
 */
export function scopeMonthValues(input: ScopeValuesInput, range: MonthRange): MonthValues {
  const { tree, lineage, metric } = input
  const rows: StatRowLike[] = []
  for (const { isOwnOnly, ...query } of historyCoveringPlan(input.rootId, range, tree, lineage)) {
    for (const row of input.monthlyRows(query)) {
      if (!isOwnOnly || row.unitId === query.unit) rows.push(completeRow(row))
    }
  }
  const unitIds = [...tree.byId.keys()]
  const { rolled } = withHistory(rollupByUnit(screenRows(rows).valid, tree), unitIds, lineage)
  const byMonth = new Map<string, Float64Array>()
  for (const month of monthsOf(range)) {
    const values = new Float64Array(unitIds.length)
    // series.ts monthlyMetric, one month at a time (a unit without a row that month: the empty month's value).
    const empty = metricNumber(metric, overPeriod(undefined, [month])) ?? NaN
    unitIds.forEach((unitId, i) => {
      const monthly = rolled.get(unitId)
      values[i] = monthly?.has(month) ? (metricNumber(metric, overPeriod(monthly, [month])) ?? NaN) : empty
    })
    byMonth.set(month, values)
  }
  return { unitIds, indexOf: new Map(unitIds.map((id, i) => [id, i])), byMonth }
}

/**
 * The months of `range` in runs of at most `size` (a year's): worked out a run at a time, the country's rows of one
 * year are let go before the next year's are made (a month's values depend on its rows only).
 */
export function monthRuns(range: MonthRange, size = 12): MonthRange[] {
  const months = monthsOf(range)
  const out: MonthRange[] = []
  for (let i = 0; i < months.length; i += size)
    out.push({ from: months[i]!, to: months[Math.min(i + size, months.length) - 1]! })
  return out
}

/** `values` with the months of `added` (the same units), or `added` when they are not the same units. */
export function withMonths(values: MonthValues | null, added: MonthValues): MonthValues {
  const same =
    values !== null &&
    values.unitIds.length === added.unitIds.length &&
    values.unitIds.every((id, i) => id === added.unitIds[i])
  if (!same) return added
  for (const [month, byUnit] of added.byMonth) values.byMonth.set(month, byUnit)
  return values
}

export interface BehindInput {
  unitIds: Iterable<string>
  metric: MetricId
  targets: TargetIndex
  /** The tree each year's targets are inherited in (treesByYear over the scope's units). */
  targetTrees: TargetTrees
  lineage: readonly LineageLinkLike[]
  /** The months with data (/meta). */
  available: MonthRange
  /** The period's last month: each run ends there. */
  to: string
  /** The values of every month from the first with data up to `to` (scopeMonthValues). */
  values: MonthValues
}

/**
 * Each unit's run of consecutive months below its target, ending at `to` (lagging.ts monthsBehind's rule: a month
 * without value or target ends it), counted back to the first month with data; and its trend ending at `to`.
 */
export function monthsBehindFrom(input: BehindInput): Map<string, UnitBehind> {
  const { metric, targets, targetTrees, lineage, available } = input
  const out = new Map<string, UnitBehind>()
  const to = input.to < available.to ? input.to : available.to
  if (to < available.from) return out
  const history = monthsOf({ from: available.from, to })
  const trend = trendMonths({ from: to, to }, available)
  const { byMonth, indexOf } = input.values
  for (const unitId of input.unitIds) {
    const index = indexOf.get(unitId)
    const valueIn = (month: string) => {
      const value = index === undefined ? undefined : byMonth.get(month)?.[index]
      return value === undefined || Number.isNaN(value) ? null : value
    }
    const goals = new Map<number, number | null>()
    let behind = 0
    for (let i = history.length - 1; i >= 0; i--) {
      const month = history[i]!
      const year = Number(month.slice(0, 4))
      if (!goals.has(year)) goals.set(year, monthlyTargets(targets, targetTrees, unitId, metric, [month], lineage)[0]!)
      if (targetStatus(valueIn(month), goals.get(year)!) !== 'notMet') break
      behind++
    }
    out.set(unitId, { monthsBehind: behind, trend: trend.map(valueIn) })
  }
  return out
}

/** Both steps at once, over every month from the first with data up to `to` (for a caller that keeps nothing). */
export function scopeMonthsBehind(
  input: ScopeValuesInput &
    Pick<BehindInput, 'targets' | 'targetTrees' | 'available' | 'to'> & { unitIds?: Iterable<string> },
): Map<string, UnitBehind> {
  const to = input.to < input.available.to ? input.to : input.available.to
  if (to < input.available.from) return new Map()
  return monthsBehindFrom({
    ...input,
    unitIds: input.unitIds ?? input.tree.byId.keys(),
    values: scopeMonthValues(input, { from: input.available.from, to }),
  })
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
