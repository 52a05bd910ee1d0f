// The weekly view's table, declared once: on screen, on paper and in CSV/XLSX.
import type { TableColumn } from '../../domain/columns'
import type { Translate } from '../../i18n/messages'
import type { WeeklyLine } from './weekly-model'

export function weeklyColumns(t: Translate): TableColumn<WeeklyLine>[] {
  return [
    { key: 'unit', header: t('serviceIndex.columns.unit'), kind: 'text', isRowHeader: true, value: (l) => l.name },
    {
      key: 'value',
      header: t('weekly.columns.thisPeriod'),
      kind: 'rate',
      against: 'target',
      sort: true,
      value: (l) => l.value,
    },
    { key: 'previous', header: t('weekly.columns.lastPeriod'), kind: 'rate', sort: true, value: (l) => l.previous },
    {
      key: 'change',
      header: t('weekly.columns.change'),
      kind: 'points',
      isSigned: true,
      sort: true,
      value: (l) => l.change,
    },
    { key: 'target', header: t('weekly.columns.target'), kind: 'rate', value: (l) => l.target },
    {
      key: 'status',
      header: t('weekly.columns.status'),
      kind: 'status',
      value: (l) => (l.target === null || l.value === null ? null : l.status),
    },
    { key: 'volume', header: t('weekly.columns.volume'), kind: 'count', sort: true, value: (l) => l.volume },
  ]
}
