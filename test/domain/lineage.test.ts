import { describe, expect, it } from 'vitest'
import {
  historyThroughLineage,
  isIncompleteFrom,
  nearestPredecessors,
  predecessorsOf,
  successorsOf,
  type LineageLinkLike,
} from '../../src/domain/lineage'
import { metricValue } from '../../src/domain/metrics'
import { monthsOf } from '../../src/domain/periods'
import { overPeriod, rollupByUnit } from '../../src/domain/rollup'
import { buildUnitTree } from '../../src/domain/units'
import { row } from './helpers'
import { REFORM_LINEAGE, REFORM_UNITS } from './reform-fixture'

// Hand-worked rows, received / receivedOnline (pending where given), two months each side of 2025-07.
const ROWS = [
  // the five communes that went into new Xã Tân Long whole
  row('c30133', '2025-05', { received: 100, receivedOnline: 60 }),
  row('c30133', '2025-06', { received: 110, receivedOnline: 70, pending: 5 }),
  row('c30136', '2025-05', { received: 50, receivedOnline: 20 }),
  row('c30136', '2025-06', { received: 40, receivedOnline: 20 }),
  row('c30139', '2025-05', { received: 30, receivedOnline: 15 }),
  row('c30139', '2025-06', { received: 30, receivedOnline: 18 }),
  row('c30142', '2025-05', { received: 20, receivedOnline: 5 }),
  row('c30142', '2025-06', { received: 20, receivedOnline: 10 }),
  row('c30154', '2025-05', { received: 80, receivedOnline: 40 }),
  row('c30154', '2025-06', { received: 100, receivedOnline: 52, pending: 7 }),
  // Phú Thuận B, which went in part into Tân Long and in part into Thường Phước
  row('c30079', '2025-05', { received: 70, receivedOnline: 35 }),
  row('c30079', '2025-06', { received: 60, receivedOnline: 30, pending: 100 }),
  // old Tiền Giang's own desk, and old Đồng Tháp's
  row('p82-old', '2025-06', { received: 2000, receivedOnline: 900 }),
  row('p87', '2025-06', { received: 1000, receivedOnline: 600 }),
  // the new units
  row('n30154', '2025-07', { received: 320, receivedOnline: 250 }),
  row('n30154', '2025-08', { received: 330, receivedOnline: 280 }),
  row('n30079', '2025-07', { received: 90, receivedOnline: 80 }),
  row('p82', '2025-07', { received: 3500, receivedOnline: 2500 }),
]
// The tree of every version: each unit's parent exists over its months, so rows roll up within their own tree.
const byUnit = rollupByUnit(ROWS, buildUnitTree(REFORM_UNITS))
const received = (h: { monthly: Map<string, { received: number }> }) =>
  Object.fromEntries([...h.monthly].map(([month, totals]) => [month, totals.received]))

describe('predecessorsOf / successorsOf', () => {
  it('new Xã Tân Long: five old communes whole, Phú Thuận B in part', () => {
    expect(predecessorsOf(REFORM_LINEAGE, 'n30154')).toEqual({
      whole: ['c30133', 'c30136', 'c30139', 'c30142', 'c30154'],
      part: ['c30079'],
    })
  })

  it('the new province: both old provinces whole', () => {
    expect(predecessorsOf(REFORM_LINEAGE, 'p82')).toEqual({ whole: ['p87', 'p82-old'], part: [] })
  })

  it('an old unit says where it went: Phú Thuận B to two new communes, in part', () => {
    expect(successorsOf(REFORM_LINEAGE, 'c30079').map((l) => [l.to, l.share])).toEqual([
      ['n30154', 'part'],
      ['n30079', 'part'],
    ])
  })
})

