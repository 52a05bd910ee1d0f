// A declared column's cell as the screen reads it, from the same value the files hold.
import type { TableColumn, CellValue } from '../domain/columns'

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
}

/** The text of a cell: "—" for a missing value; a rate with the digits its target needs; a change with its sign. */
export function cellText<Row>(column: TableColumn<Row>, values: Record<string, CellValue>, words: CellWords): string {
  const value = values[column.key] ?? null
  if (value === null) return words.dash
  if (typeof value === 'string') return column.kind === 'status' ? words.status(value) : value
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
