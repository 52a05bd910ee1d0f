import { describe, expect, it } from 'vitest'
import type { ChildFigure } from '../../src/domain/breakdown'
import { movers } from '../../src/domain/movers'

const f = (unitId: string, change: number | null, isLowVolume = false) =>
  ({ unitId, change, isLowVolume }) as ChildFigure

describe('movers', () => {
  it('lists the largest rises and falls, leaving out unchanged, unknown and low-volume units', () => {
    const result = movers(
      [f('a', 0.05), f('b', -0.02), f('c', 0.2), f('d', null), f('e', -0.3), f('g', 0.9, true), f('h', 0)],
      2,
    )
    expect(result.improving.map((x) => x.unitId)).toEqual(['c', 'a'])
    expect(result.slipping.map((x) => x.unitId)).toEqual(['e', 'b'])
  })
})
