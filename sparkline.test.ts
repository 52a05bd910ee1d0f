import { describe, expect, it } from 'vitest'
import { sparklineOption } from '../../src/charts/sparkline'

type Line = { data: Array<number | null>; markLine?: { data: Array<{ yAxis: number }> } }

describe('sparklineOption', () => {
  it('draws percentages with gaps and a target mark', () => {
    const option = sparklineOption([0.1, null, 0.2], 0.3)
    const [line] = option.series as Line[]
    expect(line!.data).toEqual([10, null, 20])
    expect(line!.markLine!.data).toEqual([{ yAxis: 30 }])
  })

  it('fits the axis around the values and the target', () => {
    const axis = sparklineOption([0.1, 0.2], 0.3).yAxis as { min: number; max: number }
    expect(axis.min).toBeLessThan(10)
    expect(axis.max).toBeGreaterThan(30)
    expect(axis.max).toBeLessThanOrEqual(100)
  })
})
