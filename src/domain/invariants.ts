// The contract's row invariants, reported as (unit, month, rule) instead of thrown.
import type { StatRowLike, Totals } from './totals'

export const INVARIANT_RULES = [
  'onlinePostalWithinReceived', 'onlineWithinCapable', 'capableWithinReceived', 'fullWithinOnline',
  'overdueWithinPending', 'resolvedSplit', 'feePaidWithinFees', 'feesWithinResolved',
] as const
export type InvariantRule = (typeof INVARIANT_RULES)[number]

const CHECKS: Record<InvariantRule, (t: Totals) => boolean> = {
  onlinePostalWithinReceived: (t) => t.receivedOnline + t.receivedPostal <= t.received,
  onlineWithinCapable: (t) => t.receivedOnline <= t.receivedOnlineCapable,
  capableWithinReceived: (t) => t.receivedOnlineCapable <= t.received,
  fullWithinOnline: (t) => t.receivedOnlineFull <= t.receivedOnline,
  overdueWithinPending: (t) => t.pendingOverdue <= t.pending,
  resolvedSplit: (t) => t.resolvedEarly + t.resolvedOnTime + t.resolvedLate === t.resolved,
  feePaidWithinFees: (t) => t.feePaidOnline <= t.feeDossiers,
  feesWithinResolved: (t) => t.feeDossiers <= t.resolved,
}

export interface InvariantViolation {
  unitId: string
  month: string
  rule: InvariantRule
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

/** Splits rows into those fit for figures and the violations of the rest (which are left out). */
export function screenRows<R extends StatRowLike>(rows: readonly R[]): { valid: R[]; violations: InvariantViolation[] } {
  const valid: R[] = []
  const violations: InvariantViolation[] = []
  for (const row of rows) {
    // Almost every row keeps every rule: one pass of comparisons, the details only for the others.
    if (keepsAllRules(row)) {
      valid.push(row)
      continue
    }
    const found = rowViolations(row)
    if (found.length === 0) valid.push(row)
    else violations.push(...found)
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
