// The service index screen's tables by name, each from its column definition and in the screen's order: the
// same tables feed the screen's per-table menus, the workbook, the slides and the PDF (pure).
import { tableFromColumns } from '../../export/columns'
import type { ExportTable } from '../../export/table'
import { sortByColumn } from '../../domain/sorting'
import type { IndexGroupId } from '../../domain/service-index-config'
import type { Translate } from '../../i18n/messages'
import type { AccountabilityModel } from './accountability-model'
import { groupColumns, holderColumns, lossColumns, resolutionColumns, type ResolutionLine } from './index-columns'
import type { IndexModel, LossLine } from './index-model'
import type { IndexPeriod } from './index-period'

export interface IndexFigures {
  period: IndexPeriod
  model: IndexModel
  accountability: AccountabilityModel | null
}

/** The groups the counts measure, in the index's order. */
export const measuredGroups = (model: IndexModel) => model.groups.filter((g) => g.state !== 'notMeasured')

/** The units below that lose a group's points, the most first (the screen's first order). */
export const lossRows = (lines: readonly LossLine[]): LossLine[] =>
  sortByColumn(lines, (l) => Math.round(l.lost * 100) / 100, 'descending')

export function groupsTable(figures: IndexFigures, t: Translate): ExportTable {
  const table = { sheet: t('serviceIndex.sheets.groups'), title: t('serviceIndex.groupsTitle') }
  return tableFromColumns(table, groupColumns(t, figures.period), figures.model.groups)
}

/** One group's losses by unit below (`lines`: the model's for the group). */
export function lossesTable(
  period: IndexPeriod,
  group: IndexGroupId,
  lines: readonly LossLine[],
  t: Translate,
): ExportTable {
  const table = {
    sheet: t('serviceIndex.sheets.losses', { group: t(`serviceIndex.shortGroups.${group}`) }),
    title: `${t('serviceIndex.lossesTitle')} — ${t(`serviceIndex.groups.${group}`)}`,
  }
  return tableFromColumns(table, lossColumns(t, period), lossRows(lines))
}

/** The resolution chart's periods; `label` names a period key as the screen does. */
export function resolutionLines(model: AccountabilityModel, label: (key: string) => string): ResolutionLine[] {
  return model.keys.map((key, i) => ({
    key,
    label: label(key),
    early: model.early[i] ?? 0,
    onTime: model.onTime[i] ?? 0,
    late: model.late[i] ?? 0,
    overdue: model.overdue[i] ?? 0,
  }))
}

export function resolutionTable(model: AccountabilityModel, t: Translate, label: (key: string) => string): ExportTable {
  const table = { sheet: t('serviceIndex.sheets.resolution'), title: t('serviceIndex.accountability.chartTitle') }
  return tableFromColumns(table, resolutionColumns(t), resolutionLines(model, label))
}

/** Every unit below holding overdue dossiers, the most first (the screen shows the first ten). */
export function holdersTable(model: AccountabilityModel, period: IndexPeriod, t: Translate): ExportTable {
  const table = { sheet: t('serviceIndex.sheets.holders'), title: t('serviceIndex.accountability.holdersTitle') }
  const rows = sortByColumn(model.holders, (h) => h.overdue, 'descending')
  return tableFromColumns(table, holderColumns(t, period), rows)
}

/** The workbook's sheets in the screen's order: groups, the losses of each measured group, accountability. */
export function indexSheets(figures: IndexFigures, t: Translate, label: (key: string) => string): ExportTable[] {
  const { accountability } = figures
  return [
    groupsTable(figures, t),
    ...measuredGroups(figures.model).map((g) => lossesTable(figures.period, g.id, figures.model.losses[g.id], t)),
    ...(accountability
      ? [resolutionTable(accountability, t, label), holdersTable(accountability, figures.period, t)]
      : []),
  ]
}
