import { describe, expect, it } from 'vitest'
import {
  childFigures,
  childGroups,
  laggingFigures,
  monthsBehindText,
  needsEarlierMonths,
  rankFigures,
  type BreakdownInput,
} from '../../src/domain/breakdown'
import { monthsOf } from '../../src/domain/periods'
import { rollupByUnit } from '../../src/domain/rollup'
import { indexTargets } from '../../src/domain/targets'
import { buildUnitTree } from '../../src/domain/units'
import { row } from './helpers'

const tree = buildUnitTree([
  { id: 'D', code: '874', name: 'Huyện D', kind: 'district', parentId: null },
  { id: 'A', code: '1', name: 'Xã An', kind: 'commune', parentId: 'D' },
  { id: 'B', code: '2', name: 'Xã Bình', kind: 'commune', parentId: 'D' },
  { id: 'C', code: '3', name: 'Xã Cầu', kind: 'commune', parentId: 'D' },
  { id: 'E', code: '4', name: 'Xã Êm', kind: 'commune', parentId: 'D' },
])
// online share per month for Jan..Apr 2021
const shares: Record<string, number[]> = { A: [0.4, 0.4, 0.4, 0.4], B: [0.1, 0.35, 0.2, 0.25], C: [0.1, 0.1, 0.1, 0.1] }
const rows = Object.entries(shares).flatMap(([unit, list]) =>
  list.map((share, i) => row(unit, `2021-0${i + 1}`, { received: 100, receivedOnline: Math.round(share * 100) }, true)),
)
rows.push(row('E', '2021-04', { received: 3, receivedOnline: 3 }, true))

const input = (minVolume = 0): BreakdownInput => ({
  rolled: rollupByUnit(rows, tree),
  tree,
  targets: indexTargets([{ unitId: 'D', year: 2021, onlineRate: 0.3 }]),
  metric: 'onlineRate',
  range: { from: '2021-03', to: '2021-04' },
  baseline: { from: '2021-01', to: '2021-02' },
  history: monthsOf({ from: '2021-01', to: '2021-04' }),
  isHistoryComplete: true,
  minVolume,
})

describe('childFigures', () => {
  const figures = Object.fromEntries(childFigures(input(), 'D').map((f) => [f.unitId, f]))

  it('gives each child its period value, volume, target, gap and change', () => {
    expect(figures.B).toMatchObject({ value: 45 / 200, volume: 200, received: 200, target: 0.3, status: 'notMet' })
    expect(figures.B!.gap).toBeCloseTo(0.075, 12)
    expect(figures.B!.change).toBeCloseTo(45 / 200 - 45 / 200, 12)
    expect(figures.A).toMatchObject({ status: 'met', monthsBehind: 0 })
  })

  it('counts the months behind ending at the period end', () => {
    // Mar 20%, Apr 25%; Feb was 35%
    expect(figures.B).toMatchObject({ monthsBehind: 2, isMonthsBehindOpen: false, isMonthsBehindPending: false })
    expect(monthsBehindText(figures.B!)).toBe('2')
  })

  it('says "at least" only where the run reaches the first month with data', () => {
    expect(figures.C).toMatchObject({ monthsBehind: 4, isMonthsBehindOpen: true, isMonthsBehindPending: false })
    expect(monthsBehindText(figures.C!)).toBe('4+')
    expect(monthsBehindText(figures.A!)).toBeNull()
  })

  it("shows no number while the run reaches back past the months fetched but not to the data's start", () => {
    const partial = childFigures({ ...input(), isHistoryComplete: false }, 'D')
    const byId = Object.fromEntries(partial.map((f) => [f.unitId, f]))
    expect(byId.C).toMatchObject({ monthsBehind: 4, isMonthsBehindOpen: false, isMonthsBehindPending: true })
    expect(monthsBehindText(byId.C!)).toBe('…')
    expect(byId.B).toMatchObject({ monthsBehind: 2, isMonthsBehindPending: false })
    expect(needsEarlierMonths(partial)).toBe(true)
    expect(needsEarlierMonths(childFigures(input(), 'D'))).toBe(false)
  })

  it("takes the API's count for a run cut at the window's start, and only there", () => {
    // Months fetched Mar..Apr: C's and B's runs reach that start. The API counted over Jan..Apr (4 months): C 4
    // (open, back to the first month with data), B 2; its count for A (met) is never read.
    const cut = {
      ...input(),
      history: monthsOf({ from: '2021-03', to: '2021-04' }),
      isHistoryComplete: false,
      behindLength: 4,
    }
    const counted = new Map([
      ['C', { monthsBehind: 4 }],
      ['B', { monthsBehind: 2 }],
      ['A', { monthsBehind: 9 }],
    ])
    const byId = Object.fromEntries(childFigures({ ...cut, behind: counted }, 'D').map((f) => [f.unitId, f]))
    expect(byId.C).toMatchObject({ monthsBehind: 4, isMonthsBehindOpen: true, isMonthsBehindPending: false })
    expect(byId.B).toMatchObject({ monthsBehind: 2, isMonthsBehindOpen: false, isMonthsBehindPending: false })
    expect(byId.A).toMatchObject({ monthsBehind: 0, isMonthsBehindPending: false })
    expect(monthsBehindText(byId.C!)).toBe('4+')
    // A unit the API left out stays pending: the months before are asked for it.
    const without = childFigures({ ...cut, behind: new Map([['B', { monthsBehind: 2 }]]) }, 'D')
    expect(without.find((f) => f.unitId === 'C')).toMatchObject({ monthsBehind: 2, isMonthsBehindPending: true })
    expect(needsEarlierMonths(without)).toBe(true)
  })

  it("counts the same run whatever window a screen fetched, once it has the months back to the run's start", () => {
    // B over Jan..Apr and over Feb..Apr (a window starting later, its run not reaching that start): both 2
    const later = childFigures(
      { ...input(), history: monthsOf({ from: '2021-02', to: '2021-04' }), isHistoryComplete: false },
      'D',
    )
    expect(later.find((f) => f.unitId === 'B')).toMatchObject({ monthsBehind: 2, isMonthsBehindPending: false })
  })
})

describe('ranking and lagging', () => {
  it('ranks by value with low-volume units set apart', () => {
    expect(rankFigures(childFigures(input(), 'D')).map((f) => f.unitId)).toEqual(['E', 'A', 'B', 'C'])
    expect(rankFigures(childFigures(input(10), 'D')).map((f) => f.unitId)).toEqual(['A', 'B', 'C', 'E'])
  })

  it('lists the lagging worst gap first', () => {
    expect(laggingFigures(childFigures(input(), 'D')).map((f) => f.unitId)).toEqual(['C', 'B'])
  })

  it('names the groups present', () => {
    expect(childGroups(childFigures(input(), 'D'))).toEqual(['communes'])
  })
})
