// The reorganisation of 1 July 2025 on the trend's time axis: a line at 2025-07 with its name, only when the
// axis has months on both sides of it; the same in the still pictures (SVG) that documents are made from.
import { describe, expect, it } from 'vitest'
import { chartSvg } from '../../src/charts/chart-svg'
import { metricTrendOption, type MetricTrendInput } from '../../src/charts/metric-trend'
import { PALETTES } from '../../src/charts/palette'
import type { MetricTrendRecipe } from '../../src/charts/recipes'
import { formatCount, formatPercent } from '../../src/domain/format'
import { monthsOf } from '../../src/domain/periods'
import { reformIndex } from '../../src/domain/reform'

const MARKER = 'Sắp xếp đơn vị hành chính'

function inputFor(from: string, to: string): Omit<MetricTrendInput, 'formatRate' | 'formatCount'> {
  const months = monthsOf({ from, to })
  const index = reformIndex(months)
  return {
    labels: months,
    values: months.map(() => 0.5),
    targets: months.map(() => null),
    channels: { online: months.map(() => 5), postal: months.map(() => 1), desk: months.map(() => 4) },
    names: { metric: 'Tỷ lệ', target: 'Chỉ tiêu', online: 'Trực tuyến', postal: 'Bưu chính', desk: 'Trực tiếp' },
    ariaDescription: '',
    reform: index === null ? null : { index, name: MARKER },
  }
}

type MarkLine = { data: Array<{ xAxis: number }>; label: { formatter: string } }
const markLines = (from: string, to: string) =>
  (
    metricTrendOption({
      ...inputFor(from, to),
      formatRate: (r) => formatPercent(r, 'vi'),
      formatCount: (v) => formatCount(v, 'vi'),
    }).series as Array<{ name: string; markLine?: MarkLine }>
  ).filter((s) => s.markLine)

describe('where a time axis crosses the reorganisation', () => {
  it.each([
    [['2025-01', '2025-06', '2025-07', '2025-08'], 2],
    [['2024-12', '2025-08'], 1], // a gap: the first month of the new structure on the axis
    [['2025-07', '2025-08'], null], // starts with the new structure: nothing to separate
    [['2024-01', '2025-06'], null],
    [['2026-01'], null],
    [[], null],
  ])('%j: %s', (months, expected) => {
    expect(reformIndex(months)).toBe(expected)
  })
})

describe('the reorganisation marker on the trend', () => {
  it.each([
    // from, to, the 2025-07 category's index (counted by hand), or no marker
    ['2025-01', '2025-12', 6],
    ['2024-07', '2026-06', 12],
    ['2025-06', '2025-07', 1],
    ['2025-07', '2026-11', null],
    ['2023-01', '2025-06', null],
  ])('%s..%s: at index %s', (from, to, index) => {
    const marked = markLines(from, to)
    if (index === null) return expect(marked).toEqual([])
    expect(marked).toHaveLength(1)
    expect(marked[0]!.name).toBe('Tỷ lệ') // on the rate's line, which every trend has
    expect(marked[0]!.markLine!.data).toEqual([{ xAxis: index }])
    expect(marked[0]!.markLine!.label.formatter).toBe(MARKER)
  })

  it('is drawn, with its name, in the still picture documents are made from', () => {
    const recipe = (from: string, to: string): MetricTrendRecipe => ({
      kind: 'metric-trend',
      locale: 'vi',
      input: { ...inputFor(from, to), palette: PALETTES.light },
    })
    expect(chartSvg(recipe('2025-01', '2025-12'), { width: 800, height: 300 })).toContain(MARKER)
    expect(chartSvg(recipe('2025-07', '2025-12'), { width: 800, height: 300 })).not.toContain(MARKER)
  })
})
