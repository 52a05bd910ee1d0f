// A unit's own one-stop desk (cấp huyện: the district receives dossiers itself): what it received and
// resolved beyond its children, in an answer that holds the unit and its children.
import { metricValue, type MetricId, type MetricValue } from './metrics'
import { monthsOf, type MonthRange } from './periods'
import { overPeriod, type MonthlyTotals } from './rollup'
import { COUNT_FIELDS, type Totals } from './totals'
import type { UnitTree } from './units'

export interface OwnDeskFigure {
  totals: Totals
  value: MetricValue
}

/**
 * The unit's total less its children's, over the period: its own desk's dossiers. Null when it has none
 * (a commune, a unit whose dossiers are all its children's).
 */
export function ownDeskFigure(
  rolled: ReadonlyMap<string, MonthlyTotals>,
  tree: UnitTree,
  unitId: string,
  range: MonthRange,
  metric: MetricId,
): OwnDeskFigure | null {
  const children = tree.childrenOf.get(unitId) ?? []
  if (children.length === 0) return null
  const months = monthsOf(range)
  const totals = overPeriod(rolled.get(unitId), months)
  delete totals.voided
  for (const child of children) {
    const theirs = overPeriod(rolled.get(child.id), months)
    for (const field of COUNT_FIELDS) totals[field] -= theirs[field]
  }
  if (totals.received <= 0 && totals.resolved <= 0) return null
  return { totals, value: metricValue(metric, totals) }
}
