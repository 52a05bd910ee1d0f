// A table declared once: its columns say what each cell holds (the value), how it reads, how it sorts and how
// wide it wants to be. The screen's table and every file are made from the same declaration, so a cell cannot
// say "24+" on screen and 24 in the file.
import type { ColumnKind, ExportColumn, ExportTable, ExportValue } from './table'

export interface TableColumn<Row> {
  key: string
  /** The header's words (already translated). */
  header: string
  kind: ColumnKind
  /** What the cell holds: a number (rates as fractions), text, a status id ('met'), or null ("—"). */
  value: (row: Row) => ExportValue
  /** For a rate: the key of the column holding its target (the digits that decide the status). */
  against?: string
  /** Points shown with their sign (a change), rather than as a size (a shortfall). */
  isSigned?: boolean
  /** Sortable on screen: by this key (missing values last), or by `value` when `true`. */
  sort?: true | ((row: Row) => number | string | null)
  /** The first direction a click on the header sorts in (default: descending, largest first). */
  firstSort?: 'ascending' | 'descending'
  /** A width hint in characters, for files and slides. */
  width?: number
  /** The row's header cell (its name). */
  isRowHeader?: boolean
  /**
   * Where the column is shown: both (default), the screen only (a rank, a sparkline), the files only (a level
   * the screen shows by its grouping), or neither (a target a rate is read against, carried for `against`).
   */
  on?: 'screen' | 'file' | 'none'
}

export const onScreen = <Row>(columns: readonly TableColumn<Row>[]) =>
  columns.filter((c) => c.on === undefined || c.on === 'screen')
export const inFile = <Row>(columns: readonly TableColumn<Row>[]) =>
  columns.filter((c) => c.on === undefined || c.on === 'file')

/** Every column's value for a row, hidden ones included (a rate's target). */
export function rowValues<Row>(columns: readonly TableColumn<Row>[], row: Row): Record<string, ExportValue> {
  return Object.fromEntries(columns.map((c) => [c.key, c.value(row)]))
}

/** The export table of a declared table: the file's columns, each row's values as the definition gives them. */
export function tableFromColumns<Row>(
  table: { sheet: string; title: string; statusLabels?: Record<string, string> },
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
): ExportTable {
  const fileColumns: ExportColumn[] = inFile(columns).map(({ key, header, kind, against, width }) => ({
    key,
    label: header,
    kind,
    ...(against === undefined ? {} : { against }),
    ...(width === undefined ? {} : { width }),
  }))
  return { ...table, columns: fileColumns, rows: rows.map((row) => rowValues(columns, row)) }
}
