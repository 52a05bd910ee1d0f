// CSV from an export table, in two dialects: the standard one (comma, decimal dot: any program) and one that
// Excel set to Vietnamese regional settings opens into columns and numbers (semicolon, decimal comma).
import type { CellValue } from '../domain/columns'
import { rateDigits, type ExportColumn, type ExportTable } from './table'

export interface CsvDialect {
  separator: ',' | ';'
  decimal: '.' | ','
}
export const CSV_STANDARD: CsvDialect = { separator: ',', decimal: '.' }
export const CSV_EXCEL_VI: CsvDialect = { separator: ';', decimal: ',' }

/**
 * Text that a spreadsheet opening a CSV would take for a formula: it begins with = + - @, or with a tab
 * or CR (which Excel skips before looking for one). Such text gets an apostrophe in front, so it is shown
 * and never evaluated. Text only: a number, negative or not, is written as a number. (XLSX needs no
 * prefix: its text cells are typed as text.)
 */
export const asSpreadsheetText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)

/** A month "2021-06" as the dialect's spreadsheet reads a month: ISO as is, "06/2021" with Vietnamese settings. */
const monthText = (month: string, dialect: CsvDialect) =>
  dialect.decimal === ',' && /^\d{4}-\d{2}$/.test(month) ? `${month.slice(5)}/${month.slice(0, 4)}` : month

/** CSV value of a cell: rates and points as percentage numbers (9.94 or 9,94), never "NaN"; text made safe. */
function csvValue(
  column: ExportColumn,
  row: Record<string, CellValue>,
  labels: Record<string, string>,
  dialect: CsvDialect,
): string {
  const { kind } = column
  const value = row[column.key] ?? null
  if (value === null) return ''
  if (typeof value === 'number' && kind !== 'status') {
    if (kind !== 'rate' && kind !== 'points') return String(value).replace('.', dialect.decimal)
    const scale = 10 ** rateDigits(column, row, 2)
    return String(Math.round(value * 100 * scale) / scale).replace('.', dialect.decimal)
  }
  if (kind === 'month') return monthText(String(value), dialect)
  return asSpreadsheetText(kind === 'status' ? (labels[String(value)] ?? String(value)) : String(value))
}

/**
 * UTF-8 CSV with a BOM, so that Excel shows Vietnamese correctly. Rate headers say "(%)", points headers
 * "(`pointsUnit`)" ("điểm %", as in the workbook).
 */
export function toCsv(table: ExportTable, options: { pointsUnit?: string; dialect?: CsvDialect } = {}): string {
  const dialect = options.dialect ?? CSV_STANDARD
  const quoted = new RegExp(`["${dialect.separator}\\n\\r]`)
  const csvCell = (text: string) => (quoted.test(text) ? `"${text.replace(/"/g, '""')}"` : text)
  const label = (c: ExportColumn) =>
    c.kind === 'rate' ? `${c.label} (%)` : c.kind === 'points' ? `${c.label} (${options.pointsUnit ?? '%'})` : c.label
  const header = table.columns.map((c) => csvCell(asSpreadsheetText(label(c))))
  const lines = [header.join(dialect.separator)]
  const labels = table.statusLabels ?? {}
  for (const row of table.rows) {
    lines.push(table.columns.map((c) => csvCell(csvValue(c, row, labels, dialect))).join(dialect.separator))
  }
  // The notes after the table and a blank line, each in one cell: the header stays the first line for programs.
  const notes = table.notes ?? []
  if (notes.length > 0) lines.push('', ...notes.map((note) => csvCell(asSpreadsheetText(note))))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
