// A declared table (domain/columns.ts) as a file's table: the columns the files show, each row's values.
import { inFile, rowValues, type TableColumn } from '../domain/columns'
import type { ExportColumn, ExportTable } from './table'

/** The export table of a declared table: the file's columns, each row's values as the definition gives them. */
export function tableFromColumns<Row>(
  table: { sheet: string; title: string; statusLabels?: Record<string, string> },
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
): ExportTable {
  const fileColumns: ExportColumn[] = inFile(columns).map(({ key, header, kind, against, isSigned, width }) => ({
    key,
    label: header,
    kind,
    ...(against === undefined ? {} : { against }),
    ...(isSigned ? { isSigned } : {}),
    ...(width === undefined ? {} : { width }),
  }))
  return { ...table, columns: fileColumns, rows: rows.map((row) => rowValues(columns, row)) }
}
