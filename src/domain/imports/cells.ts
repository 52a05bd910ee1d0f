// Reading single cells: their text, a count written as a number or as Vietnamese text, a period.
import type { Cell, ImportReason } from './types'

/** The cell as trimmed text ('' for nothing). Dates as YYYY-MM-DD. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  return String(cell).replace(/\s+/g, ' ').trim()
}

export type CountResult = { value: number } | { empty: true } | { reason: ImportReason }

// Digits with dots (or spaces) between groups of three: "76.574", "1.234.567", "1 234".
const GROUPED = /^\d{1,3}([. \u00a0]\d{3})+$/
const PLAIN = /^\d+$/

/**
 * A count from a cell: a whole non-negative number, or text as Vietnamese offices write it ("76.574" is
 * 76574: the dot groups thousands, the comma marks decimals). A formula's text is never evaluated.
 */
export function readCount(cell: Cell | undefined): CountResult {
  if (cell === null || cell === undefined) return { empty: true }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { reason: 'notANumber' }
    if (cell < 0) return { reason: 'negative' }
    if (!Number.isInteger(cell)) return { reason: 'notWhole' }
    return { value: cell }
  }
  if (typeof cell !== 'string') return { reason: 'notANumber' }
  const text = cell.trim()
  if (text === '') return { empty: true }
  if (/^[-\u2212]\s*\d/.test(text)) return { reason: 'negative' }
  if (PLAIN.test(text)) return { value: Number(text) }
  if (GROUPED.test(text)) return { value: Number(text.replace(/[. \u00a0]/g, '')) }
  if (/^\d[\d.]*,\d+$/.test(text)) return { reason: 'notWhole' }
  return { reason: 'notANumber' }
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const WEEK = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/

/** A period cell or field as YYYY-MM or YYYY-Www; also "10/2026", "T10/2026" and a date cell (its month). */
export function readPeriod(cell: Cell | undefined): string | null {
  if (cell instanceof Date) return cell.toISOString().slice(0, 7)
  const text = cellText(cell).toUpperCase()
  if (MONTH.test(text) || WEEK.test(text)) return text
  const slash = /^(?:T|THÁNG\s*)?(\d{1,2})\/(\d{4})$/.exec(text)
  if (slash) {
    const month = Number(slash[1])
    if (month >= 1 && month <= 12) return `${slash[2]}-${String(month).padStart(2, '0')}`
  }
  return null
}

/** The month a period falls in: the month itself, or the month of a week's Thursday (ISO 8601). */
export function monthOfPeriod(period: string): string {
  const week = WEEK.exec(period)
  if (!week) return period
  const thursday = weekThursday(Number(week[1]), Number(week[2]))
  return thursday.toISOString().slice(0, 7)
}

/** The Thursday of an ISO week (UTC). */
export function weekThursday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000
  return new Date(mondayOfWeek1 + ((week - 1) * 7 + 3) * 86_400_000)
}

/** The ISO week (YYYY-Www) of a date. */
export function isoWeekOf(date: Date): string {
  const day = (date.getUTCDay() + 6) % 7
  const thursday = new Date(date.getTime() - day * 86_400_000 + 3 * 86_400_000)
  const year = thursday.getUTCFullYear()
  const week = 1 + Math.round((thursday.getTime() - weekThursday(year, 1).getTime()) / (7 * 86_400_000))
  return `${year}-W${String(week).padStart(2, '0')}`
}

export const isWeek = (period: string) => WEEK.test(period)
export const isPeriod = (period: string) => MONTH.test(period) || WEEK.test(period)
