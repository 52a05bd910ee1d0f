// Targets set through PUT /targets, in memory over the generated ones, with their audit trail.
import { TARGET_RATE_FIELDS, type Target, type TargetRateField, type TargetUpdate } from '../src/api/contract'

type Edit = Partial<Record<TargetRateField, number | null>> & { setBy: string; setAt: string }

export interface TargetAuditEntry {
  at: string
  by: string
  unitId: string
  year: number
  metric: TargetRateField
  from: number | null
  to: number | null
}

const edits = new Map<string, Edit>()
const audit: TargetAuditEntry[] = []
const keyOf = (unitId: string, year: number) => `${unitId}|${year}`

/** The year's targets with the edits applied: a value set replaces, a null removes the unit's own value. */
export function withTargetEdits(targets: readonly Target[], year: number): Target[] {
  if (edits.size === 0) return [...targets]
  const byUnit = new Map(targets.map((t) => [t.unitId, { ...t }]))
  for (const [key, edit] of edits) {
    const [unitId, editYear] = key.split('|') as [string, string]
    if (Number(editYear) !== year) continue
    const target = byUnit.get(unitId) ?? { unitId, year }
    for (const metric of TARGET_RATE_FIELDS) {
      const value = edit[metric]
      if (value === null) delete target[metric]
      else if (value !== undefined) target[metric] = value
    }
    target.setBy = edit.setBy
    target.setAt = edit.setAt
    byUnit.set(unitId, target)
  }
  return [...byUnit.values()].filter((t) => TARGET_RATE_FIELDS.some((metric) => t[metric] !== undefined))
}

/** Records a change: each metric the update names, with its value before (from `before`) and after. */
export function setTarget(update: TargetUpdate, before: Target | undefined, by: string, at: string): void {
  const key = keyOf(update.unitId, update.year)
  const edit: Edit = { ...edits.get(key), setBy: by, setAt: at }
  for (const metric of TARGET_RATE_FIELDS) {
    const value = update[metric]
    if (value === undefined) continue
    audit.push({ at, by, unitId: update.unitId, year: update.year, metric, from: before?.[metric] ?? null, to: value })
    edit[metric] = value
  }
  edits.set(key, edit)
}

/** The audit trail of target changes, oldest first. */
export const targetAudit = (): readonly TargetAuditEntry[] => audit

/** Forgets every edit (tests). */
export function resetTargetEdits(): void {
  edits.clear()
  audit.length = 0
}
