import { describe, expect, it } from 'vitest'
import { metricTrendOption, type MetricTrendInput } from '../../src/charts/metric-trend'
import { PALETTES } from '../../src/charts/palette'
import { formatCount, formatPercent, formatPercentAgainst } from '../../src/domain/format'

const input: MetricTrendInput = {
  labels: ['11/2021', '12/2021', '1/2022'],
  values: [0.25, null, 0.4123],
  targets: [0.3, 0.3, 0.5],
  channels: { online: [25, 0, 41], postal: [5, 0, 4], desk: [70, 0, 55] },
  names: {
    metric: 'Tỷ lệ trực tuyến',
    target: 'Chỉ tiêu',
    online: 'Trực tuyến',
    postal: 'Bưu chính',
    desk: 'Trực tiếp',
  },
  formatRate: (r) => formatPercent(r, 'vi'),
  formatCount: (v) => formatCount(v, 'vi'),
  ariaDescription: 'mô tả',
}

type Series = {
  name: string
  type: string
  data: Array<number | null>
  step?: string
  stack?: string
  yAxisIndex?: number
  lineStyle?: { type?: string }
  tooltip: { valueFormatter: (v: unknown, i?: number) => string }
}
const seriesOf = (i: MetricTrendInput) => metricTrendOption(i).series as Series[]

describe('metricTrendOption', () => {
  it('stacks received by channel on the left axis and draws the rate in percent on the right', () => {
    const series = seriesOf(input)
    expect(series.map((s) => [s.name, s.type, s.stack ?? null, s.yAxisIndex])).toEqual([
      ['Trực tuyến', 'bar', 'received', 0],
      ['Bưu chính', 'bar', 'received', 0],
      ['Trực tiếp', 'bar', 'received', 0],
      ['Tỷ lệ trực tuyến', 'line', null, 1],
      ['Chỉ tiêu', 'line', null, 1],
    ])
    expect(series[3]!.data).toEqual([25, null, 41.23])
    expect((metricTrendOption(input).yAxis as Array<{ position?: string; max?: number }>)[1]).toMatchObject({
      position: 'right',
      max: 100,
    })
  })

  it('draws the target as a dashed line stepping at the year boundary', () => {
    expect(seriesOf(input)[4]).toMatchObject({ step: 'middle', data: [30, 30, 50], lineStyle: { type: 'dashed' } })
  })

  it('draws no target line without targets, and the rate alone without channels', () => {
    const series = seriesOf({ ...input, targets: [null, null, null], channels: undefined })
    expect(series.map((s) => s.name)).toEqual(['Tỷ lệ trực tuyến'])
    expect(series[0]!.yAxisIndex).toBe(0)
  })

  it('formats tooltips in vi-VN and describes itself for screen readers', () => {
    const series = seriesOf(input)
    expect(series[3]!.tooltip.valueFormatter(41.23, 2)).toBe('41,2%') // the month's own value (0.4123)
    expect(series[0]!.tooltip.valueFormatter(76574)).toBe('76.574')
    expect(series[3]!.tooltip.valueFormatter(null, 1)).toBe('—')
    expect(metricTrendOption(input).aria).toMatchObject({ enabled: true, label: { description: 'mô tả' } })
  })
})

describe('metricTrendOption in the dark theme', () => {
  it('draws the line, target and axis text in the dark palette, light by default', () => {
    const dark = metricTrendOption({ ...input, palette: PALETTES.dark })
    const series = dark.series as Array<{ name: string; lineStyle?: { color?: string } }>
    expect(series.find((s) => s.name === 'Tỷ lệ trực tuyến')!.lineStyle!.color).toBe(PALETTES.dark.line)
    expect(series.find((s) => s.name === 'Chỉ tiêu')!.lineStyle!.color).toBe(PALETTES.dark.target)
    expect((dark.xAxis as { axisLabel: { color: string } }).axisLabel.color).toBe(PALETTES.dark.text)
    const light = metricTrendOption(input).series as Array<{ name: string; lineStyle?: { color?: string } }>
    expect(light.find((s) => s.name === 'Tỷ lệ trực tuyến')!.lineStyle!.color).toBe(PALETTES.light.line)
    expect(PALETTES.dark.line).not.toBe(PALETTES.light.line)
  })
})

describe('metricTrendOption beside its targets', () => {
  it('tooltips a month just below its target from the unrounded value, with the digits that decide it', () => {
    const near = seriesOf({
      ...input,
      values: [0.94996, null, 0.96],
      targets: [0.95, 0.95, 0.95],
      formatRate: (r, target = null) => formatPercentAgainst(r, target, 'vi'),
    })
    const line = near.find((s) => s.name === 'Tỷ lệ trực tuyến')!
    const format = line.tooltip.valueFormatter as (v: unknown, i: number) => string
    expect(format(95, 0)).toBe('94,996%')
    expect(format(96, 2)).toBe('96,0%')
    expect(format(null, 1)).toBe('—')
  })
})

describe('the trend as a file marks the chosen period', () => {
  const period = { from: 1, to: 2, name: 'Kỳ báo cáo 12/2021 – 1/2022' }
  const option = metricTrendOption({ ...input, period })

  it("shades the period's months, full height, behind the rest, and names the band in the legend", async () => {
    const band = (option.series as Series[]).find((s) => s.name === period.name)!
    expect(band.data).toEqual([null, 1, 1]) // November is before the period
    const axes = option.yAxis as Array<{ min?: number; max?: number; show?: boolean }>
    expect(axes[band.yAxisIndex!]).toMatchObject({ min: 0, max: 1, show: false }) // 1 is the plot's full height
    await import('../../src/charts/registry')
    const { titledChartSvg } = await import('../../src/charts/chart-picture')
    const svg = titledChartSvg(option, { width: 800, height: 320 }, { title: 'Diễn biến', subtitle: '', source: '' })
    expect(svg).toContain(`>${period.name}</text>`)
    expect(metricTrendOption(input).series as Series[]).not.toContainEqual(
      expect.objectContaining({ name: period.name }),
    )
  })
})
