// Children ranked on a rate: horizontal bars coloured (and patterned) by target status.
import type { TargetStatus } from '../domain/lagging'
import { PALETTE } from './palette'
import type { ChartOption } from './registry'

export interface RankingItem {
  id: string
  name: string
  value: number
  status: TargetStatus
}

export interface RankingInput {
  items: RankingItem[]
  /** A target line drawn across all bars (the parent's), if there is one. */
  target: number | null
  targetName: string
  formatRate: (ratio: number) => string
  ariaDescription: string
}

export const STATUS_COLOURS: Record<TargetStatus, string> = {
  met: PALETTE.met, notMet: PALETTE.notMet, noTarget: PALETTE.neutral, noValue: PALETTE.neutral,
}
// Stripes for "not met", so the status does not rest on colour alone.
const STATUS_DECALS: Partial<Record<TargetStatus, object>> = {
  notMet: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 4], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.45)' },
}

const percent = (ratio: number) => Math.round(ratio * 10000) / 100

/** Unit names longer than this are cut with "…" (the full name is in the tooltip and the table). */
export const MAX_LABEL_CHARS = 22
const shortName = (name: string) => (name.length > MAX_LABEL_CHARS ? `${name.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : name)

/** Best at the top; item ids ride along in `data[i].id` for click-to-drill-down. */
export function rankingBarOption(input: RankingInput): ChartOption {
  const items = [...input.items].reverse() // ECharts draws the first category at the bottom
  const labels = items.map((i) => shortName(i.name))
  // Room for the names from their length, not by measuring each one (ECharts' containLabel and
  // overflow: 'truncate' measure every label, char by char: most of this chart's drawing time).
  const labelWidth = Math.min(150, Math.max(...labels.map((l) => l.length), 4) * 6.6)
  return {
    aria: { enabled: true, label: { description: input.ariaDescription } },
    animation: false,
    grid: { left: Math.round(labelWidth) + 14, right: 56, top: 8, bottom: 24, outerBoundsMode: 'none' },
    tooltip: { trigger: 'item', valueFormatter: (v) => (typeof v === 'number' ? input.formatRate(v / 100) : '—') },
    xAxis: {
      type: 'value', min: 0, max: 100, interval: 25,
      axisLabel: { hideOverlap: true, formatter: (v: number) => input.formatRate(v / 100).replace(/[,.]0(?=\s?%)/, '') },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    yAxis: { type: 'category', data: labels, axisLabel: { interval: 0 } },
    series: [{
      type: 'bar', cursor: 'pointer', barMaxWidth: 22,
      data: items.map((item) => ({
        id: item.id, name: item.name, value: percent(item.value),
        itemStyle: { color: STATUS_COLOURS[item.status], decal: STATUS_DECALS[item.status] ?? { symbol: 'none' } },
      })),
      label: { show: true, position: 'right', formatter: ({ value }) => input.formatRate(Number(value) / 100) },
    },
    // The target as a plain line series from the first bar to the last (LineChart is loaded anyway; the
    // markLine component would add 3.5 KB gzip to the first load for this one line).
    ...(input.target !== null && items.length > 0
      ? [{
          type: 'line' as const, name: input.targetName, silent: true, symbol: 'none', z: 5,
          data: [[percent(input.target), 0], [percent(input.target), items.length - 1]],
          lineStyle: { color: PALETTE.target, type: 'dashed' as const, width: 2 },
          tooltip: { show: false },
          endLabel: { show: true, formatter: `${input.targetName} ${input.formatRate(input.target)}`, color: PALETTE.target, fontWeight: 'bold' as const },
        }]
      : []),
    ],
  }
}
