import { describe, expect, it } from 'vitest'
import { sparklineGeometry } from '../../src/components/sparkline-path'

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
})
