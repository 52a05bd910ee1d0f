// Every rate of CONTRACT.md's metric table, always a ratio of sums; a zero denominator has no value.
import type { Totals } from './totals'

export const METRIC_IDS = [
  'onlineRate', 'onlineCapableRate', 'postalRate', 'onTimeRate', 'earlyRate', 'onlinePaymentRate',
  'fullOnlineRate', 'satisfactionRate', 'progressIndex', 'dossierSatisfaction',
] as const
export type MetricId = (typeof METRIC_IDS)[number]

/** Why a metric has no value: its denominator is zero for one of these reasons. */
export type NoValueReason = 'noReceived' | 'noCapable' | 'noResolved' | 'noFeeDossiers' | 'noRatings' | 'noResolvedOrPending'

export type MetricValue =
  | { value: number; numerator: number; denominator: number }
  | { value: null; reason: NoValueReason }

interface MetricDefinition {
  numerator: (t: Totals) => number
  denominator: (t: Totals) => number
  noValueReason: NoValueReason
  floorAtZero?: boolean
}

const ratings = (t: Totals) => t.ratedVerySatisfied + t.ratedSatisfied + t.ratedDissatisfied

const DEFINITIONS: Record<MetricId, MetricDefinition> = {
  onlineRate: { numerator: (t) => t.receivedOnline, denominator: (t) => t.received, noValueReason: 'noReceived' },
  onlineCapableRate: {
    numerator: (t) => t.receivedOnline, denominator: (t) => t.receivedOnlineCapable, noValueReason: 'noCapable',
  },
  postalRate: { numerator: (t) => t.receivedPostal, denominator: (t) => t.received, noValueReason: 'noReceived' },
  onTimeRate: {
    numerator: (t) => t.resolvedEarly + t.resolvedOnTime, denominator: (t) => t.resolved, noValueReason: 'noResolved',
  },
  earlyRate: { numerator: (t) => t.resolvedEarly, denominator: (t) => t.resolved, noValueReason: 'noResolved' },
  onlinePaymentRate: {
    numerator: (t) => t.feePaidOnline, denominator: (t) => t.feeDossiers, noValueReason: 'noFeeDossiers',
  },
  fullOnlineRate: { numerator: (t) => t.receivedOnlineFull, denominator: (t) => t.received, noValueReason: 'noReceived' },
  satisfactionRate: {
    numerator: (t) => t.ratedVerySatisfied + t.ratedSatisfied, denominator: ratings, noValueReason: 'noRatings',
  },
  progressIndex: {
    numerator: (t) => t.resolvedEarly + t.resolvedOnTime + (t.pending - t.pendingOverdue),
    denominator: (t) => t.resolved + t.pending,
    noValueReason: 'noResolvedOrPending',
  },
  dossierSatisfaction: {
    numerator: (t) => t.resolved - t.ratedDissatisfied - t.complaints - t.resolvedLate,
    denominator: (t) => t.resolved,
    noValueReason: 'noResolved',
    floorAtZero: true,
  },
}

/** The metric's value over already-summed totals (never a mean of ratios). */
export function metricValue(metric: MetricId, totals: Totals): MetricValue {
  const definition = DEFINITIONS[metric]
  const denominator = definition.denominator(totals)
  if (denominator <= 0) return { value: null, reason: definition.noValueReason }
  let numerator = definition.numerator(totals)
  if (definition.floorAtZero) numerator = Math.max(0, numerator)
  return { value: numerator / denominator, numerator, denominator }
}

/** The value alone, or null where there is none. */
export function metricNumber(metric: MetricId, totals: Totals): number | null {
  return metricValue(metric, totals).value
}
