// Month ranges ("YYYY-MM", inclusive), presets and comparison periods. "Now" is always a parameter.

export interface MonthRange {
  from: string
  to: string
}

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

/** Whether a string is a valid "YYYY-MM" month. */
export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value)
}

/** Months since year 0: a number that orders and subtracts. */
export function monthIndex(month: string): number {
  const match = MONTH_PATTERN.exec(month)
  if (!match) throw new RangeError(`Not a month: ${month}`)
  return Number(match[1]) * 12 + Number(match[2]) - 1
}

/** The month for a monthIndex. */
function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

/** The month `count` months after (or before, if negative) `month`. */
export function addMonths(month: string, count: number): string {
  return monthFromIndex(monthIndex(month) + count)
}

/** Every month of a range, in order; empty when from > to. */
export function monthsOf(range: MonthRange): string[] {
  const out: string[] = []
  for (let i = monthIndex(range.from); i <= monthIndex(range.to); i++) out.push(monthFromIndex(i))
  return out
}

/** How many months a range covers. */
export function rangeLength(range: MonthRange): number {
  return Math.max(0, monthIndex(range.to) - monthIndex(range.from) + 1)
}

export type PeriodPreset = 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'yearToDate' | 'last12Months'

/** A preset's range as of the month `now`; `{ year }` gives that calendar year. */
export function presetRange(preset: PeriodPreset | { year: number }, now: string): MonthRange {
  if (typeof preset === 'object') return { from: `${preset.year}-01`, to: `${preset.year}-12` }
  const index = monthIndex(now)
  switch (preset) {
    case 'thisMonth':
      return { from: now, to: now }
    case 'lastMonth': {
      const last = addMonths(now, -1)
      return { from: last, to: last }
    }
    case 'thisQuarter':
      return { from: monthFromIndex(index - (index % 3)), to: now }
    case 'yearToDate':
      return { from: monthFromIndex(index - (index % 12)), to: now }
    case 'last12Months':
      return { from: addMonths(now, -11), to: now }
  }
}

export type Comparison = 'previousPeriod' | 'samePeriodLastYear'

/** The baseline of a range: the period of equal length just before it, or the same months a year before. */
export function comparisonRange(range: MonthRange, comparison: Comparison): MonthRange {
  const shift = comparison === 'samePeriodLastYear' ? -12 : -rangeLength(range)
  return { from: addMonths(range.from, shift), to: addMonths(range.to, shift) }
}

/** The part of `range` inside `available`, or null when they do not overlap. */
export function clipRange(range: MonthRange, available: MonthRange): MonthRange | null {
  const from = Math.max(monthIndex(range.from), monthIndex(available.from))
  const to = Math.min(monthIndex(range.to), monthIndex(available.to))
  return from <= to ? { from: monthFromIndex(from), to: monthFromIndex(to) } : null
}

/** The smallest range covering all of the given ranges. */
export function coveringRange(ranges: readonly MonthRange[]): MonthRange {
  if (ranges.length === 0) throw new RangeError('No ranges to cover')
  const from = Math.min(...ranges.map((r) => monthIndex(r.from)))
  const to = Math.max(...ranges.map((r) => monthIndex(r.to)))
  return { from: monthFromIndex(from), to: monthFromIndex(to) }
}

/**
 * The months a view of `range` fetches: its comparison periods and the twelve months ending at its
 * end, widened to whole calendar years (so a nearby period needs no new request), within `available`.
 */
export function fetchWindow(range: MonthRange, available: MonthRange): MonthRange {
  const length = rangeLength(range)
  const needed = coveringRange([
    range,
    comparisonRange(range, 'previousPeriod'),
    comparisonRange(range, 'samePeriodLastYear'),
    { from: addMonths(range.to, -Math.max(12, length) + 1), to: range.to },
  ])
  const years = { from: `${needed.from.slice(0, 4)}-01`, to: `${needed.to.slice(0, 4)}-12` }
  return clipRange(years, available) ?? range
}

/** The months a trend shows: at least twelve, ending at the period's end, within `available`. */
export function trendMonths(range: MonthRange, available: MonthRange): string[] {
  const from = addMonths(range.to, -Math.max(12, rangeLength(range)) + 1)
  const clipped = clipRange({ from, to: range.to }, available)
  return clipped ? monthsOf(clipped) : []
}

/** The months a scope-wide list needs: the period, its comparison period and the 12 months ending with it. */
export function scanWindow(range: MonthRange, comparison: Comparison, available: MonthRange): MonthRange {
  const needed = coveringRange([
    range,
    comparisonRange(range, comparison),
    { from: addMonths(range.to, -11), to: range.to },
  ])
  return clipRange(needed, available) ?? range
}

/**
 * `next`, or `previous` when it is the same range: a computed range that keeps its identity while the
 * months do not change lets a period move inside fetched data cost no new plan, rollup or screening.
 */
export function sameRangeOr<R extends MonthRange | null>(previous: R | undefined, next: R): R {
  return previous && next && previous.from === next.from && previous.to === next.to ? previous : next
}

/** The distinct years a list of months touches, in order. */
export function yearsOf(months: readonly string[]): number[] {
  return [...new Set(months.map((month) => Number(month.slice(0, 4))))].sort((a, b) => a - b)
}
