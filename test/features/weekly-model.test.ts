import { describe, expect, it } from 'vitest'
import { rollupByUnit } from '../../src/domain/rollup'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import { weeklyModel } from '../../src/features/weekly/weekly-model'
import { row } from '../domain/helpers'

const units: UnitLike[] = [
  { id: 'P', code: 'P', name: 'Tỉnh P', kind: 'province', parentId: null },
  { id: 'A', code: 'A', name: 'Sở A', kind: 'department', parentId: 'P' },
  { id: 'B', code: 'B', name: 'Sở B', kind: 'department', parentId: 'P' },
  { id: 'X', code: 'X', name: 'Xã X', kind: 'commune', parentId: 'P' },
]
const rows = [
  // A: 90% → 70% against 80%: slipped, fell below the target
  row('A', '2026-W47', { received: 100, receivedOnline: 90 }, true),
  row('A', '2026-W48', { received: 100, receivedOnline: 70 }, true),
  // B: 50% → 60%: improved, still below
  row('B', '2026-W47', { received: 200, receivedOnline: 100 }, true),
  row('B', '2026-W48', { received: 200, receivedOnline: 120 }, true),
  row('X', '2026-W48', { received: 10, receivedOnline: 1 }, true),
]

describe('weeklyModel', () => {
  const model = weeklyModel(
    {
      rolled: rollupByUnit(rows, buildUnitTree(units)),
      unitId: 'P',
      children: units.slice(1),
      current: ['2026-W48'],
      previous: ['2026-W47'],
      metric: 'onlineRate',
      targetOf: () => 0.8,
    },
    units[0]!,
    null,
  )

  it('shows the departments by default, each this week against last week and the target', () => {
    expect(model.kinds).toEqual(['department', 'commune'])
    expect(model.lines.map((l) => [l.name, l.value, l.previous, l.status])).toEqual([
      ['Sở A', 0.7, 0.9, 'notMet'],
      ['Sở B', 0.6, 0.5, 'notMet'],
    ])
  })

  it('names the ones that slipped, and which fell below the target', () => {
    expect(model.slipped.map((l) => l.name)).toEqual(['Sở A'])
    expect(model.slipped[0]!.change).toBeCloseTo(-0.2, 12)
    expect(model.slipped[0]!.fellBelowTarget).toBe(true)
  })

  it("the unit's own week sums its whole subtree: (70 + 120 + 1) / 310", () => {
    expect(model.own.value).toBeCloseTo(191 / 310, 12)
    expect(model.own.previous).toBeCloseTo(190 / 300, 12)
  })
})
