// A /stats answer: the partition of a subtree's dossiers at a depth (CONTRACT.md).
import type { StatRow } from '../src/api/contract'
import { addInto, emptyTotals, type Totals } from '../src/domain/totals'
import { isValidAt } from '../src/domain/validity'
import { ownRow as generatedRow } from './generator'
import { importedOwnRow, importsVersion, unreportedBelow } from './import-store'
import { visitDown, type Dataset, type MockUnit } from './units'

/** The counts of a row or subtree; digitisation only where reported (from 2023-01), absent before. */
type MockTotals = Totals & { digitizedAtIntake?: number; resultsDigitized?: number }
type MockRow = StatRow & { digitizedAtIntake?: number; resultsDigitized?: number }

/** A unit's own row: what was imported for it (issue 22), else the generator's. */
const ownRow = (unit: MockUnit, month: string): MockRow | null =>
  importedOwnRow(unit.id, month) ?? generatedRow(unit, month)

/** A subtree's row without the counts that some imported row below did not report (they would be partial sums). */
function reportedOnly(dataset: Dataset, row: MockRow): MockRow {
  const unreported = unreportedBelow(dataset.tree, row.unitId, row.month)
  if (unreported.length === 0) return row
  const out: Partial<MockRow> = { ...row }
  for (const field of unreported) delete out[field]
  return out as MockRow
}

/** Adds `source` into `target` (a fresh record when null); addInto adds the digitisation counts it reports. */
function addRow(target: MockTotals | null, source: MockTotals): MockTotals {
  return addInto(target ?? emptyTotals(), source)
}

/**
 * A subtree's totals as an API row: the digitisation counts only when every row below reported them (a row
 * cannot say "reported by some"), and without the domain's bookkeeping of what was reported.
 */
function apiCounts(totals: MockTotals): MockTotals {
  const { digitizedReceived, digitizedResolved, digitizedAtIntake, resultsDigitized, ...counts } = totals
  const out: MockTotals = counts
  if (digitizedAtIntake !== undefined && digitizedReceived === totals.received)
    out.digitizedAtIntake = digitizedAtIntake
  if (resultsDigitized !== undefined && digitizedResolved === totals.resolved) out.resultsDigitized = resultsDigitized
  return out
}

// Subtree totals of units with children, per month. The same unit id means the same numbers in
// every dataset (the demo is a subset of the national one), so one cache serves both.
const subtreeCache = new Map<string, MockTotals | null>()
let cachedVersion = 0

function subtreeTotals(dataset: Dataset, unit: MockUnit, month: string): MockTotals | null {
  const children = dataset.tree.childrenOf.get(unit.id)
  if (!children) {
    const own = ownRow(unit, month)
    return own ? addRow(null, own) : null
  }
  const key = `${unit.id}|${month}`
  if (subtreeCache.has(key)) return subtreeCache.get(key)!
  if (!isValidAt(unit, month)) return null
  const own = ownRow(unit, month)
  let totals: MockTotals | null = own ? addRow(null, own) : null
  for (const child of children) {
    const childTotals = subtreeTotals(dataset, child, month)
    if (childTotals) totals = addRow(totals, childTotals)
  }
  subtreeCache.set(key, totals)
  return totals
}

/** Forgets the subtree totals when an import or a revert changed some unit's own rows. */
function syncCache() {
  if (cachedVersion === importsVersion()) return
  subtreeCache.clear()
  cachedVersion = importsVersion()
}

/**
 * A unit's row for a month (null: none, or all zero): its own dossiers, or with all its descendants' (a row at the
 * answer's depth). The row is made for this call (generated, copied from the import or summed).
 */
export function rowOf(dataset: Dataset, unit: MockUnit, month: string, withDescendants: boolean): MockRow | null {
  syncCache()
  if (!withDescendants) return ownRow(unit, month)
  if (!dataset.tree.childrenOf.has(unit.id)) {
    // Nothing below it: its own row is its subtree's, marked rather than copied (a country's answer holds ~10⁴
    // such rows a month).
    const own = ownRow(unit, month)
    if (own) own.includesDescendants = true
    return own
  }
  const totals = subtreeTotals(dataset, unit, month)
  return totals && reportedOnly(dataset, { unitId: unit.id, month, includesDescendants: true, ...apiCounts(totals) })
}

/**
 * Rows for `root`'s subtree over `months` (a unit has rows only for the months it exists; the depth counts levels
 * of the unit's own tree): units less deep than `depth` give their own dossiers,
 * units exactly `depth` below give theirs plus all their descendants'. All-zero rows are left out.
 */
export function statsRows(dataset: Dataset, root: MockUnit, depth: number, months: readonly string[]): MockRow[] {
  const rows: MockRow[] = []
  visitDown(dataset, root, depth, (unit, level) => {
    for (const month of months) {
      const row = rowOf(dataset, unit, month, level === depth)
      if (row) rows.push(row)
    }
  })
  return rows
}

/** Whether the unit exists in one of the months (a loop: called for each unit and period of an answer). */
function existsIn(unit: MockUnit, months: readonly string[]): boolean {
  for (const month of months) if (isValidAt(unit, month)) return true
  return false
}

/** What a monthly /stats answer's rows are: statsRows' arguments. */
export interface RowsPlan {
  dataset: Dataset
  root: MockUnit
  depth: number
  /** Consecutive. */
  months: readonly string[]
}

const plans = new WeakMap<object, () => RowsPlan | null>()

/**
 * A monthly /stats answer, `{ rows }` of statsRows(plan), its rows made when first read: mock:serve may send it
 * gzipped from the pieces it keeps instead (row-pieces.ts), without making them. Rows read (to write the JSON, or by
 * an injected fault that changes them) are the answer's from then on: it has no plan any more.
 */
export function monthlyAnswer(plan: RowsPlan): { rows: MockRow[] } {
  let rows: MockRow[] | null = null
  const answer = {
    get rows(): MockRow[] {
      return (rows ??= statsRows(plan.dataset, plan.root, plan.depth, plan.months))
    },
    set rows(value: MockRow[]) {
      rows = value
    },
  }
  plans.set(answer, () => (rows === null ? plan : null))
  return answer
}

/** The plan of a monthly answer (monthlyAnswer) whose rows are not made yet; else null. */
export function rowsPlanOf(answer: unknown): RowsPlan | null {
  return (typeof answer === 'object' && answer !== null && plans.get(answer)?.()) || null
}

/** The units of `root`'s subtree down to `depth` (its own tree's levels), each counted once. */
export function unitsDown(dataset: Dataset, root: MockUnit, depth: number): number {
  let count = 0
  visitDown(dataset, root, depth, () => count++)
  return count
}

/**
 * An upper bound of an answer's rows, counted before any is made: each unit down to `depth` once for each period
 * (given as the months it touches) in which it exists. All-zero rows, left out of the answer, are counted.
 */
export function rowsAtMost(
  dataset: Dataset,
  root: MockUnit,
  depth: number,
  periods: ReadonlyArray<readonly string[]>,
): number {
  let count = 0
  visitDown(dataset, root, depth, (unit) => {
    for (const months of periods) if (existsIn(unit, months)) count++
  })
  return count
}
