// The overview's lagging list, declared once: its table on screen and its files.
import type { ChildFigure } from '../../domain/breakdown'
import { figureColumns, statusWords, type FigureColumnsContext } from '../../export/figures-table'
import type { TableColumn } from '../../domain/columns'
import { tableFromColumns } from '../../export/columns'
import type { ExportTable } from '../../export/table'

/** Who lags, by how much, since when; the files add the level, the status and the numerator. */
export function overviewLaggingColumns(context: FigureColumnsContext): TableColumn<ChildFigure>[] {
  const c = figureColumns(context)
  const inFile = <C extends TableColumn<ChildFigure>>(column: C) => ({ ...column, on: 'file' as const })
  const plain = <C extends TableColumn<ChildFigure>>(column: C) => ({ ...column, sort: undefined })
  return [
    c.name,
    inFile(c.level),
    c.value,
    c.target,
    inFile(c.status),
    c.gap,
    c.monthsBehind,
    c.volume,
    inFile(c.numerator),
  ].map(plain)
}

/** The lagging list as a file's table. */
export function overviewLaggingTable(
  figures: readonly ChildFigure[],
  context: FigureColumnsContext,
  sheet: string,
  title: string,
): ExportTable {
  return tableFromColumns(
    { sheet, title, statusLabels: statusWords(context.t) },
    overviewLaggingColumns(context),
    figures,
  )
}
