import { describe, expect, it } from 'vitest'
import { onlineRateTrendOption, type RateTrendInput } from '../../src/charts/online-rate-trend'
import { formatPercent } from '../../src/domain/format'

const input: RateTrendInput = {
  labels: ['11/2021', '12/2021', '1/2022'],
  values: [0.25, null, 0.4123],
  targets: [0.3, 0.3, 0.5],
  seriesName: 'Tỷ lệ trực tuyến',
  targetName: 'Chỉ tiêu',
  formatRate: (r) => formatPercent(r, 'vi'),
  ariaDescription: 'mô tả',
}

type Series = { name: string; data: Array<number | null>; step?: string; lineStyle?: { type?: string } }

describe('onlineRateTrendOption', () => {
  it('draws the rate in percent with a gap where there is no value', () => {
    const option = onlineRateTrendOption(input)
    const [rate] = option.series as Series[]
    expect(rate!.data).toEqual([25, null, 41.23])
    expect((option.xAxis as { data: string[] }).data).toEqual(input.labels)
  })

  it('adds the target as a dashed line that steps at the year boundary', () => {
    const series = onlineRateTrendOption(input).series as Series[]
    expect(series).toHaveLength(2)
    expect(series[1]).toMatchObject({ name: 'Chỉ tiêu', step: 'middle', data: [30, 30, 50], lineStyle: { type: 'dashed' } })
  })

  it('has no target line when no month has a target', () => {
    const option = onlineRateTrendOption({ ...input, targets: [null, null, null] })
    expect(option.series as Series[]).toHaveLength(1)
    expect((option.legend as { data: string[] }).data).toEqual(['Tỷ lệ trực tuyến'])
  })

  it('describes itself for screen readers and formats tooltips in vi-VN', () => {
    const option = onlineRateTrendOption(input)
    expect(option.aria).toMatchObject({ enabled: true, label: { description: 'mô tả' } })
    const tooltip = option.tooltip as { valueFormatter: (v: unknown) => string }
    expect(tooltip.valueFormatter(9.94)).toBe('9,9%')
    expect(tooltip.valueFormatter(null)).toBe('—')
  })
})
