import { describe, expect, it } from 'vitest'
import { breakdownFor, childFigures, unitFigure } from '../../src/domain/breakdown'
import {
  carriedFrom,
  historyCoveringPlan,
  historyStatsPlan,
  withWholePredecessors,
  missingParts,
  structureAt,
  structureMonth,
  structureOf,
  withHistory,
} from '../../src/domain/history-view'
import { monthsOf, type MonthRange } from '../../src/domain/periods'
import { overPeriod, rollupByUnit } from '../../src/domain/rollup'
import { indexTargets } from '../../src/domain/targets'
import { buildUnitTree } from '../../src/domain/units'
import { treeAt, treesByYear } from '../../src/domain/validity'
import type { ViewState } from '../../src/domain/view-state'
import { row } from './helpers'
import { REFORM_LINEAGE, REFORM_UNITS, V1_UNITS } from './reform-fixture'

const ALL = buildUnitTree(REFORM_UNITS)
const WHOLE_INTO_TAN_LONG = ['c30133', 'c30136', 'c30139', 'c30142', 'c30154']

// Hand-worked rows (received / receivedOnline), two months each side of 2025-07, as the /stats answers of the
// plan below would give them: communes two levels under the old provinces, the new communes under the new one.
const ROWS = [
  row('c30133', '2025-05', { received: 100, receivedOnline: 60 }, true),
  row('c30133', '2025-06', { received: 110, receivedOnline: 70 }, true),
  row('c30136', '2025-05', { received: 50, receivedOnline: 20 }, true),
  row('c30136', '2025-06', { received: 40, receivedOnline: 20 }, true),
  row('c30139', '2025-05', { received: 30, receivedOnline: 15 }, true),
  row('c30139', '2025-06', { received: 30, receivedOnline: 18 }, true),
  row('c30142', '2025-05', { received: 20, receivedOnline: 5 }, true),
  row('c30142', '2025-06', { received: 20, receivedOnline: 10 }, true),
  row('c30154', '2025-05', { received: 80, receivedOnline: 40 }, true),
  row('c30154', '2025-06', { received: 100, receivedOnline: 52 }, true),
  row('c30079', '2025-05', { received: 70, receivedOnline: 35 }, true),
  row('c30079', '2025-06', { received: 60, receivedOnline: 30 }, true),
  row('d874', '2025-06', { received: 10, receivedOnline: 1 }), // the district's own desk: abolished, no successor
  row('p87', '2025-06', { received: 1000, receivedOnline: 600 }),
  row('p82-old', '2025-05', { received: 1500, receivedOnline: 700 }, true),
  row('p82-old', '2025-06', { received: 2000, receivedOnline: 900 }, true),
  row('p82', '2025-07', { received: 3500, receivedOnline: 2500 }),
  row('p82', '2025-08', { received: 3600, receivedOnline: 2700 }),
  row('n30154', '2025-07', { received: 320, receivedOnline: 250 }, true),
  row('n30154', '2025-08', { received: 330, receivedOnline: 280 }, true),
  row('n30079', '2025-07', { received: 90, receivedOnline: 80 }, true),
]

describe('structureMonth: the tree a view shows', () => {
  it.each([
    ['a new unit, a period after the reform: its last month', { validFrom: '2025-07' }, '2026-03', '2026-03'],
    ['a new unit, a period before it existed: its first month', { validFrom: '2025-07' }, '2024-12', '2025-07'],
    ['an old unit, a period past its end: its last month', { validTo: '2025-06' }, '2025-12', '2025-06'],
    ['an old unit, a period within its months', { validTo: '2025-06' }, '2024-12', '2024-12'],
    ['a unit of a v1 server (always valid)', {}, '2022-12', '2022-12'],
  ])('%s', (_, unit, to, expected) => {
    expect(structureMonth(unit, { to })).toBe(expected)
  })
})

