// The heat-map's file, declared once: a unit a row, a month a column, each cell its month's rate (a number).
import type { TableColumn } from '../../domain/columns'
import type { HeatmapRow } from '../../domain/heatmap'
import { tableFromColumns } from '../../export/columns'
import type { ExportTable } from '../../export/table'
import type { Translate } from '../../i18n/messages'

export interface HeatmapColumnsContext {
  t: Translate
  /** A month's name as a header says it ("Tháng 1/2021"). */
  monthName: (month: string) => string
}

/** The unit's name, then a rate column for each month shown. */
export function heatmapColumns(months: readonly string[], context: HeatmapColumnsContext): TableColumn<HeatmapRow>[] {
  return [
    { key: 'name', header: context.t('overview.columns.unit'), kind: 'text', isRowHeader: true, value: (r) => r.name },
    ...months.map((month): TableColumn<HeatmapRow> => ({
      key: month,
      header: context.monthName(month),
      kind: 'rate',
      value: (row) => row.cells.find((cell) => cell.month === month)?.value ?? null,
    })),
  ]
}

/** The heat-map as a file's table, its rows in the order shown. */
export function heatmapTable(
  rows: readonly HeatmapRow[],
  months: readonly string[],
  context: HeatmapColumnsContext,
  sheet: string,
  title: string,
): ExportTable {
  return tableFromColumns({ sheet, title }, heatmapColumns(months, context), rows)
}
