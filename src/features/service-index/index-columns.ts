// The service index screen's tables, declared once: on screen and in CSV/XLSX.
import type { TableColumn } from '../../domain/columns'
import type { Translate } from '../../i18n/messages'
import type { HolderLine } from './accountability-model'
import type { GroupLine, LossLine } from './index-model'
import type { IndexPeriod } from './index-period'

/** Index points to two decimals, as every cell and file shows them. */
const score = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100)

// Points first: on a phone the group, its points, its maximum and what it loses fit without scrolling.

/** The two baselines' column headers for the period's kind. */
export function changeHeaders(t: Translate, period: IndexPeriod): { previous: string; earlier: string } {
  if (period.grain === 'week')
    return { previous: t('serviceIndex.changes.week'), earlier: t('serviceIndex.changes.fourWeeks') }
  const isMonth = period.range.from === period.range.to
  return {
    previous: t(isMonth ? 'serviceIndex.changes.month' : 'serviceIndex.changes.period'),
    earlier: t('serviceIndex.changes.year'),
  }
}

export function groupColumns(t: Translate, period: IndexPeriod): TableColumn<GroupLine>[] {
  const changes = changeHeaders(t, period)
  return [
    {
      key: 'group',
      header: t('serviceIndex.columns.group'),
      kind: 'text',
      isRowHeader: true,
      width: 26,
      value: (g) => t(`serviceIndex.groups.${g.id}`),
    },
    { key: 'points', header: t('serviceIndex.columns.points'), kind: 'score', value: (g) => score(g.points) },
    { key: 'maxPoints', header: t('serviceIndex.columns.maxPoints'), kind: 'score', value: (g) => g.maxPoints },
    { key: 'lost', header: t('serviceIndex.columns.lost'), kind: 'score', value: (g) => score(g.lost) },
    {
      key: 'rate',
      header: t('serviceIndex.columns.rate'),
      kind: 'rate',
      against: 'target',
      // Publicity is said to be unmeasurable from these counts, in words (the files too), never "—" or 0.
      value: (g) => (g.state === 'notMeasured' ? t('serviceIndex.notMeasuredShort') : g.value),
      width: 12,
    },
    {
      key: 'target',
      header: t('serviceIndex.columns.target'),
      kind: 'rate',
      value: (g) => (g.state === 'notMeasured' ? null : g.target),
    },
    { key: 'previous', header: changes.previous, kind: 'score', isSigned: true, value: (g) => score(g.changePrevious) },
    { key: 'earlier', header: changes.earlier, kind: 'score', isSigned: true, value: (g) => score(g.changeEarlier) },
  ]
}

export function lossColumns(t: Translate, period: IndexPeriod): TableColumn<LossLine>[] {
  const changes = changeHeaders(t, period)
  return [
    { key: 'unit', header: t('serviceIndex.columns.unit'), kind: 'text', isRowHeader: true, value: (l) => l.name },
    { key: 'lost', header: t('serviceIndex.columns.lost'), kind: 'score', sort: true, value: (l) => score(l.lost) },
    { key: 'weight', header: t('serviceIndex.columns.weight'), kind: 'rate', sort: true, value: (l) => l.weight },
    { key: 'rate', header: t('serviceIndex.columns.rate'), kind: 'rate', sort: true, value: (l) => l.value },
    {
      key: 'previous',
      header: changes.previous,
      kind: 'score',
      isSigned: true,
      sort: true,
      value: (l) => score(l.changePrevious),
    },
    {
      key: 'earlier',
      header: changes.earlier,
      kind: 'score',
      isSigned: true,
      sort: true,
      value: (l) => score(l.changeEarlier),
    },
  ]
}

/** The units holding the most overdue dossiers at the period's end, by count. */
export function holderColumns(t: Translate, period: IndexPeriod): TableColumn<HolderLine>[] {
  const changes = changeHeaders(t, period)
  return [
    { key: 'unit', header: t('serviceIndex.columns.unit'), kind: 'text', isRowHeader: true, value: (h) => h.name },
    {
      key: 'overdue',
      header: t('serviceIndex.accountability.overdue'),
      kind: 'count',
      sort: true,
      value: (h) => h.overdue,
    },
    {
      key: 'pending',
      header: t('serviceIndex.accountability.pending'),
      kind: 'count',
      sort: true,
      value: (h) => h.pending,
    },
    {
      key: 'share',
      header: t('serviceIndex.accountability.share'),
      kind: 'rate',
      sort: true,
      value: (h) => h.share.value,
    },
    { key: 'change', header: changes.previous, kind: 'count', isSigned: true, sort: true, value: (h) => h.change },
  ]
}

/** One period of the resolution chart's table: resolved early, on time, late, and overdue at its end. */
export interface ResolutionLine {
  key: string
  /** The period's name as on screen ("Tháng 10/2026", "Tuần 48/2026 (23/11 – 29/11)"). */
  label: string
  early: number
  onTime: number
  late: number
  overdue: number
}

export function resolutionColumns(t: Translate): TableColumn<ResolutionLine>[] {
  const count = (key: 'early' | 'onTime' | 'late' | 'overdue', header: string): TableColumn<ResolutionLine> => ({
    key,
    header,
    kind: 'count',
    value: (l) => l[key],
  })
  return [
    {
      key: 'period',
      header: t('serviceIndex.accountability.period'),
      kind: 'text',
      isRowHeader: true,
      width: 24,
      value: (l) => l.label,
    },
    count('early', t('serviceIndex.accountability.early')),
    count('onTime', t('serviceIndex.accountability.onTime')),
    count('late', t('serviceIndex.accountability.late')),
    count('overdue', t('serviceIndex.accountability.overdue')),
  ]
}
