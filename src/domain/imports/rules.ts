// The contract's row invariants on an imported row: a rule is checked only where every field it reads is
// reported (CONTRACT.md, "not reported is not zero").
import type { ImportCountField, ImportedRow } from './types'

type Sum = readonly ImportCountField[]
/** left ≤ right (or = when `equal`), each side a sum of fields. */
interface Rule {
  left: Sum
  right: Sum
  equal?: boolean
}

const RULES: readonly Rule[] = [
  { left: ['receivedOnline', 'receivedPostal'], right: ['received'] },
  // Implied by the two above; said alone, since a sheet without the postal split still has it.
  { left: ['receivedOnline'], right: ['received'] },
  { left: ['receivedOnline'], right: ['receivedOnlineCapable'] },
  { left: ['receivedOnlineCapable'], right: ['received'] },
  { left: ['receivedOnlineFull'], right: ['receivedOnline'] },
  { left: ['pendingOverdue'], right: ['pending'] },
  { left: ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'], right: ['resolved'], equal: true },
  { left: ['feePaidOnline'], right: ['feeDossiers'] },
  { left: ['feeDossiers'], right: ['resolved'] },
  { left: ['digitizedAtIntake'], right: ['received'] },
  { left: ['resultsDigitized'], right: ['resolved'] },
]

/** The rule a row breaks, written as "a + b ≤ c" with the fields' names; null when it keeps every rule. */
export function brokenRule(row: ImportedRow): string | null {
  for (const rule of RULES) {
    const fields = [...rule.left, ...rule.right]
    if (fields.some((field) => row[field] === undefined)) continue
    const sum = (side: Sum) => side.reduce((total, field) => total + row[field]!, 0)
    const left = sum(rule.left)
    const right = sum(rule.right)
    if (rule.equal ? left === right : left <= right) continue
    return `${rule.left.join(' + ')} ${rule.equal ? '=' : '<='} ${rule.right.join(' + ')}`
  }
  return null
}
