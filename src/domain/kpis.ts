// The KPI cards' figures: each rate against its target and two baselines; received with its channels.
import { gap, targetStatus, type TargetStatus } from './lagging'
import { metricValue, type MetricId, type MetricValue } from './metrics'
import type { Comparison } from './periods'
import { isTargetMetric, type TargetMetric } from './targets'
import { deskCount, FULLY_REPORTED, reportedCount, type ReportedCount, type Reporting } from './reporting'
import { isFieldBroken, type Totals } from './totals'

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
  /** How many units reported the metric's inputs (all: a plain figure). */
  reporting: Reporting
}

export interface ReceivedKpi {
  received: number
  online: ReportedCount
  postal: ReportedCount
  desk: ReportedCount
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
  reportingOf: (metric: KpiRateMetric) => Reporting = () => FULLY_REPORTED,
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
      reporting: reportingOf(metric),
    }
  })
}

/** How many units reported each channel (the desk needs both online and postal). */
export interface ChannelReporting {
  online: Reporting
  postal: Reporting
  desk: Reporting
}
const ALL_CHANNELS: ChannelReporting = { online: FULLY_REPORTED, postal: FULLY_REPORTED, desk: FULLY_REPORTED }

/**
 * Dossiers received in the period, split by channel (desk = the rest, over the rows that report both other
 * channels), and their change. A channel no unit reported has no value ("not reported", never 0).
 */
export function receivedKpi(
  current: Totals,
  baselines: Baselines,
  reporting: ChannelReporting = ALL_CHANNELS,
): ReceivedKpi {
  const change = (baseline: Totals) => (baseline.received > 0 ? current.received / baseline.received - 1 : null)
  return {
    received: current.received,
    online: reportedCount(current, 'receivedOnline', reporting.online),
    postal: reportedCount(current, 'receivedPostal', reporting.postal),
    desk: deskCount(current, reporting.desk),
    isPartial: (['received', 'receivedOnline', 'receivedPostal'] as const).some((field) =>
      isFieldBroken(current, field),
    ),
    changes: {
      previousPeriod: change(baselines.previousPeriod),
      samePeriodLastYear: change(baselines.samePeriodLastYear),
    },
  }
}
