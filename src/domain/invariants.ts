// The contract's row invariants, reported as (unit, month, rule) instead of thrown; a broken rule voids only
// the fields it reads, in that row.
import {
  COUNT_FIELDS,
  OPTIONAL_FLOW_FIELDS,
  REPORTED_BASE,
  type CountField,
  type OptionalField,
  type StatRowLike,
  type Totals,
  type VoidedPart,
  type VoidedParts,
} from './totals'
import { voidedFieldsOf } from './unreported'

const INVARIANT_RULES = [
  'onlinePostalWithinReceived',
  'onlineWithinCapable',
  'capableWithinReceived',
  'fullWithinOnline',
  'overdueWithinPending',
  'resolvedSplit',
  'feePaidWithinFees',
  'feesWithinResolved',
  'digitizedWithinReceived',
  'resultsDigitizedWithinResolved',
] as const
export type InvariantRule = (typeof INVARIANT_RULES)[number]
/** A rule of the answer as a whole: at most one row per (unit, month). */
export type AnswerRule = 'duplicateRow'
export type DataRule = InvariantRule | AnswerRule

/** The fields each rule reads: the ones a row that breaks it cannot vouch for. */
export const RULE_FIELDS: Record<DataRule, readonly CountField[]> = {
  onlinePostalWithinReceived: ['receivedOnline', 'receivedPostal', 'received'],
  onlineWithinCapable: ['receivedOnline', 'receivedOnlineCapable'],
  capableWithinReceived: ['receivedOnlineCapable', 'received'],
  fullWithinOnline: ['receivedOnlineFull', 'receivedOnline'],
  overdueWithinPending: ['pendingOverdue', 'pending'],
  resolvedSplit: ['resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'resolved'],
  feePaidWithinFees: ['feePaidOnline', 'feeDossiers'],
  feesWithinResolved: ['feeDossiers', 'resolved'],
  // The digitisation counts are optional: a row that breaks these rules loses them (not reported), nothing else.
  digitizedWithinReceived: [],
  resultsDigitizedWithinResolved: [],
  duplicateRow: COUNT_FIELDS,
}

/** The optional count a rule voids, or that goes with a voided base (a share of an unknown base is unknown). */
const OPTIONAL_VOIDED: Partial<Record<DataRule, OptionalField>> = {
  digitizedWithinReceived: 'digitizedAtIntake',
  resultsDigitizedWithinResolved: 'resultsDigitized',
}

const CHECKS: Record<InvariantRule, (t: Totals) => boolean> = {
  onlinePostalWithinReceived: (t) => t.receivedOnline + t.receivedPostal <= t.received,
  onlineWithinCapable: (t) => t.receivedOnline <= t.receivedOnlineCapable,
  capableWithinReceived: (t) => t.receivedOnlineCapable <= t.received,
  fullWithinOnline: (t) => t.receivedOnlineFull <= t.receivedOnline,
  overdueWithinPending: (t) => t.pendingOverdue <= t.pending,
  resolvedSplit: (t) => t.resolvedEarly + t.resolvedOnTime + t.resolvedLate === t.resolved,
  feePaidWithinFees: (t) => t.feePaidOnline <= t.feeDossiers,
  feesWithinResolved: (t) => t.feeDossiers <= t.resolved,
  digitizedWithinReceived: (t) => t.digitizedAtIntake === undefined || t.digitizedAtIntake <= t.received,
  resultsDigitizedWithinResolved: (t) => t.resultsDigitized === undefined || t.resultsDigitized <= t.resolved,
}

export interface InvariantViolation {
  unitId: string
  month: string
  rule: DataRule
}

/** Every rule the row breaks (empty when it keeps them all). */
export function rowViolations(row: StatRowLike): InvariantViolation[] {
  const out: InvariantViolation[] = []
  for (const rule of INVARIANT_RULES) {
    if (!CHECKS[rule](row)) out.push({ unitId: row.unitId, month: row.month, rule })
  }
  return out
}

const CHECK_LIST = INVARIANT_RULES.map((rule) => CHECKS[rule])
const keepsAllRules = (t: Totals) => CHECK_LIST.every((check) => check(t))

/** A copy of the row with the fields of the broken rules voided: 0 in its counts, and named with what it kept. */
function voidFields<R extends StatRowLike>(
  row: R,
  rules: readonly DataRule[],
  unreported: ReadonlySet<CountField> = new Set(),
): R {
  const fields = COUNT_FIELDS.filter(
    (field) => unreported.has(field) || rules.some((rule) => RULE_FIELDS[rule].includes(field)),
  )
  const out = { ...row }
  for (const field of OPTIONAL_FLOW_FIELDS) {
    const base = REPORTED_BASE[field].base
    if (fields.includes(base) || rules.some((rule) => OPTIONAL_VOIDED[rule] === field)) delete out[field]
  }
  if (fields.length === 0) return out
  for (const field of fields) out[field] = 0
  const kept: Totals = { ...out }
  delete kept.voided
  const part: VoidedPart = { fields, totals: kept }
  const absent = fields.filter((field) => unreported.has(field))
  if (absent.length > 0) part.unreported = absent
  const voided: VoidedParts = new Map([[fields.join(), part]])
  out.voided = voided
  return out
}

const sameCounts = (a: Totals, b: Totals) => COUNT_FIELDS.every((field) => a[field] === b[field])

/**
 * Screens an answer: a row that breaks a rule counts only in the fields that rule does not read; a second
 * row for the same unit and month is never added (an exact copy is dropped; rows that disagree void each
 * other wholly). Rows come back in order; `violations` names each (unit, month, rule).
 */
export function screenRows<R extends StatRowLike>(
  rows: readonly R[],
): { valid: R[]; violations: InvariantViolation[] } {
  const valid: R[] = []
  const violations: InvariantViolation[] = []
  const seen = new Map<string, number>() // unit|month → index in valid
  for (const row of rows) {
    const key = `${row.unitId}|${row.month}`
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      violations.push({ unitId: row.unitId, month: row.month, rule: 'duplicateRow' })
      const first = valid[earlier]!
      if (!first.voided && sameCounts(first, row)) continue
      valid[earlier] = voidFields(first, ['duplicateRow'])
      continue
    }
    seen.set(key, valid.length)
    // A row with counts its server did not report (unreported.ts): only the rules it can be held to.
    if (row.voided) {
      const unreported = voidedFieldsOf(row)
      const found = rowViolations(row).filter((v) => RULE_FIELDS[v.rule].every((field) => !unreported.has(field)))
      violations.push(...found)
      valid.push(
        found.length === 0
          ? row
          : voidFields(
              row,
              found.map((v) => v.rule),
              unreported,
            ),
      )
      continue
    }
    // Almost every row keeps every rule: one pass of comparisons, the details only for the others.
    if (keepsAllRules(row)) {
      valid.push(row)
      continue
    }
    const found = rowViolations(row)
    violations.push(...found)
    valid.push(
      found.length === 0
        ? row
        : voidFields(
            row,
            found.map((v) => v.rule),
          ),
    )
  }
  return { valid, violations }
}

/**
 * The violations of several answers about the same unit (e.g. one and two levels deep), each
 * (unit, month, rule) once: rows both answers carry (the unit's own, its departments') break the same rules.
 */
export function mergeViolations(...lists: ReadonlyArray<readonly InvariantViolation[]>): InvariantViolation[] {
  const seen = new Set<string>()
  const out: InvariantViolation[] = []
  for (const list of lists) {
    for (const violation of list) {
      const key = `${violation.unitId}|${violation.month}|${violation.rule}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push(violation)
    }
  }
  return out
}
