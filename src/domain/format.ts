// Numbers, rates, months and changes as a Vietnamese (or English) reader expects them.

import { decimalText, type DecimalOptions, type DecimalStyle } from './decimal-text'
import { isWeek, weekDates } from './weeks'

export type Locale = 'vi' | 'en'

const DECIMAL_STYLE: Record<Locale, DecimalStyle> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
}

/** Numbers as Intl.NumberFormat (vi-VN, en-GB) writes them, without its start-up cost (decimal-text.ts). */
function numberText(value: number, locale: Locale, options: DecimalOptions): string {
  return (
    decimalText(value, DECIMAL_STYLE[locale], options) ??
    new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(value)
  ) // NaN, ∞: never expected
}

/** A count: 76.574 (vi), 76,574 (en). */
export function formatCount(value: number, locale: Locale): string {
  return numberText(value, locale, { digits: 0 })
}

const PLAIN: DecimalStyle = { group: '', decimal: '.' }

/** CLDR's short compact words (vi-VN, en-US) for thousands, millions, billions and trillions, and their gap. */
const COMPACT_WORDS: Record<Locale, { words: readonly string[]; gap: string }> = {
  vi: { words: ['N', 'Tr', 'T', 'NT'], gap: '\u00a0' },
  en: { words: ['K', 'M', 'B', 'T'], gap: '' },
}

/**
 * A count in few characters, for chart axes: 1,2 Tr (vi), 1.2M (en); counts under a thousand as formatCount.
 * As Intl's compact notation writes it (one decimal at most, CLDR's words; a test holds it to Intl), without
 * Intl's compact data, which cost the first chart picture ~17 ms in its worker.
 */
export function formatCompactCount(value: number, locale: Locale): string {
  const size = Math.abs(value)
  if (!(size >= 1000 && size < Infinity)) return formatCount(value, locale) // NaN and ∞ included
  const { words, gap } = COMPACT_WORDS[locale]
  const tenths = (power: number) => decimalText(size, PLAIN, { digits: 1, scale: -3 * power })!
  let power = 1
  while (power < words.length && size >= 1000 ** (power + 1)) power += 1
  let scaled = tenths(power)
  // Rounded up to a thousand of its word (999,95 N): one of the next (1 Tr).
  if (Number(scaled) >= 1000 && power < words.length) scaled = tenths((power += 1))
  if (Number(scaled) >= 1000) return compactByIntl(value, locale)
  const [whole, tenth] = scaled.split('.')
  const fraction = tenth === '0' ? '' : `${DECIMAL_STYLE[locale].decimal}${tenth}`
  return `${value < 0 ? '-' : ''}${whole}${fraction}${gap}${words[power - 1]}`
}

/** Beyond a thousand trillions (never on an axis of dossiers): as Intl words it. */
function compactByIntl(value: number, locale: Locale): string {
  const tag = locale === 'vi' ? 'vi-VN' : 'en-US'
  return new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 }).format(value)
}

/** A ratio as a percentage: 0.0994 → 9,9% (vi), 9.9% (en). */
export function formatPercent(ratio: number, locale: Locale, digits = 1): string {
  return `${numberText(ratio, locale, { digits, scale: 2 })}%`
}

const MAX_EXTRA_DIGITS = 3

/**
 * The fraction digits of a percentage that keep a value below its target from reading as the target:
 * `digits`, or up to three more where rounding would make them look equal (94,96% against 95,0%: "Chưa đạt"
 * beside "95,0%" would contradict itself). A value at or above its target needs no more.
 */
export function decidingDigits(value: number, target: number | null, digits = 1): number {
  if (target === null || !(value < target)) return digits
  let shown = digits
  const text = (ratio: number) => decimalText(ratio, PLAIN, { digits: shown, scale: 2 })
  while (shown < digits + MAX_EXTRA_DIGITS && text(value) === text(target)) shown++
  return shown
}

/** A rate beside its target: as formatPercent, with the digits that decide the status (see decidingDigits). */
export function formatPercentAgainst(ratio: number, target: number | null, locale: Locale, digits = 1): string {
  return formatPercent(ratio, locale, decidingDigits(ratio, target, digits))
}

/** A change of a rate in percentage points: +1,2 điểm % (vi), +1.2 pp (en). */
export function formatPointChange(deltaRatio: number, locale: Locale): string {
  const points = numberText(deltaRatio * 100, locale, { digits: 1, sign: 'exceptZero' })
  return locale === 'vi' ? `${points} điểm %` : `${points} pp`
}

/** The digits that keep a non-zero size of points from reading as 0,0 (a gap of 0,04 points is still a gap). */
function pointDigits(ratio: number, digits = 1): number {
  let shown = digits
  while (
    shown < digits + MAX_EXTRA_DIGITS &&
    ratio !== 0 &&
    /^[0.]*$/.test(decimalText(Math.abs(ratio), PLAIN, { digits: shown, scale: 2 })!)
  )
    shown++
  return shown
}

/** A size in percentage points, unsigned: 7,5 điểm % (vi), 7.5 pp (en); never 0,0 for a gap that is not 0. */
export function formatPoints(ratio: number, locale: Locale): string {
  const points = numberText(Math.abs(ratio), locale, { digits: pointDigits(ratio), scale: 2 })
  return locale === 'vi' ? `${points} điểm %` : `${points} pp`
}

