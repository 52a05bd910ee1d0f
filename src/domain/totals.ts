// The numeric fields of a monthly statistics row, and how they add up (CONTRACT.md).
// The domain declares these shapes itself; the parsed API types satisfy them structurally.

export const FLOW_FIELDS = [
  'received',
  'receivedOnline',
  'receivedPostal',
  'receivedOnlineFull',
  'receivedOnlineCapable',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'feeDossiers',
  'feePaidOnline',
  'ratedVerySatisfied',
  'ratedSatisfied',
  'ratedDissatisfied',
  'complaints',
] as const

/** Stocks at a month's end: they add over units, but over a period take the last month's value. */
export const STOCK_FIELDS = ['pending', 'pendingOverdue'] as const

export const COUNT_FIELDS = [...FLOW_FIELDS, ...STOCK_FIELDS] as const

export type CountField = (typeof COUNT_FIELDS)[number]

/**
 * Counts that a row could not vouch for (it broke a contract rule): which fields it voided — they are 0 in its
 * totals — and what it still counted in its other fields. A metric that reads a voided field leaves out the rest
 * of such a row as well (metrics.ts), so it is computed over the rows that keep its rules and nothing else moves.
 */
export interface VoidedPart {
  fields: readonly CountField[]
  /** The remaining counts of the rows that voided exactly these fields. */
  totals: Record<CountField, number>
  /** Of `fields`, those the rows did not report at all (unreported.ts), not broke a rule on. */
  unreported?: readonly CountField[]
}

/** Voided parts by their fields' key (a few at most: one per combination of broken rules). */
export type VoidedParts = Map<string, VoidedPart>

/** Counts reported from 2023 on (CONTRACT.md): absent from a row that does not report them — never 0. */
export const OPTIONAL_FLOW_FIELDS = ['digitizedAtIntake', 'resultsDigitized'] as const
export type OptionalField = (typeof OPTIONAL_FLOW_FIELDS)[number]

/**
 * The base each optional count is a share of: over summed totals, the base of only the rows that reported
 * the count (on a single row it is absent and means the row's own base).
 */
export const REPORTED_BASE = {
  digitizedAtIntake: { base: 'received', reportedBase: 'digitizedReceived' },
  resultsDigitized: { base: 'resolved', reportedBase: 'digitizedResolved' },
} as const satisfies Record<OptionalField, { base: CountField; reportedBase: string }>

export type Totals = Record<CountField, number> & {
  /** Absent when every row counted fully (nearly always). */
  voided?: VoidedParts
  /** Absent when no row reported it ("not reported", never 0). */
  digitizedAtIntake?: number
  resultsDigitized?: number
  /** Σ received of the rows that reported digitizedAtIntake; absent on a single row (= its received). */
  digitizedReceived?: number
  /** Σ resolved of the rows that reported resultsDigitized; absent on a single row (= its resolved). */
  digitizedResolved?: number
}

/** One row of a /stats answer, as far as the domain needs it. */
export interface StatRowLike extends Totals {
  unitId: string
  month: string
  includesDescendants: boolean
}

/**
 * A fresh all-zero totals record. Written out field by field (here and in addInto): every record then
 * has one shape, and rolling up a national answer (~10⁶ additions) runs several times faster than
 * looping over field names.
 */
export function emptyTotals(): Totals {
  return {
    received: 0,
    receivedOnline: 0,
    receivedPostal: 0,
    receivedOnlineFull: 0,
    receivedOnlineCapable: 0,
    resolved: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    feeDossiers: 0,
    feePaidOnline: 0,
    ratedVerySatisfied: 0,
    ratedSatisfied: 0,
    ratedDissatisfied: 0,
    complaints: 0,
    pending: 0,
    pendingOverdue: 0,
  }
}

/** Adds every count of `source` into `target` (units add up, flows and stocks alike). */
export function addInto(target: Totals, source: Totals): Totals {
  target.received += source.received
  target.receivedOnline += source.receivedOnline
  target.receivedPostal += source.receivedPostal
  target.receivedOnlineFull += source.receivedOnlineFull
  target.receivedOnlineCapable += source.receivedOnlineCapable
  target.resolved += source.resolved
  target.resolvedEarly += source.resolvedEarly
  target.resolvedOnTime += source.resolvedOnTime
  target.resolvedLate += source.resolvedLate
  target.feeDossiers += source.feeDossiers
  target.feePaidOnline += source.feePaidOnline
  target.ratedVerySatisfied += source.ratedVerySatisfied
  target.ratedSatisfied += source.ratedSatisfied
  target.ratedDissatisfied += source.ratedDissatisfied
  target.complaints += source.complaints
  target.pending += source.pending
  target.pendingOverdue += source.pendingOverdue
  if (source.voided) addVoided(target, source.voided, COUNT_FIELDS)
  if (source.digitizedAtIntake !== undefined || source.resultsDigitized !== undefined) addReported(target, source)
  return target
}

/** Adds the optional counts a source reported, and the base they are a share of. */
export function addReported(target: Totals, source: Totals): void {
  if (source.digitizedAtIntake !== undefined) {
    target.digitizedAtIntake = (target.digitizedAtIntake ?? 0) + source.digitizedAtIntake
    target.digitizedReceived = (target.digitizedReceived ?? 0) + (source.digitizedReceived ?? source.received)
  }
  if (source.resultsDigitized !== undefined) {
    target.resultsDigitized = (target.resultsDigitized ?? 0) + source.resultsDigitized
    target.digitizedResolved = (target.digitizedResolved ?? 0) + (source.digitizedResolved ?? source.resolved)
  }
}

/** Adds `parts` into `target`'s voided parts, for the given fields only (a period takes stocks from its last month). */
export function addVoided(target: Totals, parts: VoidedParts, fields: readonly CountField[]): void {
  const into = target.voided ?? (target.voided = new Map())
  for (const [key, part] of parts) {
    let mine = into.get(key)
    if (!mine) {
      mine = { fields: part.fields, totals: emptyTotals() }
      if (part.unreported) mine.unreported = part.unreported
      into.set(key, mine)
    }
    for (const field of fields) mine.totals[field] += part.totals[field]
  }
}

/** Whether some row below voided this field (its sum leaves that row out). */
export function isFieldVoided(totals: Totals, field: CountField): boolean {
  if (!totals.voided) return false
  for (const part of totals.voided.values()) if (part.fields.includes(field)) return true
  return false
}

/** Whether some row below voided this field for a broken rule (not merely did not report it). */
export function isFieldBroken(totals: Totals, field: CountField): boolean {
  if (!totals.voided) return false
  for (const part of totals.voided.values())
    if (part.fields.includes(field) && !part.unreported?.includes(field)) return true
  return false
}

/** Copies only the counts of a row (drops unitId, month…; keeps what it voided). */
export function totalsOf(source: Totals): Totals {
  return addInto(emptyTotals(), source)
}
