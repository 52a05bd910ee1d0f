// Everything the overview shows, as pure functions of the fetched rows (no Vue).
import {
  breakdownFor,
  childFigures,
  childGroups,
  chosenGroup,
  groupOfKind,
  laggingFigures,
  rankFigures,
  type ViewFigures,
} from '../../domain/breakdown'
import { KPI_RATE_METRICS, rateKpis, receivedKpi, type KpiRateMetric } from '../../domain/kpis'
import type { MetricId } from '../../domain/metrics'
import { comparisonRange, monthsOf, trendMonths, type MonthRange } from '../../domain/periods'
import { reformIndex } from '../../domain/reform'
import { overPeriod } from '../../domain/rollup'
import { monthlyMetric, monthlyTargets } from '../../domain/series'
import { isTargetMetric, periodTarget } from '../../domain/targets'

export type OverviewInput = ViewFigures

/** The KPI cards: the period against its target, the previous period and the same period a year before. */
export function kpiModel({ state, rolled, tree, targets, available }: OverviewInput) {
  const monthly = rolled.get(state.unitId)
  const totals = (range: MonthRange) => overPeriod(monthly, monthsOf(range))
  const current = totals(state.range)
  const baselines = {
    previousPeriod: totals(comparisonRange(state.range, 'previousPeriod')),
    samePeriodLastYear: totals(comparisonRange(state.range, 'samePeriodLastYear')),
  }
  const targetOf = (metric: MetricId) =>
    isTargetMetric(metric) ? periodTarget(targets, tree, state.unitId, metric, state.range) : null
  // Sparklines: the twelve months ending with the period.
  const sparkMonths = trendMonths({ from: state.range.to, to: state.range.to }, available)
  const spark = (metric: KpiRateMetric) => ({
    values: monthlyMetric(monthly, sparkMonths, metric),
    target: targetOf(metric),
    /** The reorganisation's month among the sparkline's, marked on it; null when they do not cross it. */
    reform: reformIndex(sparkMonths),
  })
  return {
    rates: rateKpis(current, baselines, targetOf),
    received: receivedKpi(current, baselines),
    sparklines: Object.fromEntries(KPI_RATE_METRICS.map((m) => [m, spark(m)])) as Record<
      KpiRateMetric,
      ReturnType<typeof spark>
    >,
  }
}

/** The trend: the chosen metric and its target month by month, and received by channel. */
export function trendModel({ state, rolled, tree, targets, available }: OverviewInput) {
  const monthly = rolled.get(state.unitId)
  const months = trendMonths(state.range, available)
  const totals = months.map((m) => overPeriod(monthly, [m]))
  return {
    months,
    values: monthlyMetric(monthly, months, state.metric),
    targets: monthlyTargets(targets, tree, state.unitId, state.metric, months),
    channels: {
      online: totals.map((t) => t.receivedOnline),
      postal: totals.map((t) => t.receivedPostal),
      desk: totals.map((t) => t.received - t.receivedOnline - t.receivedPostal),
    },
  }
}

/** The children: ranked within the chosen group, and the lagging ones across all groups. */
export function childrenModel(input: OverviewInput) {
  const { state, tree, targets } = input
  const children = childFigures(breakdownFor(input), state.unitId)
  const groups = childGroups(children)
  const group = chosenGroup(groups, state.group)
  return {
    all: children,
    groups,
    group,
    ranked: rankFigures(children.filter((f) => groupOfKind(f.kind) === group)),
    lagging: laggingFigures(children),
    target: isTargetMetric(state.metric) ? periodTarget(targets, tree, state.unitId, state.metric, state.range) : null,
    hasTargets: isTargetMetric(state.metric),
  }
}
