// The KPI cards' figures: each rate against its target and its baseline; received with its channels.
import { gap, targetStatus, type TargetStatus } from './lagging'
import { metricValue, type MetricId, type MetricValue } from './metrics'
import { isTargetMetric, type TargetMetric } from './targets'
import type { Totals } from './totals'

export const KPI_RATE_METRICS = ['onlineRate', 'fullOnlineRate', 'onTimeRate', 'satisfactionRate', 'onlinePaymentRate'] as const
export type KpiRateMetric = (typeof KPI_RATE_METRICS)[number] & MetricId

export interface RateKpi {
  metric: KpiRateMetric
  current: MetricValue
  baseline: MetricValue
  /** current − baseline as a fraction (points when ×100); null unless both have values. */
  change: number | null
  target: number | null
  status: TargetStatus
  gap: number | null
}

export interface ReceivedKpi {
  received: number
  online: number
  postal: number
  desk: number
  baseline: number
  /** Relative change against the baseline (0.409 = +40.9%); null when the baseline is 0. */
  change: number | null
}

/** One card per rate metric; `targetOf` answers the period target of a metric that has targets. */
export function rateKpis(current: Totals, baseline: Totals, targetOf: (metric: TargetMetric) => number | null): RateKpi[] {
  return KPI_RATE_METRICS.map((metric) => {
    const now = metricValue(metric, current)
    const before = metricValue(metric, baseline)
    const target = isTargetMetric(metric) ? targetOf(metric) : null
    return {
      metric,
      current: now,
      baseline: before,
      change: now.value !== null && before.value !== null ? now.value - before.value : null,
      target,
      status: targetStatus(now.value, target),
      gap: gap(now.value, target),
    }
  })
}

/** Dossiers received in the period, split by channel (desk = the rest), and their change. */
export function receivedKpi(current: Totals, baseline: Totals): ReceivedKpi {
  return {
    received: current.received,
    online: current.receivedOnline,
    postal: current.receivedPostal,
    desk: current.received - current.receivedOnline - current.receivedPostal,
    baseline: baseline.received,
    change: baseline.received > 0 ? current.received / baseline.received - 1 : null,
  }
}
