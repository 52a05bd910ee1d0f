import { describe, expect, it } from 'vitest'
import { optionFromRecipe, type MetricTrendRecipe } from '../../src/charts/recipes'
import { PALETTE } from '../../src/charts/palette'

const recipe = (locale: 'vi' | 'en'): MetricTrendRecipe => ({
  kind: 'metric-trend',
  locale,
  input: {
    palette: PALETTE,
    labels: ['1/2024'],
    values: [0.5],
    targets: [null],
    channels: { online: [1_200_000], postal: [0], desk: [0] },
    names: { metric: 'm', target: 't', online: 'o', postal: 'p', desk: 'd' },
    ariaDescription: '',
  },
})
const countAxisLabel = (locale: 'vi' | 'en', value: number) => {
  const axes = optionFromRecipe(recipe(locale)).yAxis as Array<{ axisLabel: { formatter: (v: number) => string } }>
  return axes[0]!.axisLabel.formatter(value)
}

describe('the trend recipe', () => {
  it('writes a country\'s millions on the count axis in a few characters, not cut as "0.000.000"', () => {
    const compact = (locale: string) => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })
    expect(countAxisLabel('vi', 1_200_000)).toBe(compact('vi-VN').format(1_200_000))
    expect(countAxisLabel('en', 1_200_000)).toBe('1.2M')
    expect(countAxisLabel('vi', 12_500_000).length).toBeLessThanOrEqual(7)
    // Small counts are written whole.
    expect(countAxisLabel('vi', 500)).toBe('500')
  })
})
