// A view across the reform of 2025-07 (CONTRACT.md, "Units over time"): which tree it shows, which /stats requests
// its figures need (the unit's own, and its whole predecessors' over their months before the link), and the
// figures of the units it shows carried back through the lineage, with what a part predecessor leaves out.
import { coveringRequests, type CoveringRequest } from './coverage'
import { historyThroughLineage, predecessorsOf, walkLineage, type LineageLinkLike } from './lineage'
import { historySpans } from './lineage-spans'
import { addMonths, clipRange, type MonthRange } from './periods'
import type { MonthlyTotals } from './rollup'
import { ancestorsOf, type UnitLike, type UnitTree } from './units'

type Validity = Pick<UnitLike, 'validFrom' | 'validTo'>

/** The month whose tree a view shows: the period's last month, moved into the unit's own months. */
export function structureMonth(unit: Validity, range: Pick<MonthRange, 'to'>): string {
  if (unit.validFrom != null && range.to < unit.validFrom) return unit.validFrom
  if (unit.validTo != null && range.to > unit.validTo) return unit.validTo
  return range.to
}

export interface PlannedQuery {
  unit: string
  depth: number
  from: string
  to: string
}

/**
 * The /stats requests a view of `unitId` over `window` needs: first the unit over the whole window (an empty answer
 * outside its months, and the same request as a view without lineage), then each whole predecessor over its months
 * before the link. Each is asked deep enough to reach the predecessors of every unit in `shown` (the unit and the
 * children the view shows), at least `minDepth` and at most 2 levels (CONTRACT.md).
 */
export function historyStatsPlan(
  unitId: string,
  window: MonthRange,
  tree: UnitTree,
  lineage: readonly LineageLinkLike[],
  shown: readonly string[],
  minDepth = 1,
): PlannedQuery[] {
  const depthOf = new Map<string, number>()
  for (const id of shown) {
    walkLineage(
      lineage,
      id,
      (reached) => {
        ancestorsOf(tree, reached).forEach((ancestor, distance) => {
          if (distance > (depthOf.get(ancestor.id) ?? 0)) depthOf.set(ancestor.id, distance)
        })
      },
      () => {},
    )
  }
  const depth = (id: string) => Math.min(2, Math.max(minDepth, depthOf.get(id) ?? 0))
  const spans = historySpans(unitId, window, tree.byId, lineage).filter((span) => span.unitId !== unitId)
  return [
    { unit: unitId, depth: depth(unitId), from: window.from, to: window.to },
    ...spans.map((span) => ({ unit: span.unitId, depth: depth(span.unitId), from: span.from, to: span.to })),
  ]
}

/**
 * The requests that give every unit of a scope at every level (coverage.ts) over `window`, and the same for each
 * whole predecessor of the scope's root over its months before the link: each request within its unit's months, at
 * most `maxDepth` levels deep (a period's sums may go deeper than months: /meta periodDepth).
 */
export function historyCoveringPlan(
  rootId: string,
  window: MonthRange,
  tree: UnitTree,
  lineage: readonly LineageLinkLike[],
  maxDepth = 2,
): Array<CoveringRequest & MonthRange> {
  const spans =
    lineage.length === 0 ? [{ unitId: rootId, ...window }] : historySpans(rootId, window, tree.byId, lineage)
  return spans.flatMap((span) =>
    coveringRequests(tree, span.unitId, maxDepth).flatMap((request) => {
      const unit = tree.byId.get(request.unit)
      const months = clipRange(span, { from: unit?.validFrom ?? span.from, to: unit?.validTo ?? span.to })
      return months ? [{ ...request, ...months }] : []
    }),
  )
}

/** The units and every unit that went into them whole (whose rows their history needs). */
export function withWholePredecessors(unitIds: readonly string[], lineage: readonly LineageLinkLike[]): string[] {
  if (lineage.length === 0) return [...unitIds]
  return [...new Set(unitIds.flatMap((id) => [id, ...predecessorsOf(lineage, id).whole]))]
}

