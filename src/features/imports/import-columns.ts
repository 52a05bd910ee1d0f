// The import screen's tables, declared once: the problems of a preview, and the history of imports.
import type { ImportProblem, ImportReport } from '../../api/contract'
import type { TableColumn } from '../../domain/columns'
import type { Translate } from '../../i18n/messages'
import { problemText } from './import-model'

/** Row, column, and the reason in words; a problem of the whole file says so in place of a row. */
export function problemColumns(t: Translate): TableColumn<ImportProblem>[] {
  return [
    {
      key: 'row',
      header: t('imports.columns.row'),
      kind: 'text',
      value: (p) => (p.row === 0 ? t('imports.wholeFile') : String(p.row)),
      isRowHeader: true,
      width: 8,
    },
    { key: 'column', header: t('imports.columns.column'), kind: 'text', value: (p) => p.column ?? '—', width: 6 },
    { key: 'problem', header: t('imports.columns.problem'), kind: 'text', value: (p) => problemText(t, p), width: 70 },
  ]
}

/** Who imported what and when, and whether it still counts; the screen adds the revert button. */
export function historyColumns(t: Translate, dateTime: (iso: string) => string): TableColumn<ImportReport>[] {
  return [
    {
      key: 'at',
      header: t('imports.historyColumns.at'),
      kind: 'text',
      value: (r) => (r.at ? dateTime(r.at) : '—'),
      width: 18,
    },
    { key: 'by', header: t('imports.historyColumns.by'), kind: 'text', value: (r) => r.by, width: 14 },
    {
      key: 'file',
      header: t('imports.historyColumns.file'),
      kind: 'text',
      value: (r) => r.fileName,
      isRowHeader: true,
      width: 28,
    },
    {
      key: 'periods',
      header: t('imports.historyColumns.periods'),
      kind: 'text',
      value: (r) => r.periods.join(', '),
      width: 14,
    },
    { key: 'accepted', header: t('imports.historyColumns.accepted'), kind: 'count', value: (r) => r.accepted },
    {
      key: 'changed',
      header: t('imports.historyColumns.changed'),
      kind: 'text',
      value: (r) => `${r.unitMonthsAdded ?? '—'} / ${r.unitMonthsReplaced ?? '—'}`,
    },
    {
      key: 'state',
      header: t('imports.historyColumns.state'),
      kind: 'text',
      value: (r) => (r.revertedAt ? t('imports.reverted', { at: dateTime(r.revertedAt) }) : t('imports.active')),
      width: 24,
    },
  ]
}
