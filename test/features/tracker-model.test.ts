import { describe, expect, it } from 'vitest'
import type { ChildFigure } from '../../src/domain/breakdown'
import { rollupByUnit } from '../../src/domain/rollup'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import type { ViewState } from '../../src/domain/view-state'
import { summarise, trackerModel } from '../../src/features/targets/tracker-model'
import { row } from '../domain/helpers'

const f = (status: ChildFigure['status']) => ({ status }) as ChildFigure

describe('summarise', () => {
  it('counts units judged against a target, and how many met it', () => {
    expect(summarise([f('met'), f('notMet'), f('notMet'), f('noValue'), f('noTarget'), f('met')])).toEqual({
      met: 2,
      total: 4,
    })
  })
})

describe('trackerModel: which children a tracker lists', () => {
  const units: UnitLike[] = [
    { id: 'p', code: '82', name: 'Tỉnh Đồng Tháp', kind: 'province', parentId: null },
    { id: 'p-STP', code: 'STP', name: 'Sở Tư pháp', kind: 'department', parentId: 'p' },
    { id: 'c1', code: '1', name: 'Xã Tân Long', kind: 'commune', parentId: 'p' },
  ]
  const tree = buildUnitTree(units)
  const rows = [row('p-STP', '2026-11', { received: 10 }), row('c1', '2026-11', { received: 20 })]
  const input = (group: ViewState['group']) => ({
    state: {
      unitId: 'p',
      range: { from: '2026-11', to: '2026-11' },
      comparison: 'previousPeriod' as const,
      metric: 'onlineRate' as const,
      group,
      minVolume: 0,
    },
    rolled: rollupByUnit(rows, tree),
    tree,
    targets: new Map(),
    available: { from: '2026-01', to: '2026-11' },
    history: ['2026-11'],
  })

  it.each<[ViewState['group'], string]>([
    [null, 'communes'], // a two-tier province opens on its communes
    ['departments', 'departments'],
  ])('asked %s: lists its %s', (group, expected) => {
    const model = trackerModel(input(group))
    expect(model.group).toBe(expected)
    expect(model.groups).toEqual(['departments', 'communes'])
  })
})
