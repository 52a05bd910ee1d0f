// What the overview's exports hold: the sheets of the workbook and the slides of the meeting pack,
// built from the same figures as the screen (pure; words and number formats come in as functions).
import type { RateKpi } from '../../domain/kpis'
import type { TierFigure } from '../../domain/tiers'
import type { MetricId } from '../../domain/metrics'
import { tiersTable } from './tiers-table'
import { kpiFinding, trendFinding } from './findings'
import { statusWords } from '../../export/figures-table'
import { rankingTable } from './ranking-columns'
import { overviewLaggingTable } from './lagging-columns'
import { monthsTable } from './months-columns'
import type { Comparison } from '../../domain/periods'
import { reformIndex } from '../../domain/reform'
import type { Translate } from '../../i18n/messages'
import type { CellValue } from '../../domain/columns'
import type { ExportColumn, ExportTable } from '../../export/table'
import { cellText, type CellWords } from '../../domain/cell-text'
import type { PackSection } from '../../export/pptx'
import type { childrenModel, kpiModel, trendModel } from './overview-model'

/** The cells' words (as on screen) and a finding's: a percentage with the digits it asks for. */
export interface ExportWords extends CellWords {
  t: Translate
  percent: (ratio: number, digits?: number) => string
}

export interface OverviewFigures {
  metric: MetricId
  /** The baseline of the ranking's change column. */
  comparison: Comparison
  kpis: ReturnType<typeof kpiModel>
  trend: ReturnType<typeof trendModel>
  children: ReturnType<typeof childrenModel>
  tiers: TierFigure[] | null
  /** The map as drawn on screen (PNG data URL and width/height), if there is one. */
  map: { dataUrl: string; aspect: number } | null
}

function kpiTable(kpis: RateKpi[], w: ExportWords): ExportTable {
  const { t } = w
  return {
    sheet: t('export.sheets.kpis'),
    title: t('overview.kpis'),
    statusLabels: statusWords(t),
    columns: [
      { key: 'name', label: t('export.columns.indicator'), kind: 'text' },
      { key: 'value', label: t('overview.columns.value'), kind: 'rate', against: 'target' },
      { key: 'target', label: t('overview.columns.target'), kind: 'rate' },
      { key: 'status', label: t('overview.columns.status'), kind: 'status' },
      { key: 'previous', label: t('export.columns.vsPrevious'), kind: 'points', isSigned: true },
      { key: 'lastYear', label: t('export.columns.vsLastYear'), kind: 'points', isSigned: true },
    ],
    rows: kpis.map((k) => ({
      name: t(`metrics.${k.metric}`),
      value: k.current.value ?? (k.current.reason === 'notReported' ? t('kpi.notReported') : null),
      target: k.target,
      status: k.target === null ? null : k.status,
      previous: k.changes.previousPeriod,
      lastYear: k.changes.samePeriodLastYear,
    })),
  }
}

/** The ranking's title names the group it ranks ("— Sở, ban, ngành"): a sheet or slide alone says what it holds. */
function rankingTitle(figures: OverviewFigures, t: Translate): string {
  const title = t('overview.rankingTitle', { metric: t(`metrics.${figures.metric}`) })
  const { group } = figures.children
  return group ? t('export.rankingOfGroup', { title, group: t(`overview.groups.${group}`) }) : title
}

/** The view's tables by name: every section on screen that is a table (the tier split where it is shown). */
export function overviewTables(figures: OverviewFigures, w: ExportWords) {
  const { t } = w
  const context = { t, metric: figures.metric, comparison: figures.comparison }
  const { ranked, lagging } = figures.children
  return {
    kpis: kpiTable(figures.kpis.rates, w),
    months: monthsTable(figures.trend, figures.metric, t),
    ranking: rankingTable(ranked, context, t('export.sheets.ranking'), rankingTitle(figures, t)),
    lagging: overviewLaggingTable(lagging, context, t('export.sheets.lagging'), t('overview.laggingTitle')),
    tiers: figures.tiers ? tiersTable(figures.tiers, figures.metric, t, figures.children.target) : null,
  }
}

/** The workbook's sheets, in the screen's order: key figures, months, the ranking, the lagging units, the tiers. */
export function overviewSheets(figures: OverviewFigures, w: ExportWords): ExportTable[] {
  const { kpis, months, ranking, lagging, tiers } = overviewTables(figures, w)
  return [kpis, months, ranking, lagging, ...(tiers ? [tiers] : [])]
}

/** The reorganisation's month on the trend's axis, where the months cross it. */
function reformMarker(months: readonly string[], t: Translate) {
  const index = reformIndex(months)
  return index === null ? null : { index, label: t('reform.marker') }
}

/** The meeting pack's slides after the title slide. */
export function overviewSections(figures: OverviewFigures, w: ExportWords): PackSection[] {
  const { t } = w
  const tables = overviewTables(figures, w)
  const formatValue = (column: ExportColumn, row: Record<string, CellValue>) => cellText(column, row, w)
  const metric = t(`metrics.${figures.metric}`)
  const main = figures.kpis.rates.find((k) => k.metric === figures.metric) ?? figures.kpis.rates[0]!
  const ranked = figures.children.ranked.filter((f) => f.value !== null && !f.isLowVolume)
  const sections: PackSection[] = [
    { kind: 'table', heading: kpiFinding(main, w), table: tables.kpis, formatValue },
    {
      kind: 'line',
      heading: trendFinding(metric, figures.trend, w) ?? `${t('overview.trendTitle')} — ${metric}`,
      labels: figures.trend.months.map(w.month),
      series: [
        { name: metric, values: figures.trend.values },
        ...(figures.trend.targets.some((v) => v !== null)
          ? [{ name: t('overview.targetLine'), values: figures.trend.targets }]
          : []),
      ],
      marker: reformMarker(figures.trend.months, t),
    },
  ]
  if (ranked.length > 0) {
    sections.push({
      kind: 'bar',
      heading: t('export.rankingFinding', { metric, unit: ranked[0]!.name, value: w.percent(ranked[0]!.value!) }),
      labels: ranked.map((f) => f.name),
      values: ranked.map((f) => f.value!),
      valueLabels: ranked.map((f) => w.percent(f.value!)),
      seriesNames: { met: t('status.met'), notMet: t('status.notMet') },
      target: figures.children.target,
      targetLabel:
        figures.children.target === null ? '' : `${t('overview.targetLine')}: ${w.percent(figures.children.target)}`,
    })
    sections.push({
      kind: 'table',
      heading: tables.ranking.title,
      table: tables.ranking,
      formatValue,
    })
  }
  const lagging = figures.children.lagging.length
  // A unit with no units below has no lagging list: not "every unit below is at target".
  if (figures.children.all.length > 0)
    sections.push({
      kind: 'table',
      heading:
        lagging > 0 ? t('export.laggingFinding', { count: lagging, metric }) : t('export.laggingNone', { metric }),
      table: tables.lagging,
      formatValue,
    })
  const { tiers } = tables
  if (tiers) {
    sections.push({ kind: 'table', heading: tiers.title, table: tiers, formatValue })
  }
  if (figures.map) sections.push({ kind: 'image', heading: t('overview.mapTitle', { metric }), ...figures.map })
  return sections
}
