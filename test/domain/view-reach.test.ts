import { describe, expect, it } from 'vitest'
import {
  inWeeks,
  quickWindow,
  reachBeforePlan,
  reachPlan,
  reachWindow,
  shownUnitIds,
  type ViewReach,
} from '../../src/domain/view-reach'
import { THREE_TIERS } from './helpers'

const tree = THREE_TIERS
const available = { from: '2020-01', to: '2022-12' }
const input = (reach: ViewReach) => ({ unitId: 'VN', tree, lineage: [], shown: shownUnitIds(reach, tree, 'VN') })

describe('shownUnitIds', () => {
  it.each<[ViewReach, string, string[]]>([
    ['children', 'VN', ['VN', 'P1', 'P2']],
    ['scope', 'VN', ['VN', 'P1', 'P2', 'S1', 'D1', 'D2', 'C1', 'C2']],
    ['scope', 'P2', ['P2', 'D2', 'C2']],
    ['children', 'C1', ['C1']],
  ])('%s of %s', (reach, unitId, expected) => {
    expect(shownUnitIds(reach, tree, unitId)).toEqual(expected)
  })
})

describe('reachWindow and quickWindow (hand-worked months)', () => {
  it.each<[ViewReach, string, string, [string, string], [string, string] | null]>([
    // whole years around H1 2022 and both baselines (H2 2021, H1 2021); no first step
    ['children', '2022-01', '2022-06', ['2021-01', '2022-12'], null],
    // the scope: H2 2021 (the previous period) to June 2022 is also the twelve months ending in June
    ['scope', '2022-01', '2022-06', ['2021-07', '2022-06'], ['2021-07', '2022-06']],
    // one month: the twelve months ending with it; first the month and the one before
    ['scope', '2022-12', '2022-12', ['2022-01', '2022-12'], ['2022-11', '2022-12']],
  ])('%s, %s to %s', (reach, from, to, window, first) => {
    const view = { range: { from, to }, comparison: 'previousPeriod' as const }
    expect(reachWindow(reach, view, available)).toEqual({ from: window[0], to: window[1] })
    expect(quickWindow(reach, view, available)).toEqual(first && { from: first[0], to: first[1] })
  })
})

describe('reachPlan and reachBeforePlan', () => {
  const range = { from: '2022-01', to: '2022-12' }
  it('the children: one request one level deep; the scope: its own rows, then each province two levels deep', () => {
    expect(reachPlan('children', input('children'), range)).toEqual([{ unit: 'VN', depth: 1, ...range }])
    expect(reachPlan('scope', input('scope'), range).map((q) => [q.unit, q.depth, q.isOwnOnly])).toEqual([
      ['VN', 1, true],
      ['P1', 2, false],
      ['P2', 2, false],
    ])
  })

  it('the months before, for the whole scope: only the provinces of the units named', () => {
    expect(reachBeforePlan('scope', input('scope'), range, ['C2']).map((q) => q.unit)).toEqual(['P2'])
    expect(reachBeforePlan('scope', input('scope'), range, ['C1', 'D2']).map((q) => q.unit)).toEqual(['P1', 'P2'])
    // the children's view asks its one request whatever is named
    expect(reachBeforePlan('children', input('children'), range, []).map((q) => q.unit)).toEqual(['VN'])
  })
})

describe('views of ISO weeks', () => {
  const weeks = { from: '2025-W27', to: '2026-W48' }

  it.each<[string, string, { from: string; to: string }, { from: string; to: string } | null]>([
    // December 2025 is weeks 49–1 (2026-W01 starts on Monday 29/12), January 2026 weeks 1–5
    ['2025-12', '2026-01', { from: '2025-W52', to: '2026-W02' }, { from: '2025-W52', to: '2026-W02' }],
    ['2025-12', '2025-12', { from: '2025-W27', to: '2026-W48' }, { from: '2025-W49', to: '2026-W01' }],
    // July 2025: week 27 (30/6 – 6/7) to week 31 (28/7 – 3/8)
    ['2025-07', '2025-07', { from: '2025-W27', to: '2025-W30' }, { from: '2025-W27', to: '2025-W30' }],
    // a request wholly before the weeks asked is dropped
    ['2025-05', '2025-05', { from: '2025-W27', to: '2025-W30' }, null],
  ])('carries a request over %s…%s onto the weeks %j', (from, to, range, expected) => {
    const plan = [{ unit: 'P1', depth: 1, from, to }]
    expect(inWeeks(plan, range)).toEqual(expected ? [{ unit: 'P1', depth: 1, ...expected }] : [])
  })

  it('plans for weeks the requests the months they touch would ask, over those weeks', () => {
    const range = { from: '2026-W45', to: '2026-W48' }
    expect(reachPlan('children', input('children'), range)).toEqual([
      { unit: 'VN', depth: 1, from: '2026-W45', to: '2026-W48' },
    ])
    const scope = reachPlan('scope', input('scope'), range)
    const months = reachPlan('scope', input('scope'), { from: '2026-11', to: '2026-11' })
    expect(scope.map(({ unit, depth }) => [unit, depth])).toEqual(months.map(({ unit, depth }) => [unit, depth]))
    expect(scope.every((query) => query.from === range.from && query.to === range.to)).toBe(true)
  })

  it('fetches and scans windows of weeks', () => {
    const view = { range: { from: '2026-W48', to: '2026-W48' }, comparison: 'previousPeriod' as const }
    expect(reachWindow('children', view, weeks)).toEqual(weeks)
    expect(reachWindow('scope', view, weeks)).toEqual({ from: '2026-W36', to: '2026-W48' })
    expect(quickWindow('scope', view, weeks)).toEqual({ from: '2026-W47', to: '2026-W48' })
  })
})
