// The service index from the dashboard's counts (not the official published score): each group's rate,
// its points by the rule "full points at or above the target, in proportion below", and who loses them.
import { metricValue, type MetricValue } from './metrics'
import type { IndexGroupConfig, IndexGroupId, ServiceIndexConfig } from './service-index-config'
import type { Totals } from './totals'

/** Points a rate earns: all of them at or above the target (always, for a target of 0), else in proportion. */
export function groupPoints(value: number | null, target: number, points: number): number | null {
  if (value === null) return null
  if (target <= 0 || value >= target) return points
  return (points * Math.max(0, value)) / target
}

export interface IndexGroupScore {
  id: IndexGroupId
  /** The group's weight (its maximum). */
  maxPoints: number
  target: number
  /** 'notMeasured': the counts cannot measure it (publicity); 'noData': they could, but have no value. */
  state: 'scored' | 'noData' | 'notMeasured'
  value: MetricValue | null
  points: number | null
  lost: number | null
}

export interface ServiceIndex {
  groups: IndexGroupScore[]
  /** Σ points of the scored groups. */
  points: number
  /** Σ weights of the scored groups: the points the counts could show. */
  measuredMax: number
  /** Σ points lost in the scored groups. */
  lost: number
}

function scoreGroup(group: IndexGroupConfig, totals: Totals): IndexGroupScore {
  const base = { id: group.id, maxPoints: group.points, target: group.target }
  if (group.metric === null) return { ...base, state: 'notMeasured', value: null, points: null, lost: null }
  const value = metricValue(group.metric, totals)
  const points = groupPoints(value.value, group.target, group.points)
  if (points === null) return { ...base, state: 'noData', value, points: null, lost: null }
  return { ...base, state: 'scored', value, points, lost: group.points - points }
}

/** The index of a unit over a period (its totals), group by group. */
export function serviceIndex(totals: Totals, config: ServiceIndexConfig): ServiceIndex {
  const groups = config.groups.map((group) => scoreGroup(group, totals))
  const scored = groups.filter((g) => g.state === 'scored')
  return {
    groups,
    points: scored.reduce((sum, g) => sum + g.points!, 0),
    measuredMax: scored.reduce((sum, g) => sum + g.maxPoints, 0),
    lost: scored.reduce((sum, g) => sum + g.lost!, 0),
  }
}

export interface ChildLoss {
  unitId: string
  /** The child's share of the parent's dossiers this group counts (the rate's denominator). */
  weight: number
  value: number
  /** weight × the points the child's own rate would lose. */
  lost: number
}

/**
 * Which children cost the parent the most points in one group, most first: each child weighs its share of
 * the parent's dossiers in the group's rate, and loses weight × (points × (1 − rate / target)) when below
 * the target. Children without a value in the group are left out; so is every child when the parent has none.
 */
export function pointsLostByChild(
  group: IndexGroupConfig,
  parent: Totals,
  children: ReadonlyArray<{ unitId: string; totals: Totals }>,
): ChildLoss[] {
  if (group.metric === null) return []
  const parentValue = metricValue(group.metric, parent)
  if (parentValue.value === null) return []
  const out: ChildLoss[] = []
  for (const { unitId, totals } of children) {
    const own = metricValue(group.metric, totals)
    if (own.value === null) continue
    const weight = own.denominator / parentValue.denominator
    const points = groupPoints(own.value, group.target, group.points)!
    out.push({ unitId, weight, value: own.value, lost: weight * (group.points - points) })
  }
  return out.sort((a, b) => b.lost - a.lost || b.weight - a.weight || (a.unitId < b.unitId ? -1 : 1))
}
