// The lagging page's list, declared once: its (virtualised) table on screen and its CSV/XLSX.
import type { ChildFigure } from '../../domain/breakdown'
import { parentNameOf, type UnitTree } from '../../domain/units'
import { figureColumns, screenColumn, statusWords, type FigureColumnsContext } from '../../export/figures-table'
import type { TableColumn } from '../../domain/columns'
import { tableFromColumns } from '../../export/columns'
import type { ExportTable } from '../../export/table'

/**
 * Place in the list, name, level and the unit it lies in (five "Phường 4" of a province are told apart), the rate
 * against its target, the shortfall, the run of months behind, the volume and a sparkline; the files add the status
 * and the numerator.
 */
export function laggingColumns(context: FigureColumnsContext, tree: UnitTree): TableColumn<ChildFigure>[] {
  const c = figureColumns(context)
  const parent: TableColumn<ChildFigure> = {
    key: 'parent',
    header: context.t('laggingPage.parent'),
    kind: 'text',
    width: 24,
    value: (f) => parentNameOf(tree, f.unitId),
  }
  const columns: TableColumn<ChildFigure>[] = [
    screenColumn('rank', '#'),
    c.name,
    c.level,
    parent,
    c.value,
    c.target,
    { ...c.status, on: 'file' as const },
    c.gap,
    c.monthsBehind,
    c.volume,
    { ...c.numerator, on: 'file' as const },
    screenColumn('trend', context.t('tracker.trend')),
  ]
  return columns.map((column) => ({ ...column, sort: undefined }))
}

/** The lagging list as a file's table. */
export function laggingTable(
  figures: readonly ChildFigure[],
  context: FigureColumnsContext,
  tree: UnitTree,
  sheet: string,
  title: string,
): ExportTable {
  return tableFromColumns(
    { sheet, title, statusLabels: statusWords(context.t) },
    laggingColumns(context, tree),
    figures,
  )
}
