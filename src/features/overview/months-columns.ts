// The trend's months, declared once: the trend panel's table on screen and the workbook's and pack's sheet.
import type { TableColumn } from '../../domain/columns'
import type { MetricId } from '../../domain/metrics'
import { tableFromColumns } from '../../export/columns'
import type { ExportTable } from '../../export/table'
import type { Translate } from '../../i18n/messages'

/** The trend's series, month by month; a channel is null in a month no unit reported it ("chưa báo cáo"). */
export interface TrendSeries {
  months: readonly string[]
  values: ReadonlyArray<number | null>
  targets: ReadonlyArray<number | null>
  channels: {
    online: ReadonlyArray<number | null>
    postal: ReadonlyArray<number | null>
    desk: ReadonlyArray<number | null>
  }
}

export interface MonthFigure {
  month: string
  value: number | null
  target: number | null
  online: number | null
  postal: number | null
  desk: number | null
}

/** A row a month. */
export const monthFigures = (trend: TrendSeries): MonthFigure[] =>
  trend.months.map((month, i) => ({
    month,
    value: trend.values[i] ?? null,
    target: trend.targets[i] ?? null,
    online: trend.channels.online[i] ?? null,
    postal: trend.channels.postal[i] ?? null,
    desk: trend.channels.desk[i] ?? null,
  }))

/** Month, the rate read against its target, the target, and the dossiers received by each channel. */
export function monthsColumns(metric: MetricId, t: Translate): TableColumn<MonthFigure>[] {
  const channel = (key: 'online' | 'postal' | 'desk'): TableColumn<MonthFigure> => ({
    key,
    header: t(`overview.channels.${key}`),
    kind: 'count',
    value: (m) => m[key] ?? t('kpi.notReported'),
  })
  return [
    { key: 'month', header: t('metrics.month'), kind: 'month', value: (m) => m.month, isRowHeader: true },
    { key: 'value', header: t(`metrics.${metric}`), kind: 'rate', against: 'target', value: (m) => m.value },
    { key: 'target', header: t('overview.targetLine'), kind: 'rate', value: (m) => m.target },
    channel('online'),
    channel('postal'),
    channel('desk'),
  ]
}

/** The months as a file's table. */
export const monthsTable = (trend: TrendSeries, metric: MetricId, t: Translate): ExportTable =>
  tableFromColumns(
    { sheet: t('export.sheets.months'), title: t('overview.trendTitle') },
    monthsColumns(metric, t),
    monthFigures(trend),
  )
