// Period ranges (inclusive) of either grain: months ("YYYY-MM") or ISO weeks ("YYYY-Www", weeks.ts). A range's grain
// is its keys' form, so every function here works on both and the domain's rollups, figures and runs behind read week
// rows as they read month rows. Presets and comparison periods; "now" is always a parameter.
import { addWeeks, isWeek, sameWeekLastYear, weekIndex, weekMonths } from './weeks'

/** A range of months, or of ISO weeks (both ends of the same grain). */
export interface MonthRange {
  from: string
  to: string
}

export type Grain = 'month' | 'week'

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

/** The grain of a period key: a week ("2026-W48") or a month ("2026-11"). */
export const grainOf = (key: string): Grain => (isWeek(key) ? 'week' : 'month')

/** A period key's number in its grain: it orders and subtracts (months since year 0, weeks since 1970-W01). */
export const periodIndex = (key: string): number => (isWeek(key) ? weekIndex(key) : monthIndex(key))

/** The key of a periodIndex in a grain. */
const periodFromIndex = (index: number, grain: Grain): string =>
  grain === 'week' ? addWeeks('1970-W01', index) : monthFromIndex(index)

/** The period `count` periods (months or weeks) after, or before if negative, `key`. */
export const shiftPeriod = (key: string, count: number): string =>
  periodFromIndex(periodIndex(key) + count, grainOf(key))

/** Every period (month or week) of a range, in order; empty when from > to. */
export function monthsOf(range: MonthRange): string[] {
  const grain = grainOf(range.from)
  const out: string[] = []
  for (let i = periodIndex(range.from), last = periodIndex(range.to); i <= last; i++) {
    out.push(periodFromIndex(i, grain))
  }
  return out
}

/** How many periods (months or weeks) a range covers. */
export function rangeLength(range: MonthRange): number {
  return Math.max(0, periodIndex(range.to) - periodIndex(range.from) + 1)
}

/** How many periods a trend shows at least, and a run behind looks back over: a year of months, a quarter of weeks. */
export const trendLength = (grain: Grain): number => (grain === 'week' ? 13 : 12)

/** The month whose structure of units a range shows: its last month (a week's: the month of its Sunday). */
export const lastMonthOfRange = (range: Pick<MonthRange, 'to'>): string =>
  isWeek(range.to) ? weekMonths(range.to).at(-1)!.month : range.to

/** A range in months covering a range of either grain (a week range: every month its days touch). */
export function monthsCovering(range: MonthRange): MonthRange {
  if (!isWeek(range.from)) return range
  return { from: weekMonths(range.from)[0]!.month, to: weekMonths(range.to).at(-1)!.month }
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

/**
 * The baseline of a range: the period of equal length just before it (month on month, week on week), or the same
 * months a year before (the same week numbers: week 53 stands against week 52 of a year without one).
 */
export function comparisonRange(range: MonthRange, comparison: Comparison): MonthRange {
  if (comparison === 'samePeriodLastYear' && isWeek(range.from)) {
    return { from: sameWeekLastYear(range.from), to: sameWeekLastYear(range.to) }
  }
  const shift = comparison === 'samePeriodLastYear' ? -12 : -rangeLength(range)
  return { from: shiftPeriod(range.from, shift), to: shiftPeriod(range.to, shift) }
}

/** Both ranges of one grain: a week compared with a month is a mistake, never a silent wrong answer. */
function sameGrain(ranges: readonly MonthRange[]): Grain {
  const grain = grainOf(ranges[0]!.from)
  if (ranges.some((r) => grainOf(r.from) !== grain || grainOf(r.to) !== grain)) {
    throw new RangeError('Ranges of months and of weeks mixed')
  }
  return grain
}

/** The part of `range` inside `available`, or null when they do not overlap. */
export function clipRange(range: MonthRange, available: MonthRange): MonthRange | null {
  const grain = sameGrain([range, available])
  const from = Math.max(periodIndex(range.from), periodIndex(available.from))
  const to = Math.min(periodIndex(range.to), periodIndex(available.to))
  return from <= to ? { from: periodFromIndex(from, grain), to: periodFromIndex(to, grain) } : null
}

/** The smallest range covering all of the given ranges. */
export function coveringRange(ranges: readonly MonthRange[]): MonthRange {
  if (ranges.length === 0) throw new RangeError('No ranges to cover')
  const grain = sameGrain(ranges)
  const from = Math.min(...ranges.map((r) => periodIndex(r.from)))
  const to = Math.max(...ranges.map((r) => periodIndex(r.to)))
  return { from: periodFromIndex(from, grain), to: periodFromIndex(to, grain) }
}

/** The first and last period of a (ISO, for weeks) year. */
const wholeYear = (year: string, grain: Grain): MonthRange =>
  grain === 'week'
    ? { from: `${year}-W01`, to: shiftPeriod(`${Number(year) + 1}-W01`, -1) }
    : { from: `${year}-01`, to: `${year}-12` }

/**
 * The periods a view of `range` fetches: its comparison periods and the trend ending at its end (twelve months,
 * thirteen weeks), widened to whole years (so a nearby period needs no new request), within `available`. Months
 * needed from `structureFrom` on (the reorganisation of 2025-07, reform.ts) are not widened back before it: the
 * months before are other units' (a new unit's are its predecessors', each a request two levels deep).
 */
export function fetchWindow(range: MonthRange, available: MonthRange, structureFrom?: string): MonthRange {
  const grain = sameGrain([range, available])
  const needed = coveringRange([
    range,
    comparisonRange(range, 'previousPeriod'),
    comparisonRange(range, 'samePeriodLastYear'),
    { from: shiftPeriod(range.to, -Math.max(trendLength(grain), rangeLength(range)) + 1), to: range.to },
  ])
  const years = { from: wholeYear(needed.from.slice(0, 4), grain).from, to: wholeYear(needed.to.slice(0, 4), grain).to }
  const isWithinStructure = grain === 'month' && structureFrom !== undefined && needed.from >= structureFrom
  const from = isWithinStructure && years.from < structureFrom ? structureFrom : years.from
  return clipRange({ from, to: years.to }, available) ?? range
}

/** The periods a trend shows: at least 12 months (13 weeks), ending at the period's end, within `available`. */
export function trendMonths(range: MonthRange, available: MonthRange): string[] {
  const from = shiftPeriod(range.to, -Math.max(trendLength(grainOf(range.to)), rangeLength(range)) + 1)
  const clipped = clipRange({ from, to: range.to }, available)
  return clipped ? monthsOf(clipped) : []
}

/** What a scope-wide list needs: the period, its comparison period and the trend's periods ending with it. */
export function scanWindow(range: MonthRange, comparison: Comparison, available: MonthRange): MonthRange {
  const needed = coveringRange([
    range,
    comparisonRange(range, comparison),
    { from: shiftPeriod(range.to, -trendLength(grainOf(range.to)) + 1), to: range.to },
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

/** The distinct years a list of months touches, in order (of weeks: their ISO years, the years of their Thursdays). */
export function yearsOf(months: readonly string[]): number[] {
  return [...new Set(months.map((month) => Number(month.slice(0, 4))))].sort((a, b) => a - b)
}
