// The split by receiving level as a table: shown by the tier panel's export menu and in the workbook.
import type { TierFigure } from '../../domain/tiers'
import type { Translate } from '../../i18n/messages'
import type { ExportTable } from '../../export/table'

/** The split by receiving level as a table. */
export function tiersTable(tiers: TierFigure[], metric: string, t: Translate): ExportTable {
  return {
    sheet: t('overview.tiersTitle'),
    title: `${t('overview.tiersTitle')} — ${t(`metrics.${metric}`)}`,
    columns: [
      { key: 'tier', label: t('overview.columns.unit'), kind: 'text' },
      { key: 'value', label: t(`metrics.${metric}`), kind: 'rate' },
      { key: 'received', label: t('overview.columns.received'), kind: 'count' },
      { key: 'online', label: t('overview.columns.online'), kind: 'count' },
    ],
    rows: tiers.map((tier) => ({ tier: t(`overview.tiers.${tier.tier}`), value: tier.value.value, received: tier.totals.received, online: tier.totals.receivedOnline })),
  }
}
