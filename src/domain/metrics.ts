// Every rate of CONTRACT.md's metric table, always a ratio of sums; a zero denominator has no value.
import { REPORTED_BASE, type CountField, type OptionalField, type Totals } from './totals'

export const METRIC_IDS = [
  'onlineRate',
  'onlineCapableRate',
  'postalRate',
  'onTimeRate',
  'earlyRate',
  'onlinePaymentRate',
  'fullOnlineRate',
  'satisfactionRate',
  'progressIndex',
  'dossierSatisfaction',
  'lateRate',
  'overdueShare',
  'digitizationRate',
  'digitizedResultsRate',
] as const
export type MetricId = (typeof METRIC_IDS)[number]

/**
 * Why a metric has no value: its denominator is zero for one of these reasons, or every row it could read
 * broke a rule on the fields it reads ('dataQuality').
 */
export type NoValueReason =
  | 'noReceived'
  | 'noCapable'
  | 'noResolved'
  | 'noFeeDossiers'
  | 'noRatings'
  | 'noResolvedOrPending'
  | 'noPending'
  | 'notReported'
  | 'dataQuality'

/**
 * `isPartial`: some rows were left out because they broke a rule on the fields this metric reads.
 * `isPartlyReported`: some rows did not report an input (an optional count such as digitisation, or a count a
 * one-door report leaves out); the value is over the others.
 */
export type MetricValue =
  | { value: number; numerator: number; denominator: number; isPartial?: boolean; isPartlyReported?: boolean }
  | { value: null; reason: NoValueReason; isPartial?: boolean }

interface MetricDefinition {
  numerator: (t: Totals) => number
  denominator: (t: Totals) => number
  noValueReason: NoValueReason
  /** Every count the metric reads (a row that voided one of them is left out of the metric). */
  fields: readonly CountField[]
  floorAtZero?: boolean
  /** An optional count: no value ('notReported') when no row reported it, never 0%. */
  reported?: OptionalField
}

const ratings = (t: Totals) => t.ratedVerySatisfied + t.ratedSatisfied + t.ratedDissatisfied

const DEFINITIONS: Record<MetricId, MetricDefinition> = {
  onlineRate: {
    fields: ['receivedOnline', 'received'],
    numerator: (t) => t.receivedOnline,
    denominator: (t) => t.received,
    noValueReason: 'noReceived',
  },
  onlineCapableRate: {
    fields: ['receivedOnline', 'receivedOnlineCapable'],
    numerator: (t) => t.receivedOnline,
    denominator: (t) => t.receivedOnlineCapable,
    noValueReason: 'noCapable',
  },
  postalRate: {
    fields: ['receivedPostal', 'received'],
    numerator: (t) => t.receivedPostal,
    denominator: (t) => t.received,
    noValueReason: 'noReceived',
  },
  onTimeRate: {
    fields: ['resolvedEarly', 'resolvedOnTime', 'resolved'],
    numerator: (t) => t.resolvedEarly + t.resolvedOnTime,
    denominator: (t) => t.resolved,
    noValueReason: 'noResolved',
  },
  earlyRate: {
    fields: ['resolvedEarly', 'resolved'],
    numerator: (t) => t.resolvedEarly,
    denominator: (t) => t.resolved,
    noValueReason: 'noResolved',
  },
  onlinePaymentRate: {
    fields: ['feePaidOnline', 'feeDossiers'],
    numerator: (t) => t.feePaidOnline,
    denominator: (t) => t.feeDossiers,
    noValueReason: 'noFeeDossiers',
  },
  fullOnlineRate: {
    fields: ['receivedOnlineFull', 'received'],
    numerator: (t) => t.receivedOnlineFull,
    denominator: (t) => t.received,
    noValueReason: 'noReceived',
  },
  satisfactionRate: {
    fields: ['ratedVerySatisfied', 'ratedSatisfied', 'ratedDissatisfied'],
    numerator: (t) => t.ratedVerySatisfied + t.ratedSatisfied,
    denominator: ratings,
    noValueReason: 'noRatings',
  },
  progressIndex: {
    fields: ['resolvedEarly', 'resolvedOnTime', 'pending', 'pendingOverdue', 'resolved'],
    numerator: (t) => t.resolvedEarly + t.resolvedOnTime + (t.pending - t.pendingOverdue),
    denominator: (t) => t.resolved + t.pending,
    noValueReason: 'noResolvedOrPending',
  },
  dossierSatisfaction: {
    fields: ['resolved', 'ratedDissatisfied', 'complaints', 'resolvedLate'],
    numerator: (t) => t.resolved - t.ratedDissatisfied - t.complaints - t.resolvedLate,
    denominator: (t) => t.resolved,
    noValueReason: 'noResolved',
    floorAtZero: true,
  },
  lateRate: {
    fields: ['resolvedLate', 'resolved'],
    numerator: (t) => t.resolvedLate,
    denominator: (t) => t.resolved,
    noValueReason: 'noResolved',
  },
  // A stock: the period's last month (rollup.ts overPeriod), as a share of what is pending then.
  overdueShare: {
    fields: ['pendingOverdue', 'pending'],
    numerator: (t) => t.pendingOverdue,
    denominator: (t) => t.pending,
    noValueReason: 'noPending',
  },
  // Over the rows that report the count: their own received / resolved (totals.ts REPORTED_BASE).
  digitizationRate: {
    fields: [],
    numerator: (t) => t.digitizedAtIntake ?? 0,
    denominator: (t) => t.digitizedReceived ?? t.received,
    noValueReason: 'noReceived',
    reported: 'digitizedAtIntake',
  },
  digitizedResultsRate: {
    fields: [],
    numerator: (t) => t.resultsDigitized ?? 0,
    denominator: (t) => t.digitizedResolved ?? t.resolved,
    noValueReason: 'noResolved',
    reported: 'resultsDigitized',
  },
}