describe('historyStatsPlan: the /stats requests of a view across the reform', () => {
  const provinceShown = ['p82', 'n30154', 'n30079']
  it.each<[string, MonthRange, Array<[string, number, string, string]>]>([
    [
      // old Đồng Tháp two levels deep: Tân Long's old communes are there
      'across 2025-07: the new province over the window, the old provinces to 2025-06',
      { from: '2025-01', to: '2025-12' },
      [
        ['p82', 1, '2025-01', '2025-12'],
        ['p87', 2, '2025-01', '2025-06'],
        ['p82-old', 1, '2025-01', '2025-06'],
      ],
    ],
    ['after 2025-07: the new province alone', { from: '2025-08', to: '2026-01' }, [['p82', 1, '2025-08', '2026-01']]],
    [
      'before 2025-07: the old provinces over the whole period',
      { from: '2024-01', to: '2024-12' },
      [
        ['p82', 1, '2024-01', '2024-12'],
        ['p87', 2, '2024-01', '2024-12'],
        ['p82-old', 1, '2024-01', '2024-12'],
      ],
    ],
  ])('the new province, %s', (_, window, expected) => {
    const plan = historyStatsPlan('p82', window, ALL, REFORM_LINEAGE, provinceShown)
    expect(plan.map((q) => [q.unit, q.depth, q.from, q.to])).toEqual(expected)
  })

  it('new Xã Tân Long across 2025-07: itself, and its five whole predecessors (not Phú Thuận B) to 2025-06', () => {
    const plan = historyStatsPlan('n30154', { from: '2025-05', to: '2025-08' }, ALL, REFORM_LINEAGE, ['n30154'])
    expect(plan.map((q) => [q.unit, q.from, q.to])).toEqual([
      ['n30154', '2025-05', '2025-08'],
      ...WHOLE_INTO_TAN_LONG.map((id) => [id, '2025-05', '2025-06']),
    ])
  })

  it('the tier split asks two levels: every request at least that deep', () => {
    const plan = historyStatsPlan('p82', { from: '2025-01', to: '2025-12' }, ALL, REFORM_LINEAGE, provinceShown, 2)
    expect(plan.map((q) => q.depth)).toEqual([2, 2, 2])
  })

  it('a v1 server (no lineage): the one request of before', () => {
    const plan = historyStatsPlan('vn', { from: '2022-01', to: '2022-12' }, buildUnitTree(V1_UNITS), [], ['vn'])
    expect(plan).toEqual([{ unit: 'vn', depth: 1, from: '2022-01', to: '2022-12' }])
  })
})

describe('withHistory: the figures a view shows across the reform', () => {
  const history = withHistory(rollupByUnit(ROWS, ALL), ['p82', 'n30154', 'n30079'], REFORM_LINEAGE)
  const received = (id: string, range: MonthRange) => overPeriod(history.rolled.get(id), monthsOf(range)).received
  const online = (id: string, range: MonthRange) => overPeriod(history.rolled.get(id), monthsOf(range)).receivedOnline
  const ACROSS = { from: '2025-05', to: '2025-08' }

  it.each<[string, string, MonthRange, number, number]>([
    // 2025-05: 100+50+30+20+80 = 280, 2025-06: 110+40+30+20+100 = 300; then 320 and 330 (Phú Thuận B left out)
    ['Tân Long, across', 'n30154', ACROSS, 280 + 300 + 320 + 330, 140 + 170 + 250 + 280],
    ['Tân Long, before', 'n30154', { from: '2025-05', to: '2025-06' }, 580, 310],
    ['Tân Long, after', 'n30154', { from: '2025-07', to: '2025-08' }, 650, 530],
    // old Đồng Tháp in June: 1000 own + 10 district desk + 300 Tân Long's + 60 Phú Thuận B = 1370; Tiền Giang 2000
    ['the new province, before', 'p82', { from: '2025-06', to: '2025-06' }, 1370 + 2000, 600 + 1 + 170 + 30 + 900],
    // May: 280 + 70 + 1500 (online 140 + 35 + 700); June 3370; July 3500 + 320 + 90; August 3600 + 330
    ['the new province, across', 'p82', ACROSS, 1850 + 3370 + 3910 + 3930, 875 + 1701 + 2830 + 2980],
  ])('%s: received and online are sums of the old and new rows', (_, id, range, receivedSum, onlineSum) => {
    expect([received(id, range), online(id, range)]).toEqual([receivedSum, onlineSum])
  })

  it('Tân Long misses Phú Thuận B before 2025-07; the province and Thường Phước (no whole predecessor) do not', () => {
    expect(history.gaps.get('n30154')).toEqual({ partPredecessors: ['c30079'], incompleteBefore: '2025-07' })
    expect(history.gaps.get('n30079')).toEqual({ partPredecessors: ['c30079'], incompleteBefore: '2025-07' })
    expect(history.gaps.has('p82')).toBe(false)
  })

  it.each<[string, MonthRange[], string[]]>([
    ['a period after the reform', [{ from: '2025-07', to: '2025-08' }], []],
    ['a period across it', [ACROSS], ['c30079']],
    [
      'a period after, compared with a year before',
      [
        { from: '2025-08', to: '2025-08' },
        { from: '2024-08', to: '2024-08' },
      ],
      ['c30079'],
    ],
  ])('missingParts, %s', (_, periods, expected) => {
    expect(missingParts(history.gaps.get('n30154'), periods)).toEqual(expected)
  })
})

