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
import { metricFields, type MetricId } from '../../domain/metrics'
import { comparisonRange, monthsOf, trendMonths, type MonthRange } from '../../domain/periods'
import { reformIndex } from '../../domain/reform'
import { deskCount, FULLY_REPORTED, reportedCount, reportingOf, rowsWithin } from '../../domain/reporting'
import type { CountField } from '../../domain/totals'
import { overPeriod } from '../../domain/rollup'
import { monthlyMetric, monthlyTargets } from '../../domain/series'
import { isTargetMetric, periodTarget } from '../../domain/targets'

export type OverviewInput = ViewFigures

/** The KPI cards: the period against its target, the previous period and the same period a year before. */
export function kpiModel({ state, rolled, tree, targets, available, targetTrees, lineage, rows }: OverviewInput) {
  const monthly = rolled.get(state.unitId)
  const totals = (range: MonthRange) => overPeriod(monthly, monthsOf(range))
  const current = totals(state.range)
  // The period's rows of the unit's subtree: how many of its units reported each card's inputs.
  const periodRows = rows ? rowsWithin(rows, tree, state.unitId, monthsOf(state.range)) : []
  const reporting = (fields: readonly CountField[]) => (rows ? reportingOf(periodRows, fields) : FULLY_REPORTED)
  const baselines = {
    previousPeriod: totals(comparisonRange(state.range, 'previousPeriod')),
    samePeriodLastYear: totals(comparisonRange(state.range, 'samePeriodLastYear')),
  }
  const targetOf = (metric: MetricId) =>
    isTargetMetric(metric)
      ? periodTarget(targets, targetTrees ?? tree, state.unitId, metric, state.range, lineage)
      : null
  // Sparklines: the twelve months ending with the period.
  const sparkMonths = trendMonths({ from: state.range.to, to: state.range.to }, available)
  const spark = (metric: KpiRateMetric) => ({
    values: monthlyMetric(monthly, sparkMonths, metric),
    target: targetOf(metric),
    /** The reorganisation's month among the sparkline's, marked on it; null when they do not cross it. */
    reform: reformIndex(sparkMonths),
  })
  return {
    rates: rateKpis(current, baselines, targetOf, (metric) => reporting(metricFields(metric))),
    received: receivedKpi(current, baselines, {
      online: reporting(['receivedOnline']),
      postal: reporting(['receivedPostal']),
      desk: reporting(['receivedOnline', 'receivedPostal']),
    }),
    sparklines: Object.fromEntries(KPI_RATE_METRICS.map((m) => [m, spark(m)])) as Record<
      KpiRateMetric,
      ReturnType<typeof spark>
    >,
  }
}

/** The trend: the chosen metric and its target month by month, and received by channel. */
export function trendModel({ state, rolled, tree, targets, available, targetTrees, lineage, rows }: OverviewInput) {
  const monthly = rolled.get(state.unitId)
  const months = trendMonths(state.range, available)
  const totals = months.map((m) => overPeriod(monthly, [m]))
  // Each month's channels over the units that reported them; null where none did ("chưa báo cáo", never 0).
  const unitRows = rows ? rowsWithin(rows, tree, state.unitId, months) : []
  const reporting = (month: string, fields: readonly CountField[]) =>
    rows
      ? reportingOf(
          unitRows.filter((r) => r.month === month),
          fields,
        )
      : FULLY_REPORTED
  const channel = (field: 'receivedOnline' | 'receivedPostal') =>
    totals.map((t, i) => reportedCount(t, field, reporting(months[i]!, [field])).value)
  return {
    months,
    values: monthlyMetric(monthly, months, state.metric),
    targets: monthlyTargets(targets, targetTrees ?? tree, state.unitId, state.metric, months, lineage),
    channels: {
      online: channel('receivedOnline'),
      postal: channel('receivedPostal'),
      desk: totals.map((t, i) => deskCount(t, reporting(months[i]!, ['receivedOnline', 'receivedPostal'])).value),
    },
  }
}

/** The children: ranked within the chosen group, and the lagging ones across all groups. */
export function childrenModel(input: OverviewInput) {
  const { state, tree, targets, targetTrees, lineage } = input
  const children = childFigures(breakdownFor(input), state.unitId)
  const groups = childGroups(children)
  const group = chosenGroup(groups, state.group)
  return {
    all: children,
    groups,
    group,
    ranked: rankFigures(children.filter((f) => groupOfKind(f.kind) === group)),
    lagging: laggingFigures(children),
    target: isTargetMetric(state.metric)
      ? periodTarget(targets, targetTrees ?? tree, state.unitId, state.metric, state.range, lineage)
      : null,
    hasTargets: isTargetMetric(state.metric),
  }
}
