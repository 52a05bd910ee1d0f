// A table as exports see it: typed columns, plain values. CSV and XLSX are written from this one model.
import { decidingDigits } from '../domain/format'
import { foldVietnamese } from '../domain/text-search'

export type ColumnKind = 'text' | 'count' | 'rate' | 'points' | 'status'

export interface ExportColumn {
  key: string
  label: string
  kind: ColumnKind
  /** For a rate: the key of the column holding its target, so the file shows the digits that decide its status. */
  against?: string
}

/** Rates and points are fractions (0.0994 = 9.94%, 0.05 = 5 points); a missing value is null. */
export type ExportValue = string | number | null

export interface ExportTable {
  /** Sheet name (Excel allows 31 characters). */
  sheet: string
  title: string
  columns: ExportColumn[]
  rows: Array<Record<string, ExportValue>>
  /** Words for the raw values of 'status' columns ('met' → "Đạt"). */
  statusLabels?: Record<string, string>
}

/**
 * Text that a spreadsheet opening a CSV would take for a formula: it begins with = + - @, or with a tab
 * or CR (which Excel skips before looking for one). Such text gets an apostrophe in front, so it is shown
 * and never evaluated. Text only: a number, negative or not, is written as a number. (XLSX needs no
 * prefix: its text cells are typed as text.)
 */
export const asSpreadsheetText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)

const csvCell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)

/**
 * The fraction digits of a rate cell in percent: `digits`, or more where its target's column would read the
 * same while the status differs (94,96% against 95,0%: see decidingDigits).
 */
export function rateDigits(column: ExportColumn, row: Record<string, ExportValue>, digits: number): number {
  const value = row[column.key]
  const target = column.against === undefined ? null : row[column.against]
  return typeof value === 'number' && typeof target === 'number' ? decidingDigits(value, target, digits) : digits
}

/** CSV value of a cell: rates and points as percentage numbers with a dot (9.94), never "NaN"; text made safe. */
function csvValue(column: ExportColumn, row: Record<string, ExportValue>, labels: Record<string, string>): string {
  const { kind } = column
  const value = row[column.key] ?? null
  if (value === null) return ''
  if (typeof value === 'number' && kind !== 'status') {
    if (kind !== 'rate' && kind !== 'points') return String(value)
    const scale = 10 ** rateDigits(column, row, 2)
    return String(Math.round(value * 100 * scale) / scale)
  }
  return asSpreadsheetText(kind === 'status' ? (labels[String(value)] ?? String(value)) : String(value))
}

/** UTF-8 CSV with a BOM, so that Excel shows Vietnamese correctly. Rate and points headers say "(%)". */
export function toCsv(table: ExportTable): string {
  const label = (c: ExportColumn) => (c.kind === 'rate' || c.kind === 'points' ? `${c.label} (%)` : c.label)
  const header = table.columns.map((c) => csvCell(asSpreadsheetText(label(c))))
  const lines = [header.join(',')]
  const labels = table.statusLabels ?? {}
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(csvValue(c, row, labels))).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

const UNIT_TYPES = /^(Tỉnh|Thành phố|Huyện|Thị xã|Quận|Xã|Phường|Thị trấn|Sở|Ban|Cục|Công an|Bảo hiểm xã hội)\s+/i

/** "tien-do-dvctt_thanh-binh_2021-01_2021-06.pptx": what the file holds, readable, safe everywhere. */
export function exportFileName(unitName: string, range: { from: string; to: string }, extension: string, part?: string): string {
  const slug = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
  const unit = slug(unitName.replace(UNIT_TYPES, '')) || 'don-vi'
  return ['tien-do-dvctt', unit, ...(part ? [slug(part)] : []), range.from, range.to].join('_') + `.${extension}`
}