export interface HistoryGap {
  /** Units that went in only in part: named, their figures left out. */
  partPredecessors: string[]
  /** The months before this one leave them out. */
  incompleteBefore: string
}

export interface HistoryFigures {
  /** Totals per unit and month; the units asked for carry their whole predecessors' months before they existed. */
  rolled: Map<string, MonthlyTotals>
  /** The units asked for whose history misses a part predecessor. */
  gaps: Map<string, HistoryGap>
}

/**
 * The rolled-up totals with the history of each of `unitIds` carried through the lineage (historyThroughLineage):
 * a unit that nothing went into keeps its own totals as they are.
 */
export function withHistory(
  rolled: ReadonlyMap<string, MonthlyTotals>,
  unitIds: readonly string[],
  lineage: readonly LineageLinkLike[],
): HistoryFigures {
  const out = new Map(rolled)
  const gaps = new Map<string, HistoryGap>()
  if (lineage.length === 0) return { rolled: out, gaps }
  for (const id of unitIds) {
    const { whole, part } = predecessorsOf(lineage, id)
    if (whole.length === 0 && part.length === 0) continue
    const history = historyThroughLineage(id, rolled, lineage)
    out.set(id, history.monthly)
    if (history.incompleteBefore !== null) {
      gaps.set(id, { partPredecessors: history.partPredecessors, incompleteBefore: history.incompleteBefore })
    }
  }
  return { rolled: out, gaps }
}

/** The part predecessors a figure over these periods leaves out (none when every period starts late enough). */
export function missingParts(gap: HistoryGap | undefined, periods: readonly MonthRange[]): string[] {
  return gap && periods.some((period) => period.from < gap.incompleteBefore) ? gap.partPredecessors : []
}

export interface StructureInfo {
  /** The tree is the one after the reorganisation of `month`, or the one before it. */
  kind: 'after' | 'before'
  /** The first month of the new structure ("2025-07"). */
  month: string
  /** The last month of the old one ("2025-06"). */
  lastBefore: string
}

/** Which structure the tree of `month` is, with the lineage's reorganisation; null when there was none. */
export function structureAt(month: string, lineage: readonly LineageLinkLike[]): StructureInfo | null {
  if (lineage.length === 0) return null
  const months = [...new Set(lineage.map((link) => link.month))].sort()
  const reached = months.filter((m) => m <= month)
  const reform = reached.length > 0 ? reached[reached.length - 1]! : months[0]!
  return { kind: reached.length > 0 ? 'after' : 'before', month: reform, lastBefore: addMonths(reform, -1) }
}

/**
 * The structure a view of `unit` shows at `month`: by the lineage, or where the answer carries none (a scope of a
 * former unit sees no links), by the unit's own months.
 */
export function structureOf(unit: Validity, month: string, lineage: readonly LineageLinkLike[]): StructureInfo | null {
  const byLineage = structureAt(month, lineage)
  if (byLineage) return byLineage
  if (unit.validTo != null) return { kind: 'before', month: addMonths(unit.validTo, 1), lastBefore: unit.validTo }
  if (unit.validFrom != null) return { kind: 'after', month: unit.validFrom, lastBefore: addMonths(unit.validFrom, -1) }
  return null
}

/**
 * The units whose figures stand in for `unitId` in the months of `periods` before it existed (its direct whole
 * predecessors), or none when every period lies within its months: a comparison across the break says so.
 */
export function carriedFrom(
  unit: UnitLike,
  periods: readonly MonthRange[],
  lineage: readonly LineageLinkLike[],
): string[] {
  if (unit.validFrom == null || !periods.some((period) => period.from < unit.validFrom!)) return []
  return lineage.filter((link) => link.to === unit.id && link.share === 'whole').map((link) => link.from)
}
