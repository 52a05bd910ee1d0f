import { describe, expect, it } from 'vitest'
import { indexTargets, periodTarget, yearTarget } from '../../src/domain/targets'
import { buildUnitTree } from '../../src/domain/units'

const tree = buildUnitTree([
  { id: 'P', code: '87', name: 'Tỉnh', kind: 'province', parentId: null },
  { id: 'D1', code: '1', name: 'Huyện 1', kind: 'district', parentId: 'P' },
  { id: 'D2', code: '2', name: 'Huyện 2', kind: 'district', parentId: 'P' },
  { id: 'C', code: '3', name: 'Xã', kind: 'commune', parentId: 'D1' },
])
const index = indexTargets([
  { unitId: 'P', year: 2021, onlineRate: 0.3, onTimeRate: 0.95 },
  { unitId: 'P', year: 2022, onlineRate: 0.5, onTimeRate: 0.95 },
  { unitId: 'D1', year: 2021, onlineRate: 0.35 },
])

describe('yearTarget', () => {
  it.each([
    ['C', 'onlineRate', 2021, 0.35], // nearest ancestor with a value: the district
    ['C', 'onTimeRate', 2021, 0.95], // the district has none for this metric: the province's
    ['C', 'onlineRate', 2022, 0.5], // the district override is for 2021 only
    ['D2', 'onlineRate', 2021, 0.3],
    ['C', 'satisfactionRate', 2021, null], // nobody has one
    ['C', 'onlineRate', 2020, null], // a year without targets has none
  ] as const)('%s %s %i → %s', (unitId, metric, year, expected) => {
    expect(yearTarget(index, tree, unitId, metric, year)).toBe(expected)
  })
})

describe('periodTarget', () => {
  it('weights each year by its months across a year boundary', () => {
    // Jul 2021–Jun 2022: six months at 30%, six at 50%
    expect(periodTarget(index, tree, 'D2', 'onlineRate', { from: '2021-07', to: '2022-06' })).toBeCloseTo(0.4, 12)
    // Oct 2021–Jan 2022: three months at 30%, one at 50%
    expect(periodTarget(index, tree, 'D2', 'onlineRate', { from: '2021-10', to: '2022-01' })).toBeCloseTo(0.35, 12)
  })

  it('is the year target inside one year', () => {
    expect(periodTarget(index, tree, 'C', 'onlineRate', { from: '2021-01', to: '2021-06' })).toBe(0.35)
  })

  it('has none when any month falls in a year without a target', () => {
    expect(periodTarget(index, tree, 'C', 'onlineRate', { from: '2020-12', to: '2021-02' })).toBeNull()
  })
})
