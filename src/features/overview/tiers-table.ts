// The split by receiving level, declared once: the tier panel's table, its files and the workbook's and pack's sheet.
import type { TierFigure } from '../../domain/tiers'
import type { Translate } from '../../i18n/messages'
import type { TableColumn } from '../../domain/columns'
import type { ExportTable } from '../../export/table'
import { tableFromColumns } from '../../export/columns'
import { numeratorLabelKey } from '../../domain/numerator'
import type { MetricId } from '../../domain/metrics'

/** Level, value (read against the unit's target), volume, numerator. */
export function tiersColumns(metric: MetricId, target: number | null, t: Translate): TableColumn<TierFigure>[] {
  return [
    {
      key: 'tier',
      header: t('overview.columns.unit'),
      kind: 'text',
      value: (f) => t(`overview.tiers.${f.tier}`),
      isRowHeader: true,
      width: 24,
    },
    {
      key: 'value',
      header: t('overview.columns.value'),
      kind: 'rate',
      against: 'target',
      value: (f) => f.value.value,
      width: 10,
    },
    { key: 'target', header: t('overview.columns.target'), kind: 'rate', value: () => target, on: 'none' },
    {
      key: 'volume',
      header: t('overview.columns.volume'),
      kind: 'count',
      width: 10,
      value: (f) => (f.value.value === null ? 0 : f.value.denominator),
    },
    {
      key: 'numerator',
      header: t(numeratorLabelKey(metric)),
      kind: 'count',
      width: 10,
      value: (f) => (f.value.value === null ? 0 : f.value.numerator),
    },
  ]
}

/** The split by receiving level as a file's table. */
export function tiersTable(
  tiers: TierFigure[],
  metric: MetricId,
  t: Translate,
  target: number | null = null,
): ExportTable {
  return tableFromColumns(
    { sheet: t('overview.tiersTitle'), title: `${t('overview.tiersTitle')} — ${t(`metrics.${metric}`)}` },
    tiersColumns(metric, target, t),
    tiers,
  )
}
