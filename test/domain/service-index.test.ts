import { describe, expect, it } from 'vitest'
import { SERVICE_INDEX, type IndexGroupConfig, type ServiceIndexConfig } from '../../src/domain/service-index-config'
import { groupPoints, pointsLostByChild, serviceIndex } from '../../src/domain/service-index'
import { emptyTotals, type Totals } from '../../src/domain/totals'

const totals = (counts: Partial<Totals>): Totals => ({ ...emptyTotals(), ...counts })

describe('groupPoints: full points at or above the target, in proportion below', () => {
  it.each<[string, number | null, number, number, number | null]>([
    ['above the target', 0.9, 0.8, 12, 12],
    ['exactly at the target', 0.8, 0.8, 12, 12],
    ['half the target', 0.4, 0.8, 12, 6],
    ['0.7 of 0.8 on 10 points = 8.75', 0.7, 0.8, 10, 8.75],
    ['a target of 0: full points, no division by zero', 0, 0, 22, 22],
    ['no value: no points (not 0)', null, 0.8, 12, null],
  ])('%s', (_name, value, target, points, expected) => {
    const got = groupPoints(value, target, points)
    if (expected === null) expect(got).toBeNull()
    else expect(got).toBeCloseTo(expected, 12)
  })
})

// A unit's month, worked by hand against the default config:
// progress (95 + 15) / (100 + 20) = 0.91666… → 20 × 0.91666… = 18.3333…
// online 600 / 1000 = 0.6 of 0.8 → 12 × 0.75 = 9
// payment 45 / 50 = 0.9 ≥ 0.8 → 10
// satisfaction (100 − 3 − 2 − 5) / 100 = 0.9 → 18 × 0.9 = 16.2
// digitisation: not reported → no points, left out of the measured maximum; publicity: not measured
const month = totals({
  received: 1000,
  receivedOnline: 600,
  resolved: 100,
  resolvedEarly: 60,
  resolvedOnTime: 35,
  resolvedLate: 5,
  pending: 20,
  pendingOverdue: 5,
  feeDossiers: 50,
  feePaidOnline: 45,
  ratedDissatisfied: 3,
  complaints: 2,
})

describe('serviceIndex', () => {
  it('scores each group and sums the measured ones (hand-worked)', () => {
    const index = serviceIndex(month, SERVICE_INDEX)
    const points = Object.fromEntries(index.groups.map((g) => [g.id, g.points]))
    expect(points.progress).toBeCloseTo(18.333333, 5)
    expect(points.online).toBeCloseTo(9, 12)
    expect(points.onlinePayment).toBe(10)
    expect(points.satisfaction).toBeCloseTo(16.2, 12)
    expect(points.digitization).toBeNull()
    expect(points.publicity).toBeNull()
    expect(index.groups.find((g) => g.id === 'digitization')!.state).toBe('noData')
    expect(index.groups.find((g) => g.id === 'publicity')!.state).toBe('notMeasured')
    expect(index.points).toBeCloseTo(18.333333 + 9 + 10 + 16.2, 5)
    expect(index.measuredMax).toBe(20 + 12 + 10 + 18)
    expect(index.lost).toBeCloseTo(60 - (18.333333 + 9 + 10 + 16.2), 5)
  })

  it('reads its weights and targets from the config it is given', () => {
    const config: ServiceIndexConfig = {
      source: 'test',
      groups: [{ id: 'online', points: 30, metric: 'onlineRate', target: 0.6 }],
    }
    const index = serviceIndex(month, config)
    expect(index.points).toBe(30)
    expect(index.lost).toBe(0)
  })

  it('the default weights add up to 100', () => {
    expect(SERVICE_INDEX.groups.reduce((sum, g) => sum + g.points, 0)).toBe(100)
  })
})

describe('pointsLostByChild', () => {
  const online: IndexGroupConfig = { id: 'online', points: 12, metric: 'onlineRate', target: 0.8 }

  it('weights each child by its share of the dossiers and ranks by points lost', () => {
    // parent: 1000 received, 600 online. big: 800 received at 0.55 → weight 0.8, loses 0.8 × 12 × (1 − 0.55/0.8)
    // = 0.8 × 3.75 = 3; small: 200 at 0.8 (exactly the target) → loses 0.
    const lost = pointsLostByChild(online, month, [
      { unitId: 'small', totals: totals({ received: 200, receivedOnline: 160 }) },
      { unitId: 'big', totals: totals({ received: 800, receivedOnline: 440 }) },
    ])
    expect(lost.map((c) => c.unitId)).toEqual(['big', 'small'])
    expect(lost[0]!.weight).toBeCloseTo(0.8, 12)
    expect(lost[0]!.lost).toBeCloseTo(3, 12)
    expect(lost[1]!.lost).toBe(0)
    // the children's losses add up to the parent's when none is above the target: 12 − 9 = 3
    expect(lost.reduce((sum, c) => sum + c.lost, 0)).toBeCloseTo(12 - 9, 12)
  })

  it('a child with no value in the group is left out; a group the counts cannot measure has no list', () => {
    const lost = pointsLostByChild(online, month, [{ unitId: 'empty', totals: emptyTotals() }])
    expect(lost).toEqual([])
    const publicity = SERVICE_INDEX.groups.find((g) => g.id === 'publicity')!
    expect(pointsLostByChild(publicity, month, [{ unitId: 'a', totals: month }])).toEqual([])
  })
})
