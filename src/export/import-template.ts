// The import template as an .xlsx (loaded on demand): the header the importer reads (TEMPLATE_COLUMNS),
// then one row per unit in scope for a period, the counts left empty for the office to fill in.
import writeXlsxFile, { type Cell } from 'write-excel-file/browser'
import { TEMPLATE_COLUMNS } from '../domain/imports/template'
import { XLSX_FONT } from './xlsx'

export interface TemplateUnit {
  id: string
  name: string
}

/** The template pre-filled with `units` for `period`; names are typed text (never read as a formula). */
export function importTemplateXlsx(units: readonly TemplateUnit[], period: string): Promise<Blob> {
  const header: Cell[] = TEMPLATE_COLUMNS.map((name) => ({
    value: name,
    fontWeight: 'bold',
    backgroundColor: '#E5E7EB',
  }))
  const rows: Cell[][] = units.map((unit) => [
    { type: String, value: unit.id },
    { type: String, value: unit.name },
    { type: String, value: period },
  ])
  const sheet = {
    sheet: 'Mẫu nhập liệu',
    data: [header, ...rows],
    columns: TEMPLATE_COLUMNS.map((name, i) => ({ width: i === 1 ? 32 : Math.max(12, name.length + 2) })),
    stickyRowsCount: 1,
  }
  return writeXlsxFile([sheet], { fontFamily: XLSX_FONT, fontSize: 11 }).toBlob()
}
