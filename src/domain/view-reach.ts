// How far a view about one unit reaches: which units it shows, which months it fetches and which /stats requests
// ask them. A unit's screens (overview, tracker) show the unit and its children; the lagging list shows every unit
// of the scope at every level, so it fetches fewer months (the country's every commune is a lot of rows) in two steps.
// A view of ISO weeks plans the same requests for the months its weeks touch, then asks each over its weeks.
import { requestsFor } from './coverage'
import { historyCoveringPlan, historyStatsPlan, withWholePredecessors, type PlannedQuery } from './history-view'
import type { LineageLinkLike } from './lineage'
import type { MetricId } from './metrics'
import {
  clipRange,
  comparisonRange,
  coveringRange,
  fetchWindow,
  monthsCovering,
  scanWindow,
  type MonthRange,
} from './periods'
import { REFORM_MONTH } from './reform'
import { subtreeOf, type UnitTree } from './units'
import type { ViewState } from './view-state'
import { isWeek, weeksTouchingMonth } from './weeks'

/** 'children': the unit and its children, one level deep; 'scope': every unit below it, at every level. */
export type ViewReach = 'children' | 'scope'

/**
 * `grain: 'period'`: one row per unit summed over the query's months (a server whose /meta lists 'period'); with
 * `behind`, each row also carries its unit's months behind and trend on that metric (/meta `monthsBehind`).
 */
export type ReachQuery = PlannedQuery & { isOwnOnly?: boolean; grain?: 'period'; behind?: MetricId }

/** The units a view shows, the unit first. */
export function shownUnitIds(reach: ViewReach, tree: UnitTree | null, unitId: string): string[] {
  if (reach === 'scope') return tree ? subtreeOf(tree, unitId).map((unit) => unit.id) : []
  return [unitId, ...(tree?.childrenOf.get(unitId) ?? []).map((child) => child.id)]
}

type Period = Pick<ViewState, 'range' | 'comparison'>

/**
 * The months a view fetches: whole years around the period (a nearby period needs no request; not back across the
 * reorganisation of 2025-07 when the view needs no month before it), or for the whole scope the period, its baseline
 * and the twelve months ending with it.
 */
export function reachWindow(reach: ViewReach, view: Period, available: MonthRange): MonthRange {
  return reach === 'scope'
    ? scanWindow(view.range, view.comparison, available)
    : fetchWindow(view.range, available, REFORM_MONTH)
}

/** The first of two steps for the whole scope: the period and its baseline, so the list shows early; else none. */
export function quickWindow(reach: ViewReach, view: Period, available: MonthRange): MonthRange | null {
  if (reach === 'children') return null
  return clipRange(coveringRange([view.range, comparisonRange(view.range, view.comparison)]), available)
}

/**
 * The first step for the whole scope from a server that sums periods: the period's and the baseline's sums, one row
 * per unit each (every level of the scope and of its former units, as historyCoveringPlan asks the months), so the
 * list shows without every unit's every month. Months behind and trends wait for the months (the second step), or,
 * with `behind` (a server that counts them), come with the period's sums. `maxDepth`: how deep one request may go
 * (/meta periodDepth; the country's every unit in one request at 3).
 */
export function quickPeriodPlan(
  input: ReachPlanInput,
  view: Period,
  available: MonthRange,
  behind?: MetricId,
  maxDepth = 2,
): ReachQuery[] {
  const ranges = [view.range, comparisonRange(view.range, view.comparison)]
  return ranges.flatMap((range, i) => {
    const months = clipRange(range, available)
    if (!months) return []
    return historyCoveringPlan(input.unitId, months, input.tree, input.lineage, maxDepth).map((query) => ({
      ...query,
      grain: 'period' as const,
      ...(i === 0 && behind ? { behind } : {}),
    }))
  })
}

export interface ReachPlanInput {
  unitId: string
  tree: UnitTree
  lineage: readonly LineageLinkLike[]
  /** The units the view shows (shownUnitIds). */
  shown: readonly string[]
}

/**
 * The requests for the shown units' figures over `range`: one level deep (at least `minDepth`) with the unit's whole
 * predecessors (historyStatsPlan), or every level of the scope and of its former units (historyCoveringPlan).
 */
export function reachPlan(reach: ViewReach, input: ReachPlanInput, range: MonthRange, minDepth = 1): ReachQuery[] {
  if (isWeek(range.from)) return inWeeks(reachPlan(reach, input, monthsCovering(range), minDepth), range)
  return reach === 'scope'
    ? historyCoveringPlan(input.unitId, range, input.tree, input.lineage)
    : historyStatsPlan(input.unitId, range, input.tree, input.lineage, input.shown, minDepth)
}

/**
 * The requests for the months before the window: for the whole scope, only those whose rows add to the units named
 * (whose run of months behind reaches back past the window) and their whole predecessors; for a unit's children, all
 * but the unit's own where they lie outside its months (a new unit before the reform: its predecessors stand in).
 */
export function reachBeforePlan(
  reach: ViewReach,
  input: ReachPlanInput,
  range: MonthRange,
  unitIds: readonly string[],
): ReachQuery[] {
  if (isWeek(range.from)) return inWeeks(reachBeforePlan(reach, input, monthsCovering(range), unitIds), range)
  if (reach === 'scope') {
    const plan = historyCoveringPlan(input.unitId, range, input.tree, input.lineage)
    return requestsFor(plan, input.tree, withWholePredecessors(unitIds, input.lineage))
  }
  const plan = reachPlan(reach, input, range)
  const own = input.tree.byId.get(input.unitId)
  const months = own ? { from: own.validFrom ?? range.from, to: own.validTo ?? range.to } : range
  return plan.filter((query) => query.unit !== input.unitId || clipRange(range, months) !== null)
}

/**
 * Requests planned in months, carried onto weeks: each over the weeks its months touch, within `weeks` (a unit's
 * months bound its weeks as they bound its months; a week straddling two months goes with both).
 */
export function inWeeks<Q extends MonthRange>(plan: readonly Q[], weeks: MonthRange): Q[] {
  return plan.flatMap((query) => {
    const range = { from: weeksTouchingMonth(query.from)[0]!, to: weeksTouchingMonth(query.to).at(-1)! }
    const clipped = clipRange(range, weeks)
    return clipped ? [{ ...query, ...clipped }] : []
  })
}
