// The numeric fields of a monthly statistics row, and how they add up (CONTRACT.md).
// The domain declares these shapes itself; the parsed API types satisfy them structurally.

export const FLOW_FIELDS = [
  'received', 'receivedOnline', 'receivedPostal', 'receivedOnlineFull', 'receivedOnlineCapable',
  'resolved', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate',
  'feeDossiers', 'feePaidOnline',
  'ratedVerySatisfied', 'ratedSatisfied', 'ratedDissatisfied', 'complaints',
] as const

/** Stocks at a month's end: they add over units, but over a period take the last month's value. */
export const STOCK_FIELDS = ['pending', 'pendingOverdue'] as const

export const COUNT_FIELDS = [...FLOW_FIELDS, ...STOCK_FIELDS] as const

export type FlowField = (typeof FLOW_FIELDS)[number]
export type StockField = (typeof STOCK_FIELDS)[number]
export type CountField = (typeof COUNT_FIELDS)[number]

export type Totals = Record<CountField, number>

/** One row of a /stats answer, as far as the domain needs it. */
export interface StatRowLike extends Totals {
  unitId: string
  month: string
  includesDescendants: boolean
}

/** A fresh all-zero totals record. */
export function emptyTotals(): Totals {
  const totals = {} as Totals
  for (const field of COUNT_FIELDS) totals[field] = 0
  return totals
}

/** Adds every count of `source` into `target` (units add up, flows and stocks alike). */
export function addInto(target: Totals, source: Totals): Totals {
  for (const field of COUNT_FIELDS) target[field] += source[field]
  return target
}

/** Copies only the counts of a row (drops unitId, month…). */
export function totalsOf(source: Totals): Totals {
  return addInto(emptyTotals(), source)
}
