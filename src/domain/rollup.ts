// From a /stats partition to totals per unit and month, and over a period.
import {
  addInto,
  addReported,
  addVoided,
  emptyTotals,
  FLOW_FIELDS,
  STOCK_FIELDS,
  totalsOf,
  type StatRowLike,
  type Totals,
} from './totals'
import { ancestorsOf, type UnitTree } from './units'

/** Totals per month for one unit: month → totals (read-only: some are the answer's own rows). */
export type MonthlyTotals = Map<string, Totals>

/**
 * Totals per unit and month: each row counts for its own unit and for every ancestor in the tree,
 * so a unit's figure is the sum of its own rows and of every unit below it in the answer.
 */
export function rollupByUnit(rows: readonly StatRowLike[], tree: UnitTree): Map<string, MonthlyTotals> {
  const out = new Map<string, MonthlyTotals>()
  const chains = new Map<string, string[]>()
  // A unit-month with a single row takes that row as its totals, read-only (at national scale most rows
  // are communes': ~10⁵ copies and tens of MB saved); a second row into it makes a copy to add into.
  const borrowed = new Set<Totals>()
  for (const row of rows) {
    let chain = chains.get(row.unitId)
    if (!chain) {
      chain = ancestorsOf(tree, row.unitId).map((unit) => unit.id)
      if (chain.length === 0) chain = [row.unitId]
      chains.set(row.unitId, chain)
    }
    for (const unitId of chain) {
      let monthly = out.get(unitId)
      if (!monthly) out.set(unitId, (monthly = new Map()))
      let totals = monthly.get(row.month)
      if (!totals) {
        monthly.set(row.month, row)
        borrowed.add(row)
        continue
      }
      if (borrowed.has(totals)) monthly.set(row.month, (totals = totalsOf(totals)))
      addInto(totals, row)
    }
  }
  return out
}

/**
 * Totals over a period: flows add up over its months; stocks take the value of the period's last
 * month (a month without a row had nothing pending).
 */
export function overPeriod(monthly: MonthlyTotals | undefined, months: readonly string[]): Totals {
  const out = emptyTotals()
  if (!monthly) return out
  for (const month of months) {
    const totals = monthly.get(month)
    if (!totals) continue
    for (const field of FLOW_FIELDS) out[field] += totals[field]
    if (totals.voided) addVoided(out, totals.voided, FLOW_FIELDS)
    addReported(out, totals)
  }
  const last = months.length > 0 ? monthly.get(months[months.length - 1]!) : undefined
  for (const field of STOCK_FIELDS) out[field] = last ? last[field] : 0
  if (last?.voided) addVoided(out, last.voided, STOCK_FIELDS)
  return out
}
