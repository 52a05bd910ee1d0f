import { describe, expect, it } from 'vitest'
import { sparklineGeometry, sparklineX } from '../../src/components/sparkline-path'

describe('sparklineGeometry', () => {
  it('draws from the lowest (bottom) to the highest (top) value, target included in the scale', () => {
    const g = sparklineGeometry([0.1, 0.2, 0.3], 0.3, 100, 20)
    expect(g.line).toBe('M 2.0 18.0 L 50.0 10.0 L 98.0 2.0')
    expect(g.targetY).toBeCloseTo(2, 6)
    expect(g.last).toEqual({ x: 98, y: 2 })
  })

  it('breaks the line at a month without a value', () => {
    expect(sparklineGeometry([0.1, null, 0.3, 0.2], null, 100, 20).line.match(/M/g)).toHaveLength(2)
  })

  it('draws nothing without values', () => {
    expect(sparklineGeometry([null, null], 0.3, 100, 20)).toEqual({ line: '', targetY: null, last: null })
  })

  it('puts a marked month where its point is drawn', () => {
    // 12 months across 120 px with 2 px padding: month i at 2 + i × 116 / 11.
    expect(sparklineX(6, 12, 120)).toBeCloseTo(2 + (6 * 116) / 11, 6)
    expect(sparklineX(0, 1, 120)).toBe(60)
    const g = sparklineGeometry([0.1, 0.2, 0.3], null, 100, 20)
    expect(sparklineX(2, 3, 100)).toBe(g.last!.x)
  })
})
