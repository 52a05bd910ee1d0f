// The KPI cards' figures: each rate against its target and two baselines; received with its channels.
import { gap, targetStatus, type TargetStatus } from './lagging'
import { metricValue, type MetricId, type MetricValue } from './metrics'
import type { Comparison } from './periods'
import { isTargetMetric, type TargetMetric } from './targets'
import { isFieldVoided, type Totals } from './totals'

export const KPI_RATE_METRICS = [
  'onlineRate',
  'fullOnlineRate',
  'onTimeRate',
  'satisfactionRate',
  'onlinePaymentRate',
] as const
export type KpiRateMetric = (typeof KPI_RATE_METRICS)[number] & MetricId

export type Baselines = Record<Comparison, Totals>
export type Changes = Record<Comparison, number | null>

export interface RateKpi {
  metric: KpiRateMetric
  current: MetricValue
  /** current − baseline as a fraction (points when ×100); null unless both have values. */
  changes: Changes
  target: number | null
  status: TargetStatus
  gap: number | null
}

export interface ReceivedKpi {
  received: number
  online: number
  postal: number
  desk: number
  /** Some rows' reception counts broke a rule and are left out. */
  isPartial: boolean
  /** Relative change against each baseline (0.409 = +40.9%); null when the baseline is 0. */
  changes: Changes
}

/** One card per rate metric; `targetOf` answers the period target of a metric that has targets. */
export function rateKpis(
  current: Totals,
  baselines: Baselines,
  targetOf: (metric: TargetMetric) => number | null,
): RateKpi[] {
  return KPI_RATE_METRICS.map((metric) => {
    const now = metricValue(metric, current)
    const change = (baseline: Totals) => {
      const before = metricValue(metric, baseline)
      return now.value !== null && before.value !== null ? now.value - before.value : null
    }
    const target = isTargetMetric(metric) ? targetOf(metric) : null
    return {
      metric,
      current: now,
      changes: {
        previousPeriod: change(baselines.previousPeriod),
        samePeriodLastYear: change(baselines.samePeriodLastYear),
      },
      target,
      status: targetStatus(now.value, target),
      gap: gap(now.value, target),
    }
  })
}

/** Dossiers received in the period, split by channel (desk = the rest), and their change. */
export function receivedKpi(current: Totals, baselines: Baselines): ReceivedKpi {
  const change = (baseline: Totals) => (baseline.received > 0 ? current.received / baseline.received - 1 : null)
  return {
    received: current.received,
    online: current.receivedOnline,
    postal: current.receivedPostal,
    desk: current.received - current.receivedOnline - current.receivedPostal,
    isPartial: (['received', 'receivedOnline', 'receivedPostal'] as const).some((field) =>
      isFieldVoided(current, field),
    ),
    changes: {
      previousPeriod: change(baselines.previousPeriod),
      samePeriodLastYear: change(baselines.samePeriodLastYear),
    },
  }
}
