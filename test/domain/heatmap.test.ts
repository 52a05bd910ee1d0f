import { describe, expect, it } from 'vitest'
import { heatmapRows } from '../../src/domain/heatmap'
import { rollupByUnit } from '../../src/domain/rollup'
import { indexTargets } from '../../src/domain/targets'
import { buildUnitTree } from '../../src/domain/units'
import { row } from './helpers'

const tree = buildUnitTree([
  { id: 'D', code: '1', name: 'Huyện', kind: 'district', parentId: null },
  { id: 'A', code: '2', name: 'Xã A', kind: 'commune', parentId: 'D' },
])

describe('heatmapRows', () => {
  it('gives each month its value, target and band', () => {
    const rolled = rollupByUnit(
      [
        row('A', '2021-12', { received: 100, receivedOnline: 35 }, true),
        row('A', '2022-01', { received: 100, receivedOnline: 35 }, true),
      ],
      tree,
    )
    const targets = indexTargets([
      { unitId: 'D', year: 2021, onlineRate: 0.3 },
      { unitId: 'D', year: 2022, onlineRate: 0.5 },
    ])
    const [a] = heatmapRows(
      { rolled, tree, targets, metric: 'onlineRate', months: ['2021-11', '2021-12', '2022-01'] },
      ['A'],
      () => false,
    )
    expect(a!.cells.map((c) => [c.value, c.target, c.band])).toEqual([
      [null, 0.3, 'none'],
      [0.35, 0.3, 'met'],
      [0.35, 0.5, 'far'],
    ])
    expect(a!.latest).toBe(0.35)
  })
})
