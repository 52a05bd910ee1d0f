// The monthly trend: the chosen rate as a line (with its stepped target) over received dossiers by channel.
import { PALETTE, type Palette } from './palette'
import type { ChartOption } from './registry'
import { chartTextStyle } from './font'

export interface MetricTrendInput {
  labels: string[]
  /** Rate per month (0..1), null where there is no value. */
  values: Array<number | null>
  /** Target per month (0..1), null where there is none. */
  targets: Array<number | null>
  /** Dossiers received per month by channel; omitted to draw the rate alone. */
  /** Null in a month no unit reported the channel (a one-door report has no postal split). */
  channels?: { online: Array<number | null>; postal: Array<number | null>; desk: Array<number | null> }
  names: { metric: string; target: string; online: string; postal: string; desk: string; notReported?: string }
  /** A rate as text; beside a `target`, with the digits that decide its status (94,96% against 95,0%). */
  formatRate: (ratio: number, target?: number | null) => string
  formatCount: (value: number) => string
  /** Counts on the axis, short enough for its margin at a country's scale ("1,2 Tr"); else formatCount. */
  formatAxisCount?: (value: number) => string
  ariaDescription: string
  palette?: Palette
  /** The chosen period's months (indices into labels, inclusive), shaded in files where it is not otherwise said. */
  period?: { from: number; to: number; name: string } | null
  /** The reorganisation's first month (an index into labels), marked by a line with its name; null: not crossed. */
  reform?: { index: number; name: string } | null
}

/** Room above the plot for the reorganisation's name, written level above its line. */
const REFORM_LABEL_ROOM = 18

/**
 * A vertical line at the reorganisation's month, its name written level above it (a name from i18n, not data),
 * running into the plot from the line: rightwards in the axis's first half, leftwards in its second.
 */
function reformMarkLine(reform: { index: number; name: string }, count: number, palette: Palette) {
  return {
    silent: true,
    symbol: ['none', 'none'],
    animation: false,
    data: [{ xAxis: reform.index }],
    lineStyle: { color: palette.text, type: 'solid' as const, width: 1.5, opacity: 0.8 },
    label: {
      show: true,
      position: 'end' as const,
      align: reform.index < count / 2 ? ('left' as const) : ('right' as const),
      distance: 4,
      formatter: reform.name,
      color: palette.text,
      fontSize: 11,
    },
  }
}

const percentOrNull = (value: number | null) => (value === null ? null : Math.round(value * 10000) / 100)

/** Line of the rate (right axis, %), dashed target stepping at year boundaries, stacked channel bars (left axis). */
export function metricTrendOption(input: MetricTrendInput): ChartOption {
  const palette = input.palette ?? PALETTE
  const hasTarget = input.targets.some((t) => t !== null)
  const hasBars = input.channels !== undefined
  const rateAxis = hasBars ? 1 : 0
  const bar = (name: string, data: Array<number | null>, color: string) => ({
    name,
    type: 'bar' as const,
    stack: 'received',
    data,
    yAxisIndex: 0,
    barMaxWidth: 28,
    itemStyle: { color },
    emphasis: { focus: 'series' as const },
    tooltip: {
      valueFormatter: (v: unknown) => (typeof v === 'number' ? input.formatCount(v) : (input.names.notReported ?? '—')),
    },
  })
  const { period } = input
  const months = {
    type: 'category' as const,
    data: input.labels,
    axisTick: { alignWithLabel: true },
    axisLabel: { color: palette.text },
    axisLine: { lineStyle: { color: palette.axis } },
  }
  // The period as a shaded band: a full-width, full-height bar per month of it, behind the rest, on axes of
  // its own (sharing the months' axis would squeeze the channels' bars beside it).
  const band = period
    ? [
        {
          name: period.name,
          type: 'bar' as const,
          xAxisIndex: 1,
          yAxisIndex: rateAxis + 1,
          data: input.labels.map((_, i) => (i >= period.from && i <= period.to ? 1 : null)),
          barWidth: '100%',
          silent: true,
          z: 0,
          itemStyle: { color: palette.grid, opacity: 0.6 },
          tooltip: { show: false },
        },
      ]
    : []
  return {
    aria: { enabled: true, label: { description: input.ariaDescription } },
    animation: false,
    // Fixed margins, no label measuring ('none': ECharts 6 would otherwise measure every label to fit them).
    // The legend is HTML beside the chart on screen (documents add one: chart-picture.ts).
    grid: {
      left: hasBars ? 56 : 44,
      right: hasBars ? 52 : 16,
      top: 16 + (input.reform ? REFORM_LABEL_ROOM : 0),
      bottom: 28,
      outerBoundsMode: 'none',
    },
    textStyle: chartTextStyle(palette),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      backgroundColor: palette.surface,
      borderColor: palette.axis,
      textStyle: chartTextStyle(palette),
    },
    xAxis: period ? [months, { type: 'category' as const, data: input.labels, show: false }] : months,
    yAxis: [
      ...(hasBars
        ? [
            {
              type: 'value' as const,
              axisLabel: {
                color: palette.text,
                formatter: (v: number) => (input.formatAxisCount ?? input.formatCount)(v),
              },
              splitLine: { show: false },
            },
          ]
        : []),
      {
        type: 'value' as const,
        min: 0,
        max: 100,
        position: hasBars ? ('right' as const) : ('left' as const),
        axisLabel: {
          color: palette.text,
          formatter: (v: number) => input.formatRate(v / 100).replace(/[,.]0(?=\s?%)/, ''),
        },
        splitLine: { lineStyle: { color: palette.grid } },
      },
      ...(period ? [{ type: 'value' as const, min: 0, max: 1, show: false }] : []),
    ],
    series: [
      ...band,
      ...(input.channels
        ? [
            bar(input.names.online, input.channels.online, palette.online),
            bar(input.names.postal, input.channels.postal, palette.postal),
            bar(input.names.desk, input.channels.desk, palette.desk),
          ]
        : []),
      {
        name: input.names.metric,
        type: 'line',
        yAxisIndex: rateAxis,
        data: input.values.map(percentOrNull),
        connectNulls: false,
        symbolSize: 7,
        z: 5,
        lineStyle: { width: 3, color: palette.line },
        itemStyle: { color: palette.line },
        ...(input.reform ? { markLine: reformMarkLine(input.reform, input.labels.length, palette) } : {}),
        // From the unrounded value, beside its month's target: the tooltip never contradicts the status.
        tooltip: {
          valueFormatter: (_v: unknown, i: number) => {
            const value = input.values[i]
            return value === null || value === undefined ? '—' : input.formatRate(value, input.targets[i] ?? null)
          },
        },
      },
      ...(hasTarget
        ? [
            {
              name: input.names.target,
              type: 'line' as const,
              step: 'middle' as const,
              yAxisIndex: rateAxis,
              data: input.targets.map(percentOrNull),
              symbol: 'none',
              z: 4,
              lineStyle: { type: 'dashed' as const, width: 2, color: palette.target },
              itemStyle: { color: palette.target },
              tooltip: { valueFormatter: (v: unknown) => (typeof v === 'number' ? input.formatRate(v / 100) : '—') },
            },
          ]
        : []),
    ],
  }
}
