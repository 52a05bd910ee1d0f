import { describe, expect, it } from 'vitest'
import { resolutionStackOption } from '../../src/charts/resolution-stack'

const input = {
  labels: ['1/2026', '2/2026'],
  early: [60, 0],
  onTime: [30, 0],
  late: [10, 0],
  names: { early: 'Trước hạn', onTime: 'Đúng hạn', late: 'Quá hạn' },
  formatCount: (v: number) => String(v),
  formatShare: (r: number) => `${Math.round(r * 100)}%`,
  ariaDescription: 'mô tả',
}

describe('resolutionStackOption', () => {
  const option = resolutionStackOption(input)
  const series = option.series as Array<{
    name: string
    stack: string
    data: number[]
    tooltip: { valueFormatter: (v: unknown, i: number) => string }
  }>

  it('stacks early, on time and late, in that order, on one count axis', () => {
    expect(series.map((s) => [s.name, s.stack])).toEqual([
      ['Trước hạn', 'resolved'],
      ['Đúng hạn', 'resolved'],
      ['Quá hạn', 'resolved'],
    ])
    expect(series[2]!.data).toEqual([10, 0])
    expect((option.xAxis as { data: string[] }).data).toEqual(['1/2026', '2/2026'])
  })

  it("gives each count its share of the period's resolved, and no share when none was resolved", () => {
    expect(series[2]!.tooltip.valueFormatter(10, 0)).toBe('10 (10%)')
    expect(series[2]!.tooltip.valueFormatter(0, 1)).toBe('0')
  })
})
