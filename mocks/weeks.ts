// grain=week: ISO-week rows derived from the monthly rows (MOCK-DATA.md "Weeks"). A month's flows are split
// over the weeks that touch it by their days in the month, with largest remainders, so the weeks inside a
// month and the parts of the weeks it shares with its neighbours add up to the month exactly; each count
// nested in another (online in capable in received, late in resolved…) is split in proportion to its parent's
// parts, so no week breaks a rule its months keep. Stocks are read at the week's Sunday, between the ends of
// its month and of the month before.
import type { StatRow, WeekStatRow } from '../src/api/contract'
import { addMonths } from '../src/domain/periods'
import { addInto, emptyTotals, OPTIONAL_FLOW_FIELDS, type Totals } from '../src/domain/totals'
import { weekDates, weekMonths, weeksTouchingMonth } from '../src/domain/weeks'
import { distribute, ownRow } from './generator'
import { visitDown, type Dataset, type MockUnit } from './units'

export const FIRST_WEEK = '2025-W27'
export const LAST_WEEK = '2026-W48'

/** A unit's own row of a month (the generator's), or null when it has none. */
export type MonthRowSource = (unit: MockUnit, month: string) => StatRow | null

type Flows = Omit<Totals, 'pending' | 'pendingOverdue' | 'voided'>

const minus = (a: readonly number[], b: readonly number[]) => a.map((x, i) => x - b[i]!)

/** A month's flows split over the weeks that touch it, by the days each has in the month. */
export function splitMonth(row: StatRow, days: readonly number[]): Flows[] {
  const received = distribute(row.received, days)
  const capable = distribute(row.receivedOnlineCapable, received)
  const online = distribute(row.receivedOnline, capable)
  const full = distribute(row.receivedOnlineFull, online)
  const postal = distribute(row.receivedPostal, minus(received, online))
  const resolved = distribute(row.resolved, days)
  const late = distribute(row.resolvedLate, resolved)
  const early = distribute(row.resolvedEarly, minus(resolved, late))
  const fees = distribute(row.feeDossiers, resolved)
  const paid = distribute(row.feePaidOnline, fees)
  const very = distribute(row.ratedVerySatisfied, days)
  const satisfied = distribute(row.ratedSatisfied, days)
  const dissatisfied = distribute(row.ratedDissatisfied, days)
  const complaints = distribute(row.complaints, days)
  const intake = row.digitizedAtIntake === undefined ? null : distribute(row.digitizedAtIntake, received)
  const results = row.resultsDigitized === undefined ? null : distribute(row.resultsDigitized, resolved)
  return days.map((_, i) => ({
    received: received[i]!,
    receivedOnline: online[i]!,
    receivedPostal: postal[i]!,
    receivedOnlineFull: full[i]!,
    receivedOnlineCapable: capable[i]!,
    resolved: resolved[i]!,
    resolvedEarly: early[i]!,
    resolvedOnTime: resolved[i]! - late[i]! - early[i]!,
    resolvedLate: late[i]!,
    feeDossiers: fees[i]!,
    feePaidOnline: paid[i]!,
    ratedVerySatisfied: very[i]!,
    ratedSatisfied: satisfied[i]!,
    ratedDissatisfied: dissatisfied[i]!,
    complaints: complaints[i]!,
    ...(intake ? { digitizedAtIntake: intake[i]! } : {}),
    ...(results ? { resultsDigitized: results[i]! } : {}),
  }))
}

const monthSplits = new Map<string, Map<string, Flows> | null>()

/** The parts of a unit's month, by week (memoised). */
function monthParts(unit: MockUnit, month: string, source: MonthRowSource): Map<string, Flows> | null {
  const key = `${unit.id}|${month}`
  if (monthSplits.has(key)) return monthSplits.get(key)!
  const row = source(unit, month)
  let parts: Map<string, Flows> | null = null
  if (row) {
    const weeks = weeksTouchingMonth(month)
    const days = weeks.map((week) => weekMonths(week).find((m) => m.month === month)!.days)
    const split = splitMonth(row, days)
    parts = new Map(weeks.map((week, i) => [week, split[i]!]))
  }
  monthSplits.set(key, parts)
  return parts
}

const exists = (unit: MockUnit, month: string) =>
  (!unit.validFrom || month >= unit.validFrom) && (!unit.validTo || month <= unit.validTo)

