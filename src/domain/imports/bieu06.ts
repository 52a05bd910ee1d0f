// The one-door report "Biểu số 06/VPCP/KSTT" (Thông tư 01/2020/TT-VPCP): title rows that say the period,
// a merged header of two (or three) rows, then one row per unit, under group rows and above a total row.
import { foldVietnamese } from '../text-search'
import { cellText, isoWeekOf, readCount } from './cells'
import type { UnitMatcher } from './match'
import { columnLetter } from './template'
import {
  fileFailure,
  type Cells,
  type ImportedRow,
  type ImportProblem,
  type ParsedImport,
  type SheetRow,
} from './types'

export const BIEU06_COLUMNS = 13

// Words each column's header must contain (folded), so that a moved or missing column is caught.
const HEADER_WORDS: ReadonlyArray<[column: number, words: string[]]> = [
  [3, ['truc tuyen']],
  [4, ['truc tiep', 'buu chinh']],
  [5, ['ky truoc']],
  [7, ['truoc han']],
  [8, ['dung han']],
  [9, ['qua han']],
  [11, ['trong han']],
  [12, ['qua han']],
]

const fold = (cell: unknown) => foldVietnamese(cellText(cell as never))
const isStt = (cell: unknown) => fold(cell) === 'stt' || fold(cell) === 'so tt'

/** Whether the sheet has a Biểu 06 header: an "STT" cell and the one-door report's column words. */
export function isBieu06(cells: Cells): boolean {
  const titles = cells
    .slice(0, 30)
    .map((row) => row.map(fold).join(' '))
    .join(' ')
  return cells.slice(0, 30).some((row) => isStt(row[0])) && /ky truoc|da giai quyet|06\/vpcp/.test(titles)
}

const DATE = '(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})'
const FROM_TO = new RegExp(`tu ngay\\s*${DATE}\\s*(?:den|toi)\\s*ngay\\s*${DATE}`)
const utcDate = (day?: string, month?: string, year?: string) =>
  new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))

/** The period the title rows state: a month ("tháng 10 năm 2026", or its first to last day) or an ISO week. */
export function titlePeriod(titles: string): string | null | 'unsupported' {
  const range = FROM_TO.exec(titles)
  if (range) {
    const from = utcDate(range[1], range[2], range[3])
    const to = utcDate(range[4], range[5], range[6])
    const days = Math.round((to.getTime() - from.getTime()) / 86_400_000)
    const lastOfMonth = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 0)).getUTCDate()
    if (from.getUTCDate() === 1 && to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() === lastOfMonth)
      return from.toISOString().slice(0, 7)
    if (from.getUTCDay() === 1 && days === 6) return isoWeekOf(from)
    return 'unsupported'
  }
  const month = /thang\s*(\d{1,2})\s*(?:\/|nam|-)\s*(\d{4})/.exec(titles)
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return `${month[2]}-${month[1]!.padStart(2, '0')}`
  return null
}

const hasLetters = (cell: unknown) => /[a-z]/.test(fold(cell))
const NUMBERING = /^\(?\d+\)?$/
const GROUP_WORDS = /^(so ban nganh|cap (tinh|huyen|xa)|ubnd cap|khoi|don vi cap)/
const ROMAN = /^[ivxlc]+\.?$/
const TOTAL_WORDS = /^(tong cong|tong so|tong|cong)\b/

