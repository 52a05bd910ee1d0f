import { describe, expect, it } from 'vitest'
import { indexTargets, periodTarget, yearTarget } from '../../src/domain/targets'
import { buildUnitTree } from '../../src/domain/units'
import { treesByYear } from '../../src/domain/validity'
import { REFORM_LINEAGE, REFORM_UNITS, V1_UNITS } from './reform-fixture'

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

describe('targets through the tree valid in each year (the reform of July 2025)', () => {
  const trees = treesByYear(REFORM_UNITS)
  const reformIndex = indexTargets([
    { unitId: 'vn', year: 2024, onlineRate: 0.7 },
    { unitId: 'vn', year: 2025, onlineRate: 0.8 },
    { unitId: 'vn', year: 2026, onlineRate: 0.85 },
    { unitId: 'p87', year: 2025, onlineRate: 0.75 },
    { unitId: 'p82', year: 2026, onlineRate: 0.9 },
  ])

  it.each([
    ['c30133', 2025, 0.75], // old Tân Quới in 2025: old Đồng Tháp's
    ['n30154', 2025, 0.8], // new Tân Long in 2025: the new province has none, the country's
    ['n30154', 2026, 0.9], // the new province's
    ['c30133', 2024, 0.7],
    ['n30154', 2024, null], // did not exist yet: nothing inherited
    ['c30133', 2026, null], // gone, although the country has a 2026 target
  ] as const)('%s in %i → %s', (unitId, year, expected) => {
    expect(yearTarget(reformIndex, trees, unitId, 'onlineRate', year)).toBe(expected)
  })

  it('a v1 list gives the same targets by year as its one tree', () => {
    for (const year of [2024, 2025, 2026]) {
      expect(yearTarget(reformIndex, treesByYear(V1_UNITS), 'c30133', 'onlineRate', year)).toBe(
        yearTarget(reformIndex, buildUnitTree(V1_UNITS), 'c30133', 'onlineRate', year),
      )
    }
  })

  it('weights each year across the break: new Tân Long 2025-07…2026-06 = (6 × 80% + 6 × 90%) / 12', () => {
    expect(periodTarget(reformIndex, trees, 'n30154', 'onlineRate', { from: '2025-07', to: '2026-06' })).toBeCloseTo(
      0.85,
      12,
    )
    expect(periodTarget(reformIndex, trees, 'c30133', 'onlineRate', { from: '2024-07', to: '2025-06' })).toBeCloseTo(
      0.725,
      12,
    )
  })
})

describe('targets of a new unit for the years before it existed, through its predecessors', () => {
  const trees = treesByYear(REFORM_UNITS)
  const index2024 = (targets: ReadonlyArray<readonly [unitId: string, onlineRate: number]>) =>
    indexTargets(targets.map(([unitId, onlineRate]) => ({ unitId, year: 2024, onlineRate })))

  it.each([
    // every predecessor of new Tân Long (five whole, Phú Thuận B in part) lay in old Đồng Tháp: its 72%
    [
      'n30154',
      [
        ['vn', 0.7],
        ['p87', 0.72],
      ],
      0.72,
    ],
    // one of them had its own target: they differ, so none (not an average by guess)
    [
      'n30154',
      [
        ['vn', 0.7],
        ['p87', 0.72],
        ['c30079', 0.8],
      ],
      null,
    ],
    // the new province: old Đồng Tháp 72%, old Tiền Giang the country's 70% — they differ
    [
      'p82',
      [
        ['vn', 0.7],
        ['p87', 0.72],
      ],
      null,
    ],
    [
      'p82',
      [
        ['vn', 0.7],
        ['p87', 0.72],
        ['p82-old', 0.72],
      ],
      0.72,
    ],
  ] as const)('%s in 2024 with targets %j → %s', (unitId, targets, expected) => {
    const index = index2024(targets)
    expect(yearTarget(index, trees, unitId, 'onlineRate', 2024, REFORM_LINEAGE)).toBe(expected)
    expect(yearTarget(index, trees, unitId, 'onlineRate', 2024)).toBeNull() // without the lineage: none
  })

  it('over 2024-07…2025-06 new Tân Long counts 2024 at its predecessors’ 72%, 2025 at its own inherited 80%', () => {
    const index = indexTargets([
      { unitId: 'p87', year: 2024, onlineRate: 0.72 },
      { unitId: 'vn', year: 2025, onlineRate: 0.8 },
    ])
    const range = { from: '2024-07', to: '2025-06' }
    expect(periodTarget(index, trees, 'n30154', 'onlineRate', range, REFORM_LINEAGE)).toBeCloseTo(0.76, 12)
  })
})
