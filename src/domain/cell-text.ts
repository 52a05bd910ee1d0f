// A cell's value in words: one formatting for the screen's tables, print and presentation, and the slides and PDF
// pages of every file (CSV and XLSX write the values themselves). Words and number formats come in as functions.
import type { CellValue, ColumnKind } from './columns'

export interface CellWords {
  dash: string
  status: (id: string) => string
  count: (value: number) => string
  percent: (ratio: number) => string
  /** A rate beside its target, with the digits that decide its status. */
  rate: (ratio: number, target: number | null) => string
  points: (ratio: number) => string
  pointChange: (ratio: number) => string
  /** Index points: 18,33 (vi), 18.33 (en); with a sign when a change. */
  score: (value: number, isSigned?: boolean) => string
  /** A "YYYY-MM" month in words: "Tháng 1/2021". */
  month: (month: string) => string
}

/** What the words of a cell need of its column: a screen's TableColumn and a file's ExportColumn both have it. */
export interface CellColumn {
  key: string
  kind: ColumnKind
  /** For a rate: the key of the column holding its target. */
  against?: string
  /** A change, shown with its sign; else a size (a shortfall in points reads without one). */
  isSigned?: boolean
}

/**
 * The text of a cell: "—" for a missing value; a rate with the digits its target needs; a change with its sign;
 * a status and a month in words.
 */
export function cellText(column: CellColumn, values: Record<string, CellValue>, words: CellWords): string {
  const value = values[column.key] ?? null
  if (value === null) return words.dash
  if (typeof value === 'string') {
    if (column.kind === 'status') return words.status(value)
    return column.kind === 'month' ? words.month(value) : value
  }
  switch (column.kind) {
    case 'rate': {
      const target = column.against === undefined ? null : values[column.against]
      return column.against === undefined
        ? words.percent(value)
        : words.rate(value, typeof target === 'number' ? target : null)
    }
    case 'points':
      return column.isSigned ? words.pointChange(value) : words.points(value)
    case 'count':
      return column.isSigned && value > 0 ? `+${words.count(value)}` : words.count(value)
    case 'score':
      return words.score(value, column.isSigned)
    default:
      return String(value)
  }
}
