// The index screen's period: the view's months, or one ISO week when the URL names one (`week=2026-W48`) and
// the server has weeks. Its baselines and the rows to ask for.
import { clipRange, comparisonRange, monthsOf, type MonthRange } from '../../domain/periods'
import { addWeeks, isWeek, weekIndex, weekMonths, weeksOf, type WeekRange } from '../../domain/weeks'
import type { IndexPeriods } from './index-model'

export type IndexPeriod = { grain: 'month'; range: MonthRange } | { grain: 'week'; week: string }

export { availableWeeks } from '../../domain/weeks'

/** The URL's week when it is a real week the server has; else null (the months are shown). */
export function chosenWeek(value: unknown, weeks: WeekRange | null): string | null {
  if (!weeks || typeof value !== 'string' || !isWeek(value)) return null
  const index = weekIndex(value)
  return index >= weekIndex(weeks.from) && index <= weekIndex(weeks.to) ? value : null
}

/** Four weeks: the second baseline of a week ("four weeks before", about a month). */
export const WEEKS_BEFORE = 4

/** The period's keys and its two baselines: last month and a year before; last week and four weeks before. */
export function indexPeriods(period: IndexPeriod): IndexPeriods {
  if (period.grain === 'week') {
    return {
      current: [period.week],
      previous: [addWeeks(period.week, -1)],
      earlier: [addWeeks(period.week, -WEEKS_BEFORE)],
    }
  }
  return {
    current: monthsOf(period.range),
    previous: monthsOf(comparisonRange(period.range, 'previousPeriod')),
    earlier: monthsOf(comparisonRange(period.range, 'samePeriodLastYear')),
  }
}

/** The months (or weeks) to ask for: the period and its baselines, within what the server has. */
export function indexFetchRange(period: IndexPeriod, available: MonthRange | WeekRange): MonthRange | null {
  if (period.grain === 'week') {
    const from = addWeeks(period.week, -WEEKS_BEFORE)
    const first = weekIndex(from) < weekIndex(available.from) ? available.from : from
    return weeksOf({ from: first, to: period.week }).length > 0 ? { from: first, to: period.week } : null
  }
  return clipRange({ from: comparisonRange(period.range, 'samePeriodLastYear').from, to: period.range.to }, available)
}

/** A period key as the screen names it: "Tuần 48/2026 (23/11 – 29/11)", "Tháng 10/2026". */
export const keyLabel =
  (period: IndexPeriod, format: { week: (key: string) => string; month: (key: string) => string }) =>
  (key: string): string =>
    period.grain === 'week' ? format.week(key) : format.month(key)

/** The period's last month: the structure of units its files name. */
export const lastMonthOf = (period: IndexPeriod): string =>
  period.grain === 'week' ? (weekMonths(period.week).at(-1)?.month ?? period.week.slice(0, 4)) : period.range.to