describe('historyThroughLineage', () => {
  it('new Xã Tân Long: before 2025-07 the sum of its five whole predecessors, Phú Thuận B named and left out', () => {
    const history = historyThroughLineage('n30154', byUnit, REFORM_LINEAGE)
    // 2025-05: 100+50+30+20+80 = 280; 2025-06: 110+40+30+20+100 = 300 (Phú Thuận B's 70 and 60 not in)
    expect(received(history)).toEqual({ '2025-05': 280, '2025-06': 300, '2025-07': 320, '2025-08': 330 })
    expect([history.incomplete, history.partPredecessors, history.incompleteBefore]).toEqual([
      true,
      ['c30079'],
      '2025-07',
    ])
  })

  it('a rate over 2025-05…2025-08 (across the reform) is still the ratio of the sums', () => {
    const history = historyThroughLineage('n30154', byUnit, REFORM_LINEAGE)
    const totals = overPeriod(history.monthly, monthsOf({ from: '2025-05', to: '2025-08' }))
    // online 60+20+15+5+40 + 70+20+18+10+52 + 250 + 280 = 840 of 280+300+320+330 = 1230
    expect([totals.receivedOnline, totals.received]).toEqual([840, 1230])
    expect(metricValue('onlineRate', totals)).toMatchObject({ value: 840 / 1230, numerator: 840, denominator: 1230 })
  })

  it('stocks at a month end add over the whole predecessors only: 5 + 7 pending in 2025-06, not the 100', () => {
    const history = historyThroughLineage('n30154', byUnit, REFORM_LINEAGE)
    expect(overPeriod(history.monthly, ['2025-05', '2025-06']).pending).toBe(12)
  })

  it('the new province is complete although one of its communes is not: Phú Thuận B lay within old Đồng Tháp', () => {
    const history = historyThroughLineage('p82', byUnit, REFORM_LINEAGE)
    // 2025-06: old Đồng Tháp 1000 + its communes 110+40+30+20+100+60 = 1360, old Tiền Giang 2000
    // 2025-07: the new province's own 3500 + Tân Long 320 + Thường Phước 90
    expect(received(history)).toEqual({ '2025-05': 350, '2025-06': 3360, '2025-07': 3910, '2025-08': 330 })
    expect([history.incomplete, history.partPredecessors, history.incompleteBefore]).toEqual([false, [], null])
  })

  it('an old unit is its own history alone, with nothing after it ended', () => {
    const history = historyThroughLineage('c30154', byUnit, REFORM_LINEAGE)
    expect(received(history)).toEqual({ '2025-05': 80, '2025-06': 100 })
    expect(history.incomplete).toBe(false)
  })

  it('a v1 answer (no lineage) leaves every unit its own figures', () => {
    const history = historyThroughLineage('n30154', byUnit, [])
    expect(received(history)).toEqual({ '2025-07': 320, '2025-08': 330 })
    expect(history.incomplete).toBe(false)
  })

  it('does not change the rolled-up totals it reads (the result has fresh records)', () => {
    historyThroughLineage('n30154', byUnit, REFORM_LINEAGE)
    expect(byUnit.get('c30133')?.get('2025-05')?.received).toBe(100)
  })
})

describe('historyThroughLineage across two reorganisations', () => {
  const link = (from: string, to: string, month: string, share: 'whole' | 'part'): LineageLinkLike => ({
    from,
    to,
    month,
    share,
  })
  // A went whole into B in 2020-01 (R in part); B went whole into C in 2025-07.
  const lineage = [
    link('A', 'B', '2020-01', 'whole'),
    link('R', 'B', '2020-01', 'part'),
    link('B', 'C', '2025-07', 'whole'),
  ]
  const monthly = (entries: Record<string, number>) =>
    new Map(Object.entries(entries).map(([month, n]) => [month, row('x', month, { received: n })]))
  const totals = new Map([
    ['A', monthly({ '2019-12': 1, '2020-01': 1000 })], // its 2020-01 row is after it ended: never counted
    ['R', monthly({ '2019-12': 2 })],
    ['B', monthly({ '2020-01': 10, '2025-06': 20 })],
    ['C', monthly({ '2025-07': 30 })],
  ])

  it('carries the figures through every whole link, each predecessor only for its own months', () => {
    const history = historyThroughLineage('C', totals, lineage)
    expect(received(history)).toEqual({ '2019-12': 1, '2020-01': 10, '2025-06': 20, '2025-07': 30 })
    expect(predecessorsOf(lineage, 'C')).toEqual({ whole: ['B', 'A'], part: ['R'] })
  })

  it('finds the nearest predecessors that existed at a time, whole or in part (for targets of earlier years)', () => {
    expect(nearestPredecessors(lineage, 'C', (id) => id === 'A' || id === 'R')).toEqual(['A', 'R'])
    expect(nearestPredecessors(lineage, 'C', (id) => id === 'B')).toEqual(['B'])
    expect(nearestPredecessors(lineage, 'A', () => true)).toEqual([])
  })

  it('is incomplete only before the month the part came in', () => {
    const history = historyThroughLineage('C', totals, lineage)
    expect([history.partPredecessors, history.incompleteBefore]).toEqual([['R'], '2020-01'])
    expect(isIncompleteFrom(history, '2024-01')).toBe(false)
    expect(isIncompleteFrom(history, '2019-06')).toBe(true)
  })

  it('counts nothing twice when links repeat or go round in a circle', () => {
    const broken = [...lineage, link('A', 'B', '2020-01', 'whole'), link('C', 'A', '2019-01', 'whole')]
    expect(received(historyThroughLineage('C', totals, broken))).toEqual(
      received(historyThroughLineage('C', totals, lineage)),
    )
  })
})