describe('a view of the new province across the reform (breakdown)', () => {
  const state: ViewState = {
    unitId: 'p82',
    range: { from: '2025-05', to: '2025-08' },
    comparison: 'previousPeriod',
    metric: 'onlineRate',
    group: null,
    minVolume: 0,
  }
  // Targets where the units were: the old provinces' in 2025 (to June) … and the new province's own, the same.
  const targets = indexTargets([
    { unitId: 'p87', year: 2025, onlineRate: 0.8 },
    { unitId: 'p82-old', year: 2025, onlineRate: 0.8 },
    { unitId: 'p82', year: 2025, onlineRate: 0.8 },
    { unitId: 'p87', year: 2024, onlineRate: 0.7 },
  ])
  const tree = treeAt(REFORM_UNITS, structureMonth(ALL.byId.get('p82')!, state.range))
  const history = withHistory(rollupByUnit(ROWS, ALL), ['p82', 'n30154', 'n30079'], REFORM_LINEAGE)
  const input = breakdownFor({
    state,
    rolled: history.rolled,
    tree,
    targets,
    available: { from: '2025-01', to: '2026-11' },
    history: monthsOf(state.range),
    targetTrees: treesByYear(REFORM_UNITS),
    lineage: REFORM_LINEAGE,
    gaps: history.gaps,
  })

  it('the children are the new communes, Tân Long’s rate the ratio of the sums, marked incomplete', () => {
    const children = childFigures(input, 'p82')
    expect(children.map((f) => f.unitId)).toEqual(['n30154', 'n30079'])
    const tanLong = children[0]!
    expect(tanLong.value).toBeCloseTo(840 / 1230, 12)
    expect(tanLong.missingParts).toEqual(['c30079'])
    expect(tanLong.target).toBe(0.8) // the new province's target of 2025, inherited in 2025's tree
  })

  it('a new commune’s target of 2024 comes from its predecessors (all under old Đồng Tháp: 70%)', () => {
    const input2024 = {
      ...input,
      range: { from: '2024-12', to: '2024-12' },
      baseline: { from: '2024-11', to: '2024-11' },
    }
    expect(unitFigure(input2024, 'n30154').target).toBe(0.7)
    // the province's predecessors disagree in 2024 (Tiền Giang has none): no target is made up
    expect(unitFigure(input2024, 'p82').target).toBeNull()
  })
})

describe('structureAt and carriedFrom: what a view says about the reform', () => {
  it.each([
    ['2026-11', 'after'],
    ['2025-07', 'after'],
    ['2025-06', 'before'],
  ])('the tree of %s is the one %s the reform', (month, kind) => {
    expect(structureAt(month, REFORM_LINEAGE)).toEqual({ kind, month: '2025-07', lastBefore: '2025-06' })
  })

  it('a v1 server: nothing to say', () => {
    expect(structureAt('2022-12', [])).toBeNull()
    expect(structureOf({}, '2022-12', [])).toBeNull()
  })

  it('a former district whose scope carries no links: the structure before, by its own months', () => {
    expect(structureOf({ validTo: '2025-06' }, '2025-06', [])).toEqual({
      kind: 'before',
      month: '2025-07',
      lastBefore: '2025-06',
    })
  })

  it.each<[string, MonthRange[], string[]]>([
    [
      'the month before is June 2025',
      [
        { from: '2025-07', to: '2025-07' },
        { from: '2025-06', to: '2025-06' },
      ],
      ['p87', 'p82-old'],
    ],
    [
      'a year before, after the reform',
      [
        { from: '2026-08', to: '2026-08' },
        { from: '2025-08', to: '2025-08' },
      ],
      [],
    ],
  ])('the new province compared across the break: %s', (_, periods, expected) => {
    expect(carriedFrom(ALL.byId.get('p82')!, periods, REFORM_LINEAGE)).toEqual(expected)
  })
})

describe('historyCoveringPlan: every unit of a scope at every level, across the reform', () => {
  it('the new province over 2025: itself from 2025-07, each old province (two levels) to 2025-06', () => {
    const plan = historyCoveringPlan('p82', { from: '2025-01', to: '2025-12' }, ALL, REFORM_LINEAGE)
    expect(plan.map((r) => [r.unit, r.depth, r.isOwnOnly, r.from, r.to])).toEqual([
      ['p82', 1, false, '2025-07', '2025-12'],
      ['p87', 2, false, '2025-01', '2025-06'],
      ['p82-old', 0, false, '2025-01', '2025-06'],
    ])
  })

  it('the country (three levels): its own rows, and each province within its own months', () => {
    const plan = historyCoveringPlan('vn', { from: '2025-01', to: '2025-12' }, ALL, REFORM_LINEAGE)
    expect(plan.map((r) => [r.unit, r.isOwnOnly, r.from, r.to])).toEqual([
      ['vn', true, '2025-01', '2025-12'],
      ['p87', false, '2025-01', '2025-06'],
      ['p82-old', false, '2025-01', '2025-06'],
      ['p82', false, '2025-07', '2025-12'],
    ])
  })

  it('a v1 server: the covering requests of before over the whole window', () => {
    const plan = historyCoveringPlan('p87', { from: '2022-01', to: '2022-12' }, buildUnitTree(V1_UNITS), [])
    expect(plan).toEqual([{ unit: 'p87', depth: 2, isOwnOnly: false, from: '2022-01', to: '2022-12' }])
  })

  it('the months before a window, for Tân Long: its rows and its five whole predecessors’', () => {
    expect(withWholePredecessors(['n30154'], REFORM_LINEAGE)).toEqual(['n30154', ...WHOLE_INTO_TAN_LONG])
  })
})
