import { describe, expect, it } from 'vitest'
import type { ChildFigure } from '../../src/domain/breakdown'
import { buildUnitTree } from '../../src/domain/units'
import { laggingModel } from '../../src/features/lagging/lagging-model'

const tree = buildUnitTree([
  { id: 'P', code: '87', name: 'Tỉnh', kind: 'province', parentId: null },
  { id: 'D1', code: '1', name: 'Huyện 1', kind: 'district', parentId: 'P' },
  { id: 'D2', code: '2', name: 'Huyện 2', kind: 'district', parentId: 'P' },
  { id: 'C1', code: '11', name: 'Xã 1', kind: 'commune', parentId: 'D1' },
  { id: 'C2', code: '21', name: 'Xã 2', kind: 'commune', parentId: 'D2' },
])
const lagging = (unitId: string, kind: ChildFigure['kind'], gap: number, change = 0) =>
  ({ unitId, name: unitId, kind, status: 'notMet', gap, change, isLowVolume: false, monthsBehind: 1 }) as ChildFigure
const figures = [
  lagging('D1', 'district', 0.05, 0.02),
  lagging('C1', 'commune', 0.2, -0.03),
  lagging('C2', 'commune', 0.1, 0.04),
  { ...lagging('D2', 'district', -0.1), status: 'met' } as ChildFigure,
]

describe('laggingModel', () => {
  it('lists every level below target, worst gap first', () => {
    expect(laggingModel(figures, tree, { kind: null, withinId: null }).lagging.map((f) => f.unitId)).toEqual([
      'C1',
      'C2',
      'D1',
    ])
  })

  it('filters by level and by what lies within a unit', () => {
    expect(laggingModel(figures, tree, { kind: 'commune', withinId: null }).lagging.map((f) => f.unitId)).toEqual([
      'C1',
      'C2',
    ])
    expect(laggingModel(figures, tree, { kind: null, withinId: 'D1' }).lagging.map((f) => f.unitId)).toEqual(['C1'])
  })

  it('names the movers among the filtered units', () => {
    const model = laggingModel(figures, tree, { kind: null, withinId: null })
    expect(model.improving.map((f) => f.unitId)).toEqual(['C2', 'D1'])
    expect(model.slipping.map((f) => f.unitId)).toEqual(['C1'])
  })
})
