// What a grain=period answer must hold, worked out here from a monthly answer of the same query (CONTRACT.md,
// "Period sums"), for the mock's and the server's tests: written apart from both, by the contract's words.
export type Row = Record<string, unknown> & { unitId: string; includesDescendants: boolean }
type Months = { from: string; to: string }

const FLOWS = [
  'received',
  'receivedOnline',
  'receivedPostal',
  'receivedOnlineFull',
  'receivedOnlineCapable',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'feeDossiers',
  'feePaidOnline',
  'ratedVerySatisfied',
  'ratedSatisfied',
  'ratedDissatisfied',
  'complaints',
  'digitizedAtIntake',
  'resultsDigitized',
]
const STOCKS = ['pending', 'pendingOverdue']

/**
 * The expected period rows, keyed `unitId|includesDescendants`: `monthsOf(unitId)` gives the months the unit's row
 * covers (the range within its own months and the data's). A month without a row is all zeros.
 */
export function expectedPeriodRows(
  monthly: readonly Row[],
  monthsOf: (unitId: string) => Months,
): Map<string, Record<string, unknown>> {
  const groups = new Map<string, Row[]>()
  for (const row of monthly) {
    const key = `${row.unitId}|${row.includesDescendants}`
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  const out = new Map<string, Record<string, unknown>>()
  for (const [key, rows] of groups) {
    const { unitId, includesDescendants } = rows[0]!
    const { from, to } = monthsOf(unitId)
    const expected: Record<string, unknown> = { unitId, from, to, includesDescendants }
    for (const field of FLOWS) {
      let sum = 0
      let reported = true
      for (const row of rows) {
        if (typeof row[field] === 'number') sum += row[field]
        else reported = false
      }
      if (reported) expected[field] = sum
    }
    const last = rows.find((row) => row.month === to)
    for (const field of STOCKS) {
      if (!last) expected[field] = 0
      else if (typeof last[field] === 'number') expected[field] = last[field]
    }
    out.set(key, expected)
  }
  return out
}

/** The answer's rows keyed as expectedPeriodRows keys them (each key once). */
export function periodRowsByKey(rows: readonly Row[]): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>()
  for (const row of rows) {
    const key = `${row.unitId}|${row.includesDescendants}`
    if (out.has(key)) throw new Error(`Two rows for ${key}`)
    out.set(key, row)
  }
  return out
}

/** The range clipped to a unit's own months (validFrom/validTo) and to the months with data. */
export function clippedMonths(
  range: Months,
  data: Months,
  unit: { validFrom?: string; validTo?: string } | undefined,
): Months {
  const from = [range.from, data.from, unit?.validFrom ?? ''].reduce((a, b) => (a > b ? a : b))
  const to = [range.to, data.to, unit?.validTo ?? '9999-99'].reduce((a, b) => (a < b ? a : b))
  return { from, to }
}
