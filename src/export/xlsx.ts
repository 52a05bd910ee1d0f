// XLSX from export tables (loaded on demand): real numbers with formats, frozen header, status fills.
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/browser'
import { rateDigits, type ColumnKind, type ExportColumn, type ExportTable, type ExportValue } from './table'

const STATUS_FILL: Record<string, string> = { met: '#DCEBF7', notMet: '#FBE3D6' }
const WIDTH: Record<ColumnKind, number> = { text: 34, count: 14, rate: 12, points: 14, status: 14 }

function cell(column: ExportColumn, row: Record<string, ExportValue>, labels: Record<string, string>): Cell {
  const { kind } = column
  const value = row[column.key] ?? null
  if (value === null) return null
  if (typeof value === 'number') {
    if (kind === 'rate') return { type: Number, value, format: `0.${'0'.repeat(rateDigits(column, row, 1))}%` }
    if (kind === 'points') return { type: Number, value: Math.round(value * 10000) / 100, format: '0.0' }
    return { type: Number, value, format: '#,##0' }
  }
  if (kind === 'status') return { type: String, value: labels[value] ?? value, backgroundColor: STATUS_FILL[value] }
  return { type: String, value }
}

const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31)

function tableSheet(table: ExportTable, pointsUnit: string): Sheet<Blob> {
  const labels = table.statusLabels ?? {}
  const header: Cell[] = table.columns.map((c) => ({
    value: c.kind === 'points' ? `${c.label} (${pointsUnit})` : c.label,
    fontWeight: 'bold', backgroundColor: '#E5E7EB', wrap: true,
  }))
  return {
    sheet: sheetName(table.sheet),
    data: [header, ...table.rows.map((row) => table.columns.map((c) => cell(c, row, labels)))],
    columns: table.columns.map((c) => ({ width: WIDTH[c.kind] })),
    stickyRowsCount: 1,
  }
}

/** One sheet per table, after an optional cover sheet of label–value pairs. */
export async function tablesToXlsx(tables: ExportTable[], options: { cover?: { sheet: string; rows: Array<[string, string]> }; pointsUnit: string }): Promise<Blob> {
  const sheets: Sheet<Blob>[] = []
  if (options.cover) {
    sheets.push({
      sheet: sheetName(options.cover.sheet),
      data: options.cover.rows.map(([label, value]) => [{ value: label, fontWeight: 'bold' }, { value }]),
      columns: [{ width: 28 }, { width: 60 }],
    })
  }
  for (const table of tables) sheets.push(tableSheet(table, options.pointsUnit))
  return writeXlsxFile(sheets).toBlob()
}
