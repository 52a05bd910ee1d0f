// Units' figures as an export table: the same columns wherever a list of units is exported.
import { monthsBehindText, type ChildFigure } from '../domain/breakdown'
import type { MetricId } from '../domain/metrics'
import { numeratorLabelKey } from '../domain/numerator'
import type { Translate } from '../i18n/messages'
import type { ExportTable, ExportValue } from './table'

export const statusWords = (t: Translate) => ({
  met: t('status.met'), notMet: t('status.notMet'), noTarget: t('status.noTarget'), noValue: t('status.noValue'),
})

/** Months behind in a file as on screen: a number, or "24+" (text) where the run reaches the first month with data. */
function monthsBehindCell(f: ChildFigure): ExportValue {
  const text = monthsBehindText(f)
  return text === null || f.isMonthsBehindOpen ? text : f.monthsBehind
}

/**
 * `withGap`: the lagging view (shortfall and months behind) rather than the change. The counts are the rate's
 * volume and numerator (the metric's own: dossiers fully online for the full-online rate).
 */
export function figuresTable(
  sheet: string, title: string, figures: readonly ChildFigure[], t: Translate, withGap: boolean, metric: MetricId,
): ExportTable {
  return {
    sheet,
    title,
    statusLabels: statusWords(t),
    columns: [
      { key: 'name', label: t('overview.columns.unit'), kind: 'text' },
      { key: 'level', label: t('laggingPage.level'), kind: 'text', width: 15 }, // "Sở, ban, ngành" on one line
      { key: 'value', label: t('overview.columns.value'), kind: 'rate', against: 'target' },
      { key: 'target', label: t('overview.columns.target'), kind: 'rate' },
      { key: 'status', label: t('overview.columns.status'), kind: 'status' },
      ...(withGap
        ? [
            { key: 'gap', label: t('overview.columns.gap'), kind: 'points' as const },
            { key: 'monthsBehind', label: t('overview.columns.monthsBehind'), kind: 'count' as const },
          ]
        : [{ key: 'change', label: t('overview.columns.change'), kind: 'points' as const }]),
      { key: 'volume', label: t('overview.columns.volume'), kind: 'count' },
      { key: 'numerator', label: t(numeratorLabelKey(metric)), kind: 'count' },
    ],
    rows: figures.map((f) => ({
      name: f.name, level: t(`kinds.${f.kind}`), value: f.value, target: f.target, status: f.target === null ? null : f.status,
      gap: f.gap, monthsBehind: monthsBehindCell(f), change: f.change, volume: f.volume, numerator: f.numerator,
    })),
  }
}
