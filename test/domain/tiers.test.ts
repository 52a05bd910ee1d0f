import { describe, expect, it } from 'vitest'
import { tierSplit } from '../../src/domain/tiers'
import { buildUnitTree } from '../../src/domain/units'
import { row } from './helpers'

const tree = buildUnitTree([
  { id: 'P', code: '87', name: 'Tỉnh', kind: 'province', parentId: null },
  { id: 'S', code: 'S', name: 'Sở', kind: 'department', parentId: 'P' },
  { id: 'D', code: '874', name: 'Huyện', kind: 'district', parentId: 'P' },
  { id: 'C', code: '1', name: 'Xã', kind: 'commune', parentId: 'D' },
])

describe('tierSplit', () => {
  it('splits a province answer at depth 2 into departments, district desks and communes', () => {
    const split = tierSplit(
      [
        row('S', '2021-01', { received: 100, receivedOnline: 50, pending: 9 }),
        row('S', '2021-02', { received: 100, receivedOnline: 70, pending: 4 }),
        row('D', '2021-01', { received: 1000, receivedOnline: 100 }),
        row('C', '2021-01', { received: 10, receivedOnline: 5 }, true),
      ],
      tree,
      ['2021-01', '2021-02'],
      'onlineRate',
    )
    expect(split!.map((t) => [t.tier, t.totals.received, t.value.value])).toEqual([
      ['departments', 200, 0.6],
      ['districtDesks', 1000, 0.1],
      ['communes', 10, 0.5],
    ])
    expect(split![0]!.totals.pending).toBe(4)
  })

  it('cannot split rows that already add up several levels', () => {
    expect(
      tierSplit(
        [row('D', '2021-01', { received: 10 }, true), row('S', '2021-01', { received: 5 })],
        tree,
        ['2021-01'],
        'onlineRate',
      ),
    ).toBeNull()
  })

  it('has nothing to split with a single tier', () => {
    expect(tierSplit([row('S', '2021-01', { received: 5 })], tree, ['2021-01'], 'onlineRate')).toBeNull()
  })
})
