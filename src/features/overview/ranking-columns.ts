// The ranking's table, declared once: the overview's table, its CSV/XLSX and the workbook's and meeting pack's sheet.
import type { ChildFigure } from '../../domain/breakdown'
import { figureColumns, screenColumn, statusWords, type FigureColumnsContext } from '../../export/figures-table'
import type { TableColumn } from '../../domain/columns'
import { tableFromColumns } from '../../export/columns'
import type { ExportTable } from '../../export/table'

/** Rank, name, value against target, status, the rate's volume and numerator, the change against the baseline. */
export function rankingColumns(
  context: FigureColumnsContext,
  rankOf: ReadonlyMap<string, number>,
): TableColumn<ChildFigure>[] {
  const c = figureColumns(context)
  const rank = {
    ...screenColumn('rank', context.t('overview.columns.rank'), (f) => rankOf.get(f.unitId) ?? null),
    kind: 'count',
    sort: true,
    firstSort: 'ascending',
  } satisfies TableColumn<ChildFigure>
  return [rank, c.name, { ...c.level, on: 'file' }, c.value, c.target, c.status, c.volume, c.numerator, c.change]
}

/** The ranks: 1, 2, 3… for the units with a value and enough volume, in the order given (best first). */
export function ranksOf(figures: readonly ChildFigure[]): Map<string, number> {
  return new Map(figures.filter((f) => f.value !== null && !f.isLowVolume).map((f, i) => [f.unitId, i + 1]))
}

/** The ranking as a file's table. */
export function rankingTable(
  figures: readonly ChildFigure[],
  context: FigureColumnsContext,
  sheet: string,
  title: string,
): ExportTable {
  const columns = rankingColumns(context, ranksOf(figures))
  return tableFromColumns({ sheet, title, statusLabels: statusWords(context.t) }, columns, figures)
}
