// The mock's imported statistics, in memory: what each import put in and what it replaced, so that
// /stats answers the imported rows at once and a revert restores exactly what was there.
import type { ImportReport, StatRow } from '../src/api/contract'
import { IMPORT_COUNT_FIELDS, periodOf, type ImportCountField, type ImportedRow } from '../src/domain/imports/types'
import { isWithin, type UnitTree } from '../src/domain/units'

interface StoredImport {
  report: ImportReport
  keys: string[]
  /** What each unit-period held before: an earlier import's row, or null for the generated one. */
  replaced: Map<string, ImportedRow | null>
}

const imports: StoredImport[] = []
const current = new Map<string, ImportedRow>()
let version = 0

const keyOf = (unitId: string, period: string) => `${unitId}|${period}`

/** Changes whenever the imported rows do (the stats cache keys on it). */
export const importsVersion = () => version

/** The unit's own row for a month as imported (counts it did not report left out), if one was. */
export function importedOwnRow(unitId: string, month: string): StatRow | undefined {
  if (current.size === 0) return undefined // nothing imported: no key to make for each generated row
  const row = current.get(keyOf(unitId, month))
  if (!row || row.month === undefined) return undefined
  const { week: _week, ...rest } = row
  // Not every count is there: the rows of /stats may leave out what was not reported (CONTRACT.md).
  return { ...rest, month, includesDescendants: false } as StatRow
}

/** Whether an import holds a row for the unit and period. */
export const hasImported = (unitId: string, period: string) => current.has(keyOf(unitId, period))

/** The counts some imported row of `month` in `unitId`'s subtree does not report: its subtree total lacks them. */
export function unreportedBelow(tree: UnitTree, unitId: string, month: string): ImportCountField[] {
  if (current.size === 0) return []
  const out = new Set<ImportCountField>()
  for (const row of current.values()) {
    if (row.month !== month || !isWithin(tree, row.unitId, unitId)) continue
    for (const field of IMPORT_COUNT_FIELDS) if (row[field] === undefined) out.add(field)
  }
  return [...out]
}

/** Applies the rows of an import, all at once. */
export function applyImport(report: ImportReport, rows: readonly ImportedRow[]): void {
  const replaced = new Map<string, ImportedRow | null>()
  const keys = rows.map((row) => keyOf(row.unitId, periodOf(row)))
  rows.forEach((row, i) => {
    replaced.set(keys[i]!, current.get(keys[i]!) ?? null)
    current.set(keys[i]!, row)
  })
  imports.push({ report, keys, replaced })
  version += 1
}

export type RevertOutcome = 'reverted' | 'unknown' | 'alreadyReverted' | 'replacedLater'

/** Restores what an import replaced; refused while a later import still holds some of its rows. */
export function revertImport(id: string, at: string): { outcome: RevertOutcome; report?: ImportReport } {
  const index = imports.findIndex((entry) => entry.report.id === id)
  const entry = imports[index]
  if (!entry) return { outcome: 'unknown' }
  if (entry.report.revertedAt) return { outcome: 'alreadyReverted', report: entry.report }
  const later = imports.slice(index + 1).filter((other) => !other.report.revertedAt)
  if (later.some((other) => other.keys.some((key) => entry.replaced.has(key))))
    return { outcome: 'replacedLater', report: entry.report }
  for (const [key, before] of entry.replaced) {
    if (before) current.set(key, before)
    else current.delete(key)
  }
  entry.report = { ...entry.report, revertedAt: at }
  version += 1
  return { outcome: 'reverted', report: entry.report }
}

/** Every import, newest first. */
export const importHistory = (): ImportReport[] => imports.map((entry) => entry.report).reverse()

/** Forgets every import (tests). */
export function resetImports(): void {
  imports.length = 0
  current.clear()
  version += 1
}
