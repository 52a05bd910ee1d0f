// Month-by-month series of a metric and of its target, for trends and sparklines.
import { metricNumber, type MetricId } from './metrics'
import type { MonthlyTotals } from './rollup'
import { overPeriod } from './rollup'
import type { LineageLinkLike } from './lineage'
import { isTargetMetric, yearTarget, type TargetIndex, type TargetTrees } from './targets'

/** The metric's value in each month (null where it has none). */
export function monthlyMetric(
  monthly: MonthlyTotals | undefined,
  months: readonly string[],
  metric: MetricId,
): Array<number | null> {
  return months.map((month) => metricNumber(metric, overPeriod(monthly, [month])))
}

/** The unit's target for the metric in each month (its year's target, in that year's tree; null where none). */
export function monthlyTargets(
  index: TargetIndex,
  trees: TargetTrees,
  unitId: string,
  metric: MetricId,
  months: readonly string[],
  lineage: readonly LineageLinkLike[] = [],
): Array<number | null> {
  if (!isTargetMetric(metric)) return months.map(() => null)
  return months.map((month) => yearTarget(index, trees, unitId, metric, Number(month.slice(0, 4)), lineage))
}