/** The stocks at the week's Sunday: between the month before's end and its month's end, by days. */
function stocksAt(unit: MockUnit, sunday: string, source: MonthRowSource): { pending: number; pendingOverdue: number } {
  const month = sunday.slice(0, 7)
  const now = exists(unit, month) ? source(unit, month) : null
  if (!now) return { pending: 0, pendingOverdue: 0 }
  const before = exists(unit, addMonths(month, -1)) ? source(unit, addMonths(month, -1)) : null
  const day = Number(sunday.slice(8, 10))
  const length = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()
  const at = (end: number, start: number) => Math.round(start + ((end - start) * day) / length)
  const pending = at(now.pending, before?.pending ?? now.pending)
  const pendingOverdue = Math.min(pending, at(now.pendingOverdue, before?.pendingOverdue ?? now.pendingOverdue))
  return { pending, pendingOverdue }
}

const isEmpty = (t: Totals) => Object.values(t).every((value) => typeof value !== 'number' || value === 0)

/** A unit's own dossiers in a week (its descendants' not included); null when every count is 0. */
export function ownWeekRow(unit: MockUnit, week: string, source: MonthRowSource = ownRow): WeekStatRow | null {
  const totals = emptyTotals()
  let reported: Record<string, boolean> | null = null
  for (const { month } of weekMonths(week)) {
    const part = monthParts(unit, month, source)?.get(week)
    if (!part) continue
    addInto(totals, { ...part, pending: 0, pendingOverdue: 0 })
    reported ??= Object.fromEntries(OPTIONAL_FLOW_FIELDS.map((f) => [f, true]))
    for (const field of OPTIONAL_FLOW_FIELDS) if (part[field] === undefined) reported[field] = false
  }
  Object.assign(totals, stocksAt(unit, weekDates(week).sunday, source))
  if (isEmpty(totals)) return null
  return toWeekRow(unit.id, week, false, totals, reported)
}

/** The API row of some totals: an optional count only when every part reported it. */
function toWeekRow(
  unitId: string,
  week: string,
  includesDescendants: boolean,
  totals: Totals,
  reported: Record<string, boolean> | null,
): WeekStatRow {
  const { digitizedAtIntake, resultsDigitized, digitizedReceived, digitizedResolved, voided: _v, ...counts } = totals
  const row: WeekStatRow = { unitId, week, includesDescendants, ...counts }
  const whole = (field: string, base: number | undefined, of: number) =>
    reported?.[field] !== false && (base === undefined || base === of)
  if (digitizedAtIntake !== undefined && whole('digitizedAtIntake', digitizedReceived, counts.received))
    row.digitizedAtIntake = digitizedAtIntake
  if (resultsDigitized !== undefined && whole('resultsDigitized', digitizedResolved, counts.resolved))
    row.resultsDigitized = resultsDigitized
  return row
}

const subtreeCache = new Map<string, Totals | null>()

function subtreeWeekTotals(dataset: Dataset, unit: MockUnit, week: string, source: MonthRowSource): Totals | null {
  const key = `${unit.id}|${week}`
  if (subtreeCache.has(key)) return subtreeCache.get(key)!
  const own = ownWeekRow(unit, week, source)
  // The generator's weeks report every count (only digitisation is absent before 2023).
  let totals: Totals | null = own ? addInto(emptyTotals(), own as Totals & WeekStatRow) : null
  for (const child of dataset.tree.childrenOf.get(unit.id) ?? []) {
    const below = subtreeWeekTotals(dataset, child, week, source)
    if (below) totals = addInto(totals ?? emptyTotals(), below)
  }
  subtreeCache.set(key, totals)
  return totals
}

/** The weekly partition of `root`'s subtree at `depth` (CONTRACT.md), as statsRows is for months. */
export function weekStatsRows(
  dataset: Dataset,
  root: MockUnit,
  depth: number,
  weeks: readonly string[],
  source: MonthRowSource = ownRow,
): WeekStatRow[] {
  const rows: WeekStatRow[] = []
  visitDown(dataset, root, depth, (unit, level) => {
    for (const week of weeks) {
      if (level === depth) {
        const totals = subtreeWeekTotals(dataset, unit, week, source)
        if (totals) rows.push(toWeekRow(unit.id, week, true, totals, null))
      } else {
        const own = ownWeekRow(unit, week, source)
        if (own) rows.push(own)
      }
    }
  })
  return rows
}
