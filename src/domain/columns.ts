// A table declared once: its columns say what each cell holds (the value), how it reads, how it sorts and how
// wide it wants to be. The screen's table (components), every file (export) and the screens' definitions
// (features) read the same declaration, so a cell cannot say "24+" on screen and 24 in the file.

/**
 * 'month' values are "YYYY-MM" strings: a real date in XLSX, the month's name elsewhere. 'score': points of an
 * index (18,33 of 20), not percentage points.
 */
export type ColumnKind = 'text' | 'count' | 'rate' | 'points' | 'status' | 'month' | 'score'

/** Rates and points are fractions (0.0994 = 9.94%, 0.05 = 5 points); a missing value is null. */
export type CellValue = string | number | null

export interface TableColumn<Row> {
  key: string
  /** The header's words (already translated). */
  header: string
  kind: ColumnKind
  /** What the cell holds: a number (rates as fractions), text, a status id ('met'), or null ("—"). */
  value: (row: Row) => CellValue
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
export function rowValues<Row>(columns: readonly TableColumn<Row>[], row: Row): Record<string, CellValue> {
  return Object.fromEntries(columns.map((c) => [c.key, c.value(row)]))
}
