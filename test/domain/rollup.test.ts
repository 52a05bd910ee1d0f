import { describe, expect, it } from 'vitest'
import { overPeriod, rollupByUnit } from '../../src/domain/rollup'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import { row } from './helpers'

const units: UnitLike[] = [
  { id: 'P', code: '87', name: 'Tỉnh P', kind: 'province', parentId: null },
  { id: 'S', code: 'S', name: 'Sở S', kind: 'department', parentId: 'P' },
  { id: 'D', code: '874', name: 'Huyện D', kind: 'district', parentId: 'P' },
  { id: 'C1', code: '1', name: 'Xã 1', kind: 'commune', parentId: 'D' },
  { id: 'C2', code: '2', name: 'Xã 2', kind: 'commune', parentId: 'D' },
]
const tree = buildUnitTree(units)

describe('rollupByUnit', () => {
  const rows = [
    row('S', '2021-01', { received: 100, pending: 7 }),
    row('D', '2021-01', { received: 50, pending: 3 }),
    row('C1', '2021-01', { received: 20, pending: 1 }, true),
    row('C2', '2021-01', { received: 5, pending: 2 }, true),
    row('C1', '2021-02', { received: 30, pending: 4 }, true),
  ]
  const rolled = rollupByUnit(rows, tree)

  it.each([
    ['C1', '2021-01', 20],
    ['D', '2021-01', 75],
    ['P', '2021-01', 175],
    ['S', '2021-01', 100],
    ['P', '2021-02', 30],
  ])('%s in %s totals its rows and every row below it', (unitId, month, received) => {
    expect(rolled.get(unitId)?.get(month)?.received).toBe(received)
  })

  it('leaves the rows it was given unchanged, in any order', () => {
    const before = structuredClone(rows)
    const reversed = [...rows].reverse()
    const again = rollupByUnit(reversed, tree)
    expect(rows).toEqual(before)
    expect(reversed).toEqual([...before].reverse())
    for (const [unitId, month] of [
      ['D', '2021-01'],
      ['P', '2021-01'],
      ['C1', '2021-02'],
    ] as const) {
      expect(again.get(unitId)!.get(month)!.received).toBe(rolled.get(unitId)!.get(month)!.received)
    }
  })

  it('adds stocks over units', () => {
    expect(rolled.get('P')?.get('2021-01')?.pending).toBe(13)
  })
})

describe('overPeriod', () => {
  const rolled = rollupByUnit(
    [
      row('C1', '2021-01', { received: 20, resolved: 10, pending: 9, pendingOverdue: 2 }),
      row('C1', '2021-02', { received: 30, resolved: 15, pending: 4, pendingOverdue: 1 }),
      row('C1', '2021-03', { received: 40, resolved: 20, pending: 6, pendingOverdue: 3 }),
    ],
    tree,
  )

  it.each([
    [['2021-01', '2021-02', '2021-03'], 90, 45, 6, 3],
    [['2021-01', '2021-02'], 50, 25, 4, 1],
    [['2021-02'], 30, 15, 4, 1],
  ])('over %j flows add, stocks take the last month', (months, received, resolved, pending, overdue) => {
    const totals = overPeriod(rolled.get('C1'), months)
    expect([totals.received, totals.resolved, totals.pending, totals.pendingOverdue]).toEqual([
      received,
      resolved,
      pending,
      overdue,
    ])
  })

  it('has no stock when the last month has no row', () => {
    const totals = overPeriod(rolled.get('C1'), ['2021-03', '2021-04'])
    expect(totals.received).toBe(40)
    expect(totals.pending).toBe(0)
  })

  it('gives zeros for a unit without rows', () => {
    expect(overPeriod(undefined, ['2021-01']).received).toBe(0)
  })
})
