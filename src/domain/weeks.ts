// ISO weeks ("YYYY-Www", Monday to Sunday; week 1 holds the year's first Thursday), as the API's grain=week.
// Days are counted in UTC day numbers, so no time zone moves a week.

export interface WeekRange {
  from: string
  to: string
}

const WEEK_PATTERN = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/
const DAY_MS = 86_400_000

/** Days since 1970-01-01 of a calendar date. */
const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS

/** Day of the week of a day number, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
const isoWeekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1

/** The day number of the Monday of week 1 of an ISO year. */
function firstMonday(year: number): number {
  const jan4 = dayNumber(year, 1, 4)
  return jan4 - isoWeekday(jan4) + 1
}

/** How many ISO weeks a year has (52, or 53 when it starts or, in a leap year, ends on a Thursday). */
export function weeksInYear(year: number): number {
  return (firstMonday(year + 1) - firstMonday(year)) / 7
}

/** Whether a string is an existing ISO week ("2025-W53" is not: 2025 has 52). */
export function isWeek(value: string): boolean {
  const match = WEEK_PATTERN.exec(value)
  return match !== null && Number(match[2]) <= weeksInYear(Number(match[1]))
}

/** Weeks since 1970-W01: a number that orders and subtracts. */
export function weekIndex(week: string): number {
  const match = WEEK_PATTERN.exec(week)
  if (!match || !isWeek(week)) throw new RangeError(`Not a week: ${week}`)
  return (firstMonday(Number(match[1])) - firstMonday(1970)) / 7 + Number(match[2]) - 1
}

/** The ISO week of a day number. */
function weekOfDay(day: number): string {
  const thursday = day - isoWeekday(day) + 4 // the week's Thursday decides its year
  const year = new Date(thursday * DAY_MS).getUTCFullYear()
  const week = (thursday - 3 - firstMonday(year)) / 7 + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** The ISO week a date ("YYYY-MM-DD") falls in. */
export function weekOfDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return weekOfDay(dayNumber(year, month, day))
}

/** The week `count` weeks after (before, if negative) `week`. */
export function addWeeks(week: string, count: number): string {
  return weekOfDay(firstMonday(1970) + (weekIndex(week) + count) * 7)
}

/** Every week of a range, in order; empty when from > to. */
export function weeksOf(range: WeekRange): string[] {
  const out: string[] = []
  const base = firstMonday(1970)
  for (let i = weekIndex(range.from), last = weekIndex(range.to); i <= last; i++) out.push(weekOfDay(base + i * 7))
  return out
}

/** How many weeks a range covers. */
export function weekRangeLength(range: WeekRange): number {
  return Math.max(0, weekIndex(range.to) - weekIndex(range.from) + 1)
}

const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** The week's Monday and Sunday as "YYYY-MM-DD". */
export function weekDates(week: string): { monday: string; sunday: string } {
  const monday = firstMonday(1970) + weekIndex(week) * 7
  return { monday: isoDate(monday), sunday: isoDate(monday + 6) }
}

/** The days of the week in each month it touches, in order: one month, or two when it straddles. */
export function weekMonths(week: string): Array<{ month: string; days: number }> {
  const monday = firstMonday(1970) + weekIndex(week) * 7
  const out: Array<{ month: string; days: number }> = []
  for (let day = monday; day < monday + 7; day++) {
    const month = isoDate(day).slice(0, 7)
    const last = out[out.length - 1]
    if (last?.month === month) last.days++
    else out.push({ month, days: 1 })
  }
  return out
}

/** The weeks that touch a month, in order (a week straddling two months belongs to both). */
export function weeksTouchingMonth(month: string): string[] {
  const year = Number(month.slice(0, 4))
  const number = Number(month.slice(5, 7))
  const first = dayNumber(year, number, 1)
  const last = dayNumber(year, number + 1, 0)
  return weeksOf({ from: weekOfDay(first), to: weekOfDay(last) })
}

export type WeekPreset = 'thisWeek' | 'lastWeek' | 'last4Weeks' | 'last13Weeks'

/** A preset's weeks as of the week `now` (the latest week with data). */
export function weekPresetRange(preset: WeekPreset, now: string): WeekRange {
  switch (preset) {
    case 'thisWeek':
      return { from: now, to: now }
    case 'lastWeek': {
      const last = addWeeks(now, -1)
      return { from: last, to: last }
    }
    case 'last4Weeks':
      return { from: addWeeks(now, -3), to: now }
    case 'last13Weeks':
      return { from: addWeeks(now, -12), to: now }
  }
}

/** The same week number a year before; week 53 becomes week 52 in a year without one. */
export function sameWeekLastYear(week: string): string {
  const year = Number(week.slice(0, 4)) - 1
  const number = Math.min(Number(week.slice(6)), weeksInYear(year))
  return `${year}-W${String(number).padStart(2, '0')}`
}

/** A range's baseline: the weeks just before it (week on week), or the same weeks a year before. */
export function weekComparisonRange(range: WeekRange, comparison: 'previousPeriod' | 'samePeriodLastYear'): WeekRange {
  if (comparison === 'samePeriodLastYear') return { from: sameWeekLastYear(range.from), to: sameWeekLastYear(range.to) }
  const length = weekRangeLength(range)
  return { from: addWeeks(range.from, -length), to: addWeeks(range.to, -length) }
}

/** The weeks the server has, from /meta; null when it keeps months only. */
export function availableWeeks(meta: {
  grains?: readonly string[] | undefined
  firstWeek?: string | undefined
  lastWeek?: string | undefined
}): WeekRange | null {
  if (!meta.grains?.includes('week') || !meta.firstWeek || !meta.lastWeek) return null
  return { from: meta.firstWeek, to: meta.lastWeek }
}
