// Children ranked on a rate: horizontal bars coloured (and patterned) by target status.
import type { TargetStatus } from '../domain/lagging'
import { PALETTE, type Palette } from './palette'
import type { ChartOption } from './registry'
import { chartTextStyle } from './font'
import { itemTooltip, NAME_TOOLTIP_BOX } from './markup'

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
  /** A rate as text; beside a `target`, with the digits that decide its status (94,96% against 95,0%). */
  formatRate: (ratio: number, target?: number | null) => string
  ariaDescription: string
  palette?: Palette
  /**
   * For files (PNG, SVG, pictures in documents), where no tooltip shows a cut name: names whole, wrapped on
   * two lines in a wider label area, and an empty row on top where the target's label stands clear of the bars.
   */
  isDocument?: boolean
}

const statusColours = (p: Palette): Record<TargetStatus, string> => ({
  met: p.met,
  notMet: p.notMet,
  noTarget: p.neutral,
  noValue: p.neutral,
})
// Stripes for "not met", so the status does not rest on colour alone.
const STATUS_DECALS: Partial<Record<TargetStatus, object>> = {
  notMet: {
    symbol: 'rect',
    dashArrayX: [1, 0],
    dashArrayY: [3, 4],
    rotation: -Math.PI / 4,
    color: 'rgba(255,255,255,0.45)',
  },
}

const percent = (ratio: number) => Math.round(ratio * 10000) / 100

/** Unit names longer than this are cut with "…" (the full name is in the tooltip and the table). */
export const MAX_LABEL_CHARS = 22
const shortName = (name: string) =>
  name.length > MAX_LABEL_CHARS ? `${name.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : name

/** Lines of a document's name label: whole words, up to `width` characters a line. */
export const WRAP_CHARS = 26
export function wrapName(name: string, width = WRAP_CHARS): string {
  const lines: string[] = []
  for (const word of name.split(/\s+/)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines.join('\n')
}

/** Best at the top; item ids ride along in `data[i].id` for click-to-drill-down. */
export function rankingBarOption(input: RankingInput): ChartOption {
  const palette = input.palette ?? PALETTE
  const colours = statusColours(palette)
  const items = [...input.items].reverse() // ECharts draws the first category at the bottom
  const doc = input.isDocument === true
  const labels = items.map((i) => (doc ? wrapName(i.name) : shortName(i.name)))
  // Room for the names from their length, not by measuring each one (ECharts' containLabel and
  // overflow: 'truncate' measure every label, char by char: most of this chart's drawing time).
  const longest = Math.max(...labels.flatMap((l) => l.split('\n').map((line) => line.length)), 4)
  const labelWidth = Math.min(doc ? 190 : 150, longest * 6.6)
  // In a file, the target's line runs on into an empty top row, where its label cannot sit on a bar.
  const labelRow = doc && input.target !== null && items.length > 0
  return {
    aria: { enabled: true, label: { description: input.ariaDescription } },
    animation: false,
    grid: { left: Math.round(labelWidth) + 14, right: 56, top: 8, bottom: 24, outerBoundsMode: 'none' },
    textStyle: chartTextStyle(palette),
    tooltip: {
      trigger: 'item',
      backgroundColor: palette.surface,
      borderColor: palette.axis,
      textStyle: chartTextStyle(palette),
      ...NAME_TOOLTIP_BOX,
      // The unit's full name (the axis may cut it) and its rate, as text: ECharts reads the answer as HTML.
      formatter: (params) => {
        const { marker, name, dataIndex } = params as { marker?: unknown; name: string; dataIndex: number }
        const value = items[dataIndex]?.value
        const rate = typeof value === 'number' ? input.formatRate(value, input.target) : '—'
        return itemTooltip(typeof marker === 'string' ? marker : '', name, rate)
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      axisLabel: {
        hideOverlap: true,
        color: palette.text,
        formatter: (v: number) => input.formatRate(v / 100).replace(/[,.]0(?=\s?%)/, ''),
      },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    yAxis: {
      type: 'category',
      data: labelRow ? [...labels, ''] : labels,
      axisLabel: { interval: 0, color: palette.text, ...(doc ? { lineHeight: 13 } : {}) },
      axisLine: { lineStyle: { color: palette.axis } },
    },
    series: [
      {
        type: 'bar',
        cursor: 'pointer',
        barMaxWidth: 22,
        data: items.map((item) => ({
          id: item.id,
          name: item.name,
          value: percent(item.value),
          itemStyle: { color: colours[item.status], decal: STATUS_DECALS[item.status] ?? { symbol: 'none' } },
        })),
        label: {
          show: true,
          position: 'right',
          color: palette.text,
          formatter: ({ dataIndex }) => input.formatRate(items[dataIndex]?.value ?? 0, input.target),
        },
      },
      // The target as a plain line series from the first bar to the last (LineChart is loaded anyway; the
      // markLine component would add 3.5 KB gzip to the first load for this one line).
      ...(input.target !== null && items.length > 0
        ? [
            {
              type: 'line' as const,
              name: input.targetName,
              silent: true,
              symbol: 'none',
              z: 5,
              data: [
                [percent(input.target), 0],
                [percent(input.target), labelRow ? items.length : items.length - 1],
              ],
              lineStyle: { color: palette.target, type: 'dashed' as const, width: 2 },
              tooltip: { show: false },
              endLabel: {
                show: true,
                formatter: `${input.targetName} ${input.formatRate(input.target)}`,
                color: palette.target,
                fontWeight: 'bold' as const,
              },
            },
          ]
        : []),
    ],
  }
}
