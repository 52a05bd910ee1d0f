// A /stats answer: the partition of a subtree's dossiers at a depth (CONTRACT.md).
import type { StatRow } from '../src/api/contract'
import { addInto, emptyTotals, totalsOf, type Totals } from '../src/domain/totals'
import { ownRow as generatedRow } from './generator'
import { importedOwnRow, importsVersion, unreportedBelow } from './import-store'
import type { Dataset, MockUnit } from './units'

/** A unit's own row: what was imported for it, else the generator's. */
const ownRow = (unit: MockUnit, month: string) => importedOwnRow(unit.id, month) ?? generatedRow(unit, month)

/** A subtree's row without the counts that some imported row below did not report (they would be partial sums). */
function reportedOnly(dataset: Dataset, row: StatRow): StatRow {
  const unreported = unreportedBelow(dataset.tree, row.unitId, row.month)
  if (unreported.length === 0) return row
  const out: Partial<StatRow> = { ...row }
  for (const field of unreported) delete out[field]
  return out as StatRow
}

// Subtree totals of units with children, per month. The same unit id means the same numbers in
// every dataset (the demo is a subset of the national one), so one cache serves both.
const subtreeCache = new Map<string, Totals | null>()
let cachedVersion = 0

function subtreeTotals(dataset: Dataset, unit: MockUnit, month: string): Totals | null {
  const children = dataset.tree.childrenOf.get(unit.id)
  if (!children) {
    const own = ownRow(unit, month)
    return own ? totalsOf(own) : null
  }
  const key = `${unit.id}|${month}`
  if (subtreeCache.has(key)) return subtreeCache.get(key)!
  const own = ownRow(unit, month)
  let totals: Totals | null = own ? totalsOf(own) : null
  for (const child of children) {
    const childTotals = subtreeTotals(dataset, child, month)
    if (childTotals) totals = addInto(totals ?? emptyTotals(), childTotals)
  }
  subtreeCache.set(key, totals)
  return totals
}

/**
 * Rows for `root`'s subtree over `months`: units less deep than `depth` give their own dossiers,
 * units exactly `depth` below give theirs plus all their descendants'. All-zero rows are left out.
 */
export function statsRows(dataset: Dataset, root: MockUnit, depth: number, months: readonly string[]): StatRow[] {
  if (cachedVersion !== importsVersion()) {
    subtreeCache.clear() // an import or a revert changed some unit's own rows
    cachedVersion = importsVersion()
  }
  const rows: StatRow[] = []
  const visit = (unit: MockUnit, level: number) => {
    if (level === depth) {
      const hasChildren = dataset.tree.childrenOf.has(unit.id)
      for (const month of months) {
        if (!hasChildren) {
          // Nothing below it: its own row is its subtree's (one object, not a copy of a copy).
          const own = ownRow(unit, month)
          if (own) rows.push({ ...own, includesDescendants: true })
          continue
        }
        const totals = subtreeTotals(dataset, unit, month)
        if (totals) rows.push(reportedOnly(dataset, { unitId: unit.id, month, includesDescendants: true, ...totals }))
      }
      return
    }
    for (const month of months) {
      const own = ownRow(unit, month)
      if (own) rows.push(own)
    }
    for (const child of dataset.tree.childrenOf.get(unit.id) ?? []) visit(child, level + 1)
  }
  visit(root, 0)
  return rows
}