/** Points of an index with two decimals: 18,33 (vi), 18.33 (en); signed for a change (+0,42, −1,05, 0,00). */
export function formatScore(value: number, locale: Locale, isSigned = false): string {
  const rounded = Math.round(value * 100) / 100
  return numberText(rounded === 0 ? 0 : rounded, locale, { digits: 2, ...(isSigned ? { sign: 'exceptZero' } : {}) })
}

/** A relative change of a count: +40,9% (vi), +40.9% (en). */
export function formatRelativeChange(ratio: number, locale: Locale): string {
  return `${numberText(ratio, locale, { digits: 1, scale: 2, sign: 'exceptZero' })}%`
}

const MONTH_NAMES_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A month: Tháng 6/2021 (vi), Jun 2021 (en); a period key of a week, the week (formatWeek). */
export function formatMonth(month: string, locale: Locale): string {
  if (isWeek(month)) return formatWeek(month, locale)
  const year = month.slice(0, 4)
  const number = Number(month.slice(5, 7))
  return locale === 'vi' ? `Tháng ${number}/${year}` : `${MONTH_NAMES_EN[number - 1]} ${year}`
}

/** A short month for axes: 6/2021 (vi), Jun 2021 (en: "Jun 21" would read as a day); a week: T48/2026, W48 2026. */
export function formatMonthShort(month: string, locale: Locale): string {
  if (isWeek(month))
    return locale === 'vi'
      ? `T${Number(month.slice(6))}/${month.slice(0, 4)}`
      : `W${month.slice(6)} ${month.slice(0, 4)}`
  const number = Number(month.slice(5, 7))
  return locale === 'vi' ? `${number}/${month.slice(0, 4)}` : `${MONTH_NAMES_EN[number - 1]} ${month.slice(0, 4)}`
}

/** A month range: Tháng 1/2021 – Tháng 6/2021, or one month alone; a week range: formatWeekRange. */
export function formatMonthRange(range: { from: string; to: string }, locale: Locale): string {
  if (range.from === range.to) return formatMonth(range.from, locale)
  if (isWeek(range.from)) return formatWeekRange(range, locale)
  return `${formatMonth(range.from, locale)} – ${formatMonth(range.to, locale)}`
}

/** An ISO week with its days: Tuần 48/2026 (23/11 – 29/11) (vi), Week 48, 2026 (23 Nov – 29 Nov) (en). */
export function formatWeek(week: string, locale: Locale): string {
  const { monday, sunday } = weekDates(week)
  const number = Number(week.slice(6))
  const name = locale === 'vi' ? `Tuần ${number}/${week.slice(0, 4)}` : `Week ${number}, ${week.slice(0, 4)}`
  return `${name} (${weekDay(monday, locale)} – ${weekDay(sunday, locale)})`
}

/** A day of a week's span: 23/11 (vi), 23 Nov (en). */
const weekDay = (date: string, locale: Locale) =>
  locale === 'vi'
    ? `${Number(date.slice(8, 10))}/${Number(date.slice(5, 7))}`
    : `${Number(date.slice(8, 10))} ${MONTH_NAMES_EN[Number(date.slice(5, 7)) - 1]}`

/** Weeks: Tuần 45 – 48/2026 (2/11 – 29/11), Weeks 45–48, 2026 (2 Nov – 29 Nov); across a year each week in full. */
export function formatWeekRange(range: { from: string; to: string }, locale: Locale): string {
  const [fromYear, toYear] = [range.from.slice(0, 4), range.to.slice(0, 4)]
  const [from, to] = [Number(range.from.slice(6)), Number(range.to.slice(6))]
  const days = `(${weekDay(weekDates(range.from).monday, locale)} – ${weekDay(weekDates(range.to).sunday, locale)})`
  if (fromYear === toYear) {
    return locale === 'vi' ? `Tuần ${from} – ${to}/${toYear} ${days}` : `Weeks ${from}–${to}, ${toYear} ${days}`
  }
  return locale === 'vi'
    ? `Tuần ${from}/${fromYear} – Tuần ${to}/${toYear} ${days}`
    : `Week ${from}, ${fromYear} – Week ${to}, ${toYear} ${days}`
}

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const twoDigits = (value: number) => String(value).padStart(2, '0')

/**
 * A timestamp in Vietnam's time: 07:00 05/01/2023 (vi), 5 Jan 2023, 07:00 (en: a month named, since a
 * reader of English may take 05/01 for May 1st). Computed from the fixed
 * offset: the first Intl.DateTimeFormat with a time zone costs ~100 ms of a cheap phone's start-up.
 */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MS)
  const year = local.getUTCFullYear()
  const time = `${twoDigits(local.getUTCHours())}:${twoDigits(local.getUTCMinutes())}`
  if (locale === 'en') return `${local.getUTCDate()} ${MONTH_NAMES_EN[local.getUTCMonth()]} ${year}, ${time}`
  return `${time} ${twoDigits(local.getUTCDate())}/${twoDigits(local.getUTCMonth() + 1)}/${year}`
}
