// Resolved dossiers by deadline, period by period: early, on time and late stacked (counts), so the on-time
// rate is read from what it is made of, not from volumes received.
import { chartTextStyle } from './font'
import { PALETTE, type Palette } from './palette'
import type { ChartOption } from './registry'

export interface ResolutionStackInput {
  labels: string[]
  early: number[]
  onTime: number[]
  late: number[]
  names: { early: string; onTime: string; late: string }
  formatCount: (value: number) => string
  formatAxisCount?: (value: number) => string
  /** A share of the period's resolved dossiers as text. */
  formatShare: (ratio: number) => string
  ariaDescription: string
  palette?: Palette
}

/** Three stacked bar series on one count axis; each tooltip value with its share of the period's resolved. */
export function resolutionStackOption(input: ResolutionStackInput): ChartOption {
  const palette = input.palette ?? PALETTE
  const resolved = input.labels.map((_, i) => (input.early[i] ?? 0) + (input.onTime[i] ?? 0) + (input.late[i] ?? 0))
  const bar = (name: string, data: number[], color: string) => ({
    name,
    type: 'bar' as const,
    stack: 'resolved',
    data,
    barMaxWidth: 28,
    itemStyle: { color },
    emphasis: { focus: 'series' as const },
    tooltip: {
      valueFormatter: (v: unknown, i: number) =>
        typeof v !== 'number'
          ? '—'
          : resolved[i]
            ? `${input.formatCount(v)} (${input.formatShare(v / resolved[i]!)})`
            : input.formatCount(v),
    },
  })
  return {
    aria: { enabled: true, label: { description: input.ariaDescription } },
    animation: false,
    grid: { left: 56, right: 16, top: 16, bottom: 28, outerBoundsMode: 'none' },
    textStyle: chartTextStyle(palette),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      backgroundColor: palette.surface,
      borderColor: palette.axis,
      textStyle: chartTextStyle(palette),
    },
    xAxis: {
      type: 'category',
      data: input.labels,
      axisTick: { alignWithLabel: true },
      axisLabel: { color: palette.text },
      axisLine: { lineStyle: { color: palette.axis } },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color: palette.text, formatter: (v: number) => (input.formatAxisCount ?? input.formatCount)(v) },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    series: [
      bar(input.names.early, input.early, palette.met),
      bar(input.names.onTime, input.onTime, palette.online),
      bar(input.names.late, input.late, palette.notMet),
    ],
  }
}
