// The tracker's table, declared once: the table on screen and its CSV/XLSX.
import type { ChildFigure } from '../../domain/breakdown'
import { figureColumns, screenColumn, statusWords, type FigureColumnsContext } from '../../export/figures-table'
import type { TableColumn } from '../../domain/columns'
import { tableFromColumns } from '../../export/columns'
import type { ExportTable } from '../../export/table'

/**
 * What answers "who lags, by how much, since when" first: on a phone it fits without scrolling sideways. The status
 * has a column of its own on a wide screen (under the value on a phone); the files add the level.
 */
export function trackerColumns(context: FigureColumnsContext): TableColumn<ChildFigure>[] {
  const c = figureColumns(context)
  const trend = screenColumn('trend', context.t('tracker.trend'))
  return [
    c.name,
    { ...c.level, on: 'file' },
    c.value,
    c.status,
    c.gap,
    c.monthsBehind,
    trend,
    c.target,
    c.volume,
    c.numerator,
    c.change,
  ]
}

/** The tracker's table as a file's table. */
export function trackerTable(
  figures: readonly ChildFigure[],
  context: FigureColumnsContext,
  sheet: string,
  title: string,
): ExportTable {
  return tableFromColumns({ sheet, title, statusLabels: statusWords(context.t) }, trackerColumns(context), figures)
}