/** The counts a metric reads. */
export function metricFields(metric: MetricId): readonly CountField[] {
  return DEFINITIONS[metric].fields
}

/** The optional count a metric reads (digitisation), if any. */
export function metricReported(metric: MetricId): OptionalField | null {
  return DEFINITIONS[metric].reported ?? null
}

/**
 * The totals a metric is computed over: without what the rows that voided one of its fields still counted
 * elsewhere (their voided fields are 0 already). Null when no such row touches this metric. `brokeRule`: some
 * of those rows broke a rule on the metric's fields; otherwise they only did not report them (partly reported).
 */
function withoutVoidedRows(definition: MetricDefinition, totals: Totals): { kept: Totals; brokeRule: boolean } | null {
  if (!totals.voided) return null
  let out: Totals | null = null
  let brokeRule = false
  for (const part of totals.voided.values()) {
    const read = part.fields.filter((field) => definition.fields.includes(field))
    if (read.length === 0) continue
    if (read.some((field) => !part.unreported?.includes(field))) brokeRule = true
    out ??= { ...totals }
    for (const field of definition.fields) out[field] -= part.totals[field]
  }
  return out && { kept: out, brokeRule }
}

/** The metric's value over already-summed totals (never a mean of ratios). */
export function metricValue(metric: MetricId, totals: Totals): MetricValue {
  const definition = DEFINITIONS[metric]
  if (definition.reported) return reportedValue(definition, definition.reported, totals)
  const left = withoutVoidedRows(definition, totals)
  const counted = left?.kept ?? totals
  const denominator = definition.denominator(counted)
  // Rows left out only because they did not report an input: "partly reported", or "not reported" with none left.
  const flag = !left ? {} : left.brokeRule ? { isPartial: true } : { isPartlyReported: true }
  if (denominator <= 0) {
    if (!left) return { value: null, reason: definition.noValueReason }
    if (left.brokeRule) return { value: null, reason: 'dataQuality', isPartial: true }
    return { value: null, reason: isAnyReported(definition, totals) ? definition.noValueReason : 'notReported' }
  }
  let numerator = definition.numerator(counted)
  if (definition.floorAtZero) numerator = Math.max(0, numerator)
  return { value: numerator / denominator, numerator, denominator, ...flag }
}

/**
 * Whether some row reported every input of the metric (none: "not reported"). The rows that did carry dossiers
 * beyond those of the rows left out (a reporting row with no dossiers at all is not told apart from none).
 */
function isAnyReported(definition: MetricDefinition, totals: Totals): boolean {
  let leftOut = 0
  for (const part of totals.voided?.values() ?? [])
    if (part.fields.some((field) => definition.fields.includes(field))) leftOut += part.totals.received
  return totals.received > leftOut
}

/** A rate of an optional count: 'notReported' when no row reported it; partly reported when some did not. */
function reportedValue(definition: MetricDefinition, field: OptionalField, totals: Totals): MetricValue {
  if (totals[field] === undefined) return { value: null, reason: 'notReported' }
  const denominator = definition.denominator(totals)
  if (denominator <= 0) return { value: null, reason: definition.noValueReason }
  const numerator = definition.numerator(totals)
  const value = { value: numerator / denominator, numerator, denominator }
  return denominator < totals[REPORTED_BASE[field].base] ? { ...value, isPartlyReported: true } : value
}

/** The value alone, or null where there is none. */
export function metricNumber(metric: MetricId, totals: Totals): number | null {
  return metricValue(metric, totals).value
}
