import { describe, expect, it } from 'vitest'
import { historySpans } from '../../src/domain/lineage-spans'
import { buildUnitTree } from '../../src/domain/units'
import { REFORM_LINEAGE, REFORM_UNITS, V1_UNITS } from './reform-fixture'

const byId = buildUnitTree(REFORM_UNITS).byId
const WHOLE_INTO_TAN_LONG = ['c30133', 'c30136', 'c30139', 'c30142', 'c30154']

describe('historySpans: what to ask /stats for a unit’s history', () => {
  it('new Xã Tân Long over 2025: itself from 2025-07, its five whole predecessors to 2025-06, not Phú Thuận B', () => {
    expect(historySpans('n30154', { from: '2025-01', to: '2025-12' }, byId, REFORM_LINEAGE)).toEqual([
      { unitId: 'n30154', from: '2025-07', to: '2025-12' },
      ...WHOLE_INTO_TAN_LONG.map((unitId) => ({ unitId, from: '2025-01', to: '2025-06' })),
    ])
  })

  it.each([
    ['after the reform: itself alone', { from: '2026-01', to: '2026-06' }, ['n30154']],
    ['before it: its whole predecessors alone', { from: '2024-01', to: '2024-12' }, WHOLE_INTO_TAN_LONG],
  ])('over a period %s', (_, range, unitIds) => {
    const spans = historySpans('n30154', range, byId, REFORM_LINEAGE)
    expect(spans.map((span) => span.unitId)).toEqual(unitIds)
    for (const span of spans) expect([span.from, span.to]).toEqual([range.from, range.to])
  })

  it('the new province over 2025-05…2025-08: both old provinces to 2025-06', () => {
    expect(historySpans('p82', { from: '2025-05', to: '2025-08' }, byId, REFORM_LINEAGE)).toEqual([
      { unitId: 'p82', from: '2025-07', to: '2025-08' },
      { unitId: 'p87', from: '2025-05', to: '2025-06' },
      { unitId: 'p82-old', from: '2025-05', to: '2025-06' },
    ])
  })

  it('a v1 list without lineage: the unit over the whole period', () => {
    const v1 = buildUnitTree(V1_UNITS).byId
    expect(historySpans('c30154', { from: '2020-01', to: '2026-11' }, v1, [])).toEqual([
      { unitId: 'c30154', from: '2020-01', to: '2026-11' },
    ])
  })
})
