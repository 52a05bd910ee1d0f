// The columns every list of units is made of (a unit's figures: its rate against its target, its shortfall, its run
// of months behind, its volume…), declared once for the screens' tables and their files.
import type { CellValue, TableColumn } from '../domain/columns'
import { monthsBehindText, type ChildFigure } from '../domain/breakdown'
import type { MetricId } from '../domain/metrics'
import { numeratorLabelKey } from '../domain/numerator'
import type { Comparison } from '../domain/periods'
import type { Translate } from '../i18n/messages'

export const statusWords = (t: Translate) => ({
  met: t('status.met'),
  notMet: t('status.notMet'),
  noTarget: t('status.noTarget'),
  noValue: t('status.noValue'),
})

/** Months behind as on screen: a number, or text where it is not one ("24+": the run reaches the first month). */
export function monthsBehindValue(f: ChildFigure): CellValue {
  const text = monthsBehindText(f)
  return text === null || f.isMonthsBehindOpen || f.isMonthsBehindPending ? text : f.monthsBehind
}

type FigureColumn = TableColumn<ChildFigure>

/** What the columns' headers depend on: the words, the metric (its numerator) and the baseline of the change. */
export interface FigureColumnsContext {
  t: Translate
  metric: MetricId
  comparison?: Comparison
}

/** The building blocks, by key; a screen's definition picks and orders them. */
export function figureColumns({ t, metric, comparison }: FigureColumnsContext) {
  return {
    name: {
      key: 'name',
      header: t('overview.columns.unit'),
      kind: 'text',
      value: (f) => f.name,
      sort: true,
      firstSort: 'ascending',
      width: 28,
      isRowHeader: true,
    },
    // wide enough for "Sở, ban, ngành" on one line
    level: {
      key: 'level',
      header: t('laggingPage.level'),
      kind: 'text',
      value: (f) => t(`kinds.${f.kind}`),
      width: 15,
    },
    value: {
      key: 'value',
      header: t('overview.columns.value'),
      kind: 'rate',
      against: 'target',
      // A rate no unit reported the inputs of reads "chưa báo cáo" (not "—", which is a zero base or a fault).
      value: (f) => f.value ?? (f.noValueReason === 'notReported' ? t('kpi.notReported') : null),
      sort: (f) => f.value,
      width: 10,
    },
    target: {
      key: 'target',
      header: t('overview.columns.target'),
      kind: 'rate',
      value: (f) => f.target,
      sort: true,
      width: 9,
    },
    status: {
      key: 'status',
      header: t('overview.columns.status'),
      kind: 'status',
      width: 12,
      value: (f) => (f.target === null || f.status === 'noValue' ? null : f.status),
    },
    // The shortfall: "—" (none) for units at or above target, so they sort last like other blanks.
    gap: {
      key: 'gap',
      header: t('overview.columns.gap'),
      kind: 'points',
      value: (f) => (f.gap !== null && f.gap > 0 ? f.gap : null),
      sort: true,
      width: 10,
    },
    monthsBehind: {
      key: 'monthsBehind',
      header: t('overview.columns.monthsBehind'),
      kind: 'count',
      value: monthsBehindValue,
      sort: (f) => (f.status === 'notMet' ? f.monthsBehind : null),
      width: 10,
    },
    volume: {
      key: 'volume',
      header: t('overview.columns.volume'),
      kind: 'count',
      value: (f) => f.volume,
      sort: true,
      width: 10,
    },
    numerator: {
      key: 'numerator',
      header: t(numeratorLabelKey(metric)),
      kind: 'count',
      value: (f) => f.numerator,
      sort: true,
      width: 10,
    },
    change: {
      key: 'change',
      kind: 'points',
      isSigned: true,
      value: (f) => f.change,
      sort: true,
      width: 10,
      header:
        comparison === undefined
          ? t('overview.columns.change')
          : t('overview.columns.changeVs', { baseline: t(`toolbar.comparisons.${comparison}`).toLocaleLowerCase() }),
    },
  } satisfies Record<string, FigureColumn>
}

/** A column the screen alone shows, with no value of its own (a sparkline, a rank drawn from the order). */
export const screenColumn = (key: string, header: string, value: FigureColumn['value'] = () => null): FigureColumn => ({
  key,
  header,
  kind: 'text',
  value,
  on: 'screen',
})