/** Reads a Biểu 06 sheet; `period` is used when its title rows do not state one. */
export function parseBieu06(cells: Cells, matcher: UnitMatcher, period: string | undefined): ParsedImport {
  const headerStart = cells.findIndex((row) => isStt(row[0]))
  if (headerStart < 0) return fileFailure('unknownFormat')
  let dataStart = headerStart + 1
  while (dataStart < cells.length && cells[dataStart]!.slice(2).some(hasLetters)) dataStart += 1
  const header = cells.slice(headerStart, dataStart)
  const width = Math.max(...header.map((row) => row.reduce<number>((w, c, i) => (cellText(c) ? i + 1 : w), 0)))
  if (width !== BIEU06_COLUMNS) return fileFailure('columnCount', { found: width, expected: BIEU06_COLUMNS }, 'bieu06')
  for (const [column, words] of HEADER_WORDS) {
    const text = header.map((row) => fold(row[column])).join(' ')
    if (!words.some((word) => text.includes(word)))
      return fileFailure('unknownColumn', { column: columnLetter(column), name: text || '—' }, 'bieu06')
  }
  const stated = titlePeriod(
    cells
      .slice(0, headerStart)
      .map((row) => row.map(fold).join(' '))
      .join(' '),
  )
  if (stated === 'unsupported') return fileFailure('badPeriod', undefined, 'bieu06')
  const rowPeriod = stated ?? period
  if (!rowPeriod) return fileFailure('noPeriod', undefined, 'bieu06')

  const accepted: SheetRow[] = []
  const rejected: ImportProblem[] = []
  const skipped: ImportProblem[] = []
  let rows = 0
  let group: string | null = null
  for (let r = dataStart; r < cells.length; r++) {
    const row = cells[r]!
    const rowNumber = r + 1
    if (row.every((cell) => cellText(cell) === '')) continue
    const label = fold(row[1]) || fold(row[0])
    const counts = row.slice(2, BIEU06_COLUMNS)
    if (NUMBERING.test(fold(row[1])) && NUMBERING.test(fold(row[2]))) continue // the (1) (2) … (13) row
    if (row.slice(BIEU06_COLUMNS).some((cell) => cellText(cell) !== '')) {
      rejected.push({ row: rowNumber, column: columnLetter(BIEU06_COLUMNS), reason: 'extraCell' })
      continue
    }
    if (TOTAL_WORDS.test(label)) {
      skipped.push({ row: rowNumber, reason: 'totalRow' })
      continue
    }
    if (!counts.some((cell) => /\d/.test(cellText(cell)))) {
      // A group row, or the signatures under the table: no count in it. A group that names a unit
      // ("II. Huyện Thanh Bình") decides between the same names in several units below it.
      const groupName = (cellText(row[1]) || cellText(row[0])).replace(/^([IVXLC]+|\d+|[a-z])[.)]\s+/i, '')
      const named = matcher.match(groupName, rowPeriod)
      const isGroup = GROUP_WORDS.test(label) || ROMAN.test(fold(row[0])) || 'unitId' in named
      if (isGroup) {
        skipped.push({ row: rowNumber, reason: 'groupRow' })
        group = 'unitId' in named ? named.unitId : null
      }
      continue
    }
    rows += 1
    const problem = readRow(row, rowNumber, matcher, rowPeriod, group)
    if ('reason' in problem) rejected.push(problem)
    else accepted.push({ sheetRow: rowNumber, row: problem })
  }
  return { format: 'bieu06', periods: [], rows, accepted, rejected, skipped }
}

function readRow(
  row: Cells[number],
  rowNumber: number,
  matcher: UnitMatcher,
  period: string,
  group: string | null,
): ImportProblem | ImportedRow {
  const values: number[] = []
  for (let column = 2; column < BIEU06_COLUMNS; column++) {
    // A blank count in a column the report has means none (offices leave zeros blank).
    const count = readCount(row[column])
    if ('reason' in count)
      return {
        row: rowNumber,
        column: columnLetter(column),
        reason: count.reason,
        params: { value: cellText(row[column]) },
      }
    values.push('value' in count ? count.value : 0)
  }
  const [total, online, direct, carried, resolved, early, onTime, late, pending, within, overdue] = values as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const sums: Array<[column: number, whole: number, parts: number, rule: string]> = [
    [2, total, online + direct + carried, '(3) = (4) + (5) + (6)'],
    [6, resolved, early + onTime + late, '(7) = (8) + (9) + (10)'],
    [10, pending, within + overdue, '(11) = (12) + (13)'],
  ]
  for (const [column, whole, parts, rule] of sums) {
    if (whole !== parts)
      return {
        row: rowNumber,
        column: columnLetter(column),
        reason: 'sumMismatch',
        params: { rule, whole, parts },
      }
  }
  const unitText = cellText(row[1])
  const matched = matcher.match(unitText, period, group)
  if ('reason' in matched)
    return { row: rowNumber, column: 'B', reason: matched.reason, params: { unit: unitText, period } }
  const imported: ImportedRow = {
    unitId: matched.unitId,
    received: online + direct,
    receivedOnline: online,
    resolved,
    resolvedEarly: early,
    resolvedOnTime: onTime,
    resolvedLate: late,
    pending,
    pendingOverdue: overdue,
  }
  if (period.includes('W')) imported.week = period
  else imported.month = period
  return imported
}
