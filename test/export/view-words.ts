// Words and cell formats in Vietnamese for tests of files, without a component (what useCellWords gives).
import type { CellWords } from '../../src/domain/cell-text'
import * as f from '../../src/domain/format'
import type { CellValue, TableColumn } from '../../src/domain/columns'
import { createTranslate } from '../../src/i18n/use-messages'
import { vi } from '../../src/i18n/vi'

const translate = createTranslate(() => vi)
export const t = (key: string, values?: Record<string, unknown>) => translate('vi', key, values)

export const words: CellWords = {
  dash: '—',
  status: (id) => t(`status.${id}`),
  count: (v) => f.formatCount(v, 'vi'),
  percent: (r) => f.formatPercent(r, 'vi'),
  rate: (r, target) => f.formatPercentAgainst(r, target, 'vi'),
  points: (r) => f.formatPoints(r, 'vi'),
  pointChange: (r) => f.formatPointChange(r, 'vi'),
  score: (v, signed) => f.formatScore(v, 'vi', signed),
  month: (m) => f.formatMonth(m, 'vi'),
}

export const stamp = () => '02/12/2026 18:09'

/**
 * What a workbook's cell holds for a column's value, read back by read-excel-file: numbers as numbers (points in
 * percentage points, index points to two decimals), a status in words, nothing for a missing value.
 */
export function sheetCell<Row>(column: TableColumn<Row>, row: Row): unknown {
  const value: CellValue = column.value(row)
  if (value === null) return null
  if (typeof value === 'string') return column.kind === 'status' ? t(`status.${value}`) : value
  if (column.kind === 'points') return Math.round(value * 10000) / 100
  if (column.kind === 'score') return Math.round(value * 100) / 100
  return value
}

/** The header a file writes for a column (points say their unit, as on screen: "điểm %"). */
export const sheetHeader = <Row>(c: TableColumn<Row>) =>
  c.kind === 'points' ? `${c.header} (${t('export.columns.pointsUnit')})` : c.header
