import { describe, expect, it } from 'vitest'
import { rollupByUnit } from '../../src/domain/rollup'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import { accountabilityModel } from '../../src/features/service-index/accountability-model'
import { row } from '../domain/helpers'

const units: UnitLike[] = [
  { id: 'P', code: 'P', name: 'Tỉnh P', kind: 'province', parentId: null },
  { id: 'S', code: 'S', name: 'Sở S', kind: 'department', parentId: 'P' },
  { id: 'X', code: 'X', name: 'Xã X', kind: 'commune', parentId: 'P' },
]

describe('accountabilityModel', () => {
  const rows = [
    row(
      'S',
      '2026-10',
      { resolved: 100, resolvedEarly: 70, resolvedOnTime: 20, resolvedLate: 10, pending: 400, pendingOverdue: 250 },
      true,
    ),
    row(
      'S',
      '2026-11',
      { resolved: 200, resolvedEarly: 150, resolvedOnTime: 30, resolvedLate: 20, pending: 500, pendingOverdue: 300 },
      true,
    ),
    row('X', '2026-10', { resolved: 10, resolvedEarly: 9, resolvedOnTime: 1, pending: 3, pendingOverdue: 1 }, true),
    row(
      'X',
      '2026-11',
      { resolved: 10, resolvedEarly: 8, resolvedOnTime: 0, resolvedLate: 2, pending: 2, pendingOverdue: 2 },
      true,
    ),
  ]
  const model = accountabilityModel({
    rolled: rollupByUnit(rows, buildUnitTree(units)),
    unitId: 'P',
    children: units.slice(1),
    keys: ['2026-10', '2026-11'],
    periods: { current: ['2026-11'], previous: ['2026-10'], earlier: [] },
  })

  it("stacks the parent's resolved by deadline, period by period", () => {
    expect(model.early).toEqual([79, 158])
    expect(model.onTime).toEqual([21, 30])
    expect(model.late).toEqual([10, 22])
    expect(model.overdue).toEqual([251, 302])
  })

  it('the backlog at the end (302 of 502) against the month before (251), and the late rate 22 / 210', () => {
    expect(model.backlog.overdue).toBe(302)
    expect(model.backlog.share.value).toBeCloseTo(302 / 502, 12)
    expect(model.backlogBefore.overdue).toBe(251)
    expect(model.lateRate.value).toBeCloseTo(22 / 210, 12)
  })

  it("ranks the holders by count, the department's 300 before the commune's 2 (whose share is 100%)", () => {
    expect(model.holders.map((h) => [h.name, h.overdue, h.change])).toEqual([
      ['Sở S', 300, 50],
      ['Xã X', 2, 1],
    ])
  })
})
