// XLSX from export tables (loaded on demand): each sheet says what it holds (title, unit and period, source)
// above its table; real numbers and dates with formats, frozen header, status fills, A4 landscape fitted to
// the page width with the header row repeated on every printed page (see xlsx-print.ts).
import type { CellValue } from '../domain/columns'
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/browser'
import { columnChars, rateDigits, type ExportColumn, type ExportTable } from './table'
import { printSetup } from './xlsx-print'

const STATUS_FILL: Record<string, string> = { met: '#DCEBF7', notMet: '#FBE3D6' }
export const XLSX_FONT = 'Arial'

/** "2021-06" as the first day of the month (UTC), for a date cell shown "06/2021". */
const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`)

function cell(column: ExportColumn, row: Record<string, CellValue>, labels: Record<string, string>): Cell {
  const { kind } = column
  const value = row[column.key] ?? null
  if (value === null) return null
  if (typeof value === 'number') {
    if (kind === 'rate') return { type: Number, value, format: `0.${'0'.repeat(rateDigits(column, row, 1))}%` }
    if (kind === 'points') return { type: Number, value: Math.round(value * 10000) / 100, format: '0.0' }
    if (kind === 'score') return { type: Number, value: Math.round(value * 100) / 100, format: '0.00' }
    return { type: Number, value, format: '#,##0' }
  }
  if (kind === 'month' && /^\d{4}-\d{2}$/.test(value))
    return { type: Date, value: monthDate(value), format: 'mm/yyyy', align: 'left' }
  if (kind === 'status') return { type: String, value: labels[value] ?? value, backgroundColor: STATUS_FILL[value] }
  return { type: String, value }
}

const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31)

/** The lines above a table: its title, unit and period, the source, the notes on its units, then a blank line. */
function headLines(table: ExportTable): Row[] {
  const lines: Row[] = [[{ value: table.title, fontWeight: 'bold', fontSize: 14 }]]
  if (table.subtitle) lines.push([{ value: table.subtitle }])
  if (table.source) lines.push([{ value: table.source, fontStyle: 'italic', textColor: '#4B5563' }])
  for (const note of table.notes ?? []) lines.push([{ value: note, type: String }])
  lines.push([])
  return lines
}

/** The sheet and the row (0-based) of its table's header. */
function tableSheet(
  table: ExportTable,
  pointsUnit: string,
): { sheet: Sheet<File | Blob | ArrayBuffer>; headerRow: number } {
  const labels = table.statusLabels ?? {}
  const header: Cell[] = table.columns.map((c) => ({
    value: c.kind === 'points' ? `${c.label} (${pointsUnit})` : c.label,
    fontWeight: 'bold',
    backgroundColor: '#E5E7EB',
    wrap: true,
    alignVertical: 'bottom',
  }))
  const head = headLines(table)
  return {
    headerRow: head.length,
    sheet: {
      sheet: sheetName(table.sheet),
      data: [...head, header, ...table.rows.map((row) => table.columns.map((c) => cell(c, row, labels)))],
      columns: table.columns.map((c) => ({ width: columnChars(c) + 2 })),
      stickyRowsCount: head.length + 1,
      orientation: 'landscape',
    },
  }
}

/** One sheet per table, after an optional cover sheet of label–value pairs. */
export async function tablesToXlsx(
  tables: ExportTable[],
  options: { cover?: { sheet: string; rows: Array<[string, string]> }; pointsUnit: string },
): Promise<Blob> {
  const sheets: Sheet<File | Blob | ArrayBuffer>[] = []
  const headerRows: Array<number | null> = []
  if (options.cover) {
    sheets.push({
      sheet: sheetName(options.cover.sheet),
      data: options.cover.rows.map(([label, value]) => [{ value: label, fontWeight: 'bold' }, { value }]),
      columns: [{ width: 28 }, { width: 60 }],
      orientation: 'landscape',
    })
    headerRows.push(null)
  }
  for (const table of tables) {
    const { sheet, headerRow } = tableSheet(table, options.pointsUnit)
    sheets.push(sheet)
    headerRows.push(headerRow)
  }
  return writeXlsxFile(sheets, { fontFamily: XLSX_FONT, fontSize: 11, features: [printSetup(headerRows)] }).toBlob()
}
