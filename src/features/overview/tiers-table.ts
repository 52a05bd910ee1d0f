// The split by receiving level as a table: shown by the tier panel's export menu and in the workbook.
import type { TierFigure } from '../../domain/tiers'
import type { Translate } from '../../i18n/messages'
import type { ExportTable } from '../../export/table'
import { numeratorLabelKey } from '../../domain/numerator'
import type { MetricId } from '../../domain/metrics'

/** The split by receiving level as a table. */
export function tiersTable(tiers: TierFigure[], metric: MetricId, t: Translate): ExportTable {
  return {
    sheet: t('overview.tiersTitle'),
    title: `${t('overview.tiersTitle')} — ${t(`metrics.${metric}`)}`,
    columns: [
      { key: 'tier', label: t('overview.columns.unit'), kind: 'text' },
      { key: 'value', label: t(`metrics.${metric}`), kind: 'rate' },
      { key: 'volume', label: t('overview.columns.volume'), kind: 'count' },
      { key: 'numerator', label: t(numeratorLabelKey(metric)), kind: 'count' },
    ],
    rows: tiers.map(({ tier, value }) => ({
      tier: t(`overview.tiers.${tier}`), value: value.value,
      volume: value.value === null ? 0 : value.denominator, numerator: value.value === null ? 0 : value.numerator,
    })),
  }
}
