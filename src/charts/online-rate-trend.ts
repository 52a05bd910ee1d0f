// The monthly online rate as a line, with the target as a stepped dashed line.
import { PALETTE } from './palette'
import type { ChartOption } from './registry'

export interface RateTrendInput {
  /** Axis labels, one a month. */
  labels: string[]
  /** Rate per month (0..1), null where there is no value. */
  values: Array<number | null>
  /** Target per month (0..1), null where there is none. */
  targets: Array<number | null>
  seriesName: string
  targetName: string
  /** Formats a 0..1 rate for tooltips and the axis. */
  formatRate: (ratio: number) => string
  ariaDescription: string
}

const percentOrNull = (value: number | null) => (value === null ? null : Math.round(value * 10000) / 100)

/** Line of the rate over the months, target line stepping at year boundaries, values in percent. */
export function onlineRateTrendOption(input: RateTrendInput): ChartOption {
  const hasTarget = input.targets.some((t) => t !== null)
  return {
    aria: { enabled: true, label: { description: input.ariaDescription } },
    animation: false,
    grid: { left: 48, right: 16, top: 32, bottom: 32 },
    legend: { top: 0, data: hasTarget ? [input.seriesName, input.targetName] : [input.seriesName] },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? input.formatRate(value / 100) : '—'),
    },
    xAxis: { type: 'category', data: input.labels, axisTick: { alignWithLabel: true } },
    yAxis: {
      type: 'value', min: 0, max: 100,
      axisLabel: { formatter: (value: number) => input.formatRate(value / 100).replace(/[,.]0(?=%)/, '') },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    series: [
      {
        name: input.seriesName, type: 'line', data: input.values.map(percentOrNull), connectNulls: false,
        symbolSize: 6, lineStyle: { width: 3, color: PALETTE.online }, itemStyle: { color: PALETTE.online },
      },
      ...(hasTarget
        ? [{
            name: input.targetName, type: 'line' as const, step: 'middle' as const, data: input.targets.map(percentOrNull),
            symbol: 'none', lineStyle: { type: 'dashed' as const, width: 2, color: PALETTE.target },
            itemStyle: { color: PALETTE.target },
          }]
        : []),
    ],
  }
}
