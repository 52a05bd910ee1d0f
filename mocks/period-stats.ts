// A /stats answer to grain=period: the monthly partition (stats.ts) summed into one row per unit over the range
// (CONTRACT.md, "Period sums"). Flows add up; a flow stays only where every month of the unit reports it (a month
// left out of the monthly answer is all zeros: it reports every count); stocks are the range's last month's.
import type { PeriodStatRow, StatRow } from '../src/api/contract'
import { clipRange, monthsOf, type MonthRange } from '../src/domain/periods'
import { FLOW_FIELDS, OPTIONAL_FLOW_FIELDS, STOCK_FIELDS } from '../src/domain/totals'
import { statsRows } from './stats'
import type { Dataset, MockUnit } from './units'

const FLOWS = [...FLOW_FIELDS, ...OPTIONAL_FLOW_FIELDS] as const
type Counts = Partial<Record<(typeof FLOWS)[number] | (typeof STOCK_FIELDS)[number], number>>

/** The months of `range` in which `unit` exists. */
const unitRange = (unit: MockUnit, range: MonthRange): MonthRange | null =>
  clipRange(range, { from: unit.validFrom ?? range.from, to: unit.validTo ?? range.to })

/** One unit's monthly rows (of one kind) summed over `range`: null when it has none. */
export function sumMonths(
  unitId: string,
  includesDescendants: boolean,
  range: MonthRange,
  rows: readonly StatRow[],
): PeriodStatRow | null {
  if (rows.length === 0) return null
  const counts: Counts = {}
  for (const field of FLOWS) {
    if (rows.every((row) => row[field] !== undefined)) counts[field] = rows.reduce((sum, row) => sum + row[field]!, 0)
  }
  const last = rows.find((row) => row.month === range.to)
  for (const field of STOCK_FIELDS) {
    const value = last ? last[field] : 0 // a month left out is all zeros
    if (value !== undefined) counts[field] = value
  }
  return { unitId, from: range.from, to: range.to, includesDescendants, received: counts.received ?? 0, ...counts }
}

/** A unit's row over months in which it had no dossier: every count 0 (a month left out reports every count). */
function zeroRow(unitId: string, includesDescendants: boolean, months: MonthRange): PeriodStatRow {
  const counts = Object.fromEntries([...FLOWS, ...STOCK_FIELDS].map((field) => [field, 0]))
  return { unitId, from: months.from, to: months.to, includesDescendants, received: 0, ...counts }
}

/**
 * Rows for `root`'s subtree over `range` (already clipped to the months with data), one per unit. `everyUnit`
 * (asked with `behind`): also a row of zeros for each unit of the answer without a dossier in its months, so that
 * every unit carries its months behind.
 */
export function periodStatsRows(
  dataset: Dataset,
  root: MockUnit,
  depth: number,
  range: MonthRange,
  everyUnit = false,
): PeriodStatRow[] {
  const monthly = statsRows(dataset, root, depth, monthsOf(range))
  const groups = new Map<string, StatRow[]>()
  for (const row of monthly) {
    const key = `${row.includesDescendants ? 1 : 0}|${row.unitId}`
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  const out: PeriodStatRow[] = []
  for (const [key, rows] of groups) {
    const unit = dataset.tree.byId.get(rows[0]!.unitId)
    const months = unit ? unitRange(unit, range) : null
    const row = months && sumMonths(rows[0]!.unitId, key.startsWith('1'), months, rows)
    if (row) out.push(row)
  }
  if (!everyUnit) return out
  const has = new Set(out.map((row) => `${row.includesDescendants ? 1 : 0}|${row.unitId}`))
  const visit = (unit: MockUnit, level: number) => {
    const months = unitRange(unit, range)
    if (!months) return
    const key = `${level === depth ? 1 : 0}|${unit.id}`
    if (!has.has(key)) out.push(zeroRow(unit.id, level === depth, months))
    if (level < depth) for (const child of dataset.tree.childrenOf.get(unit.id) ?? []) visit(child, level + 1)
  }
  visit(root, 0)
  return out
}
