import { describe, expect, it } from 'vitest'
import { overdueBacklog, overdueRanking, resolutionSplit } from '../../src/domain/accountability'
import { screenRows } from '../../src/domain/invariants'
import { metricValue } from '../../src/domain/metrics'
import { overPeriod, rollupByUnit } from '../../src/domain/rollup'
import { emptyTotals, type Totals } from '../../src/domain/totals'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import { row } from './helpers'

const unit = (id: string, parentId: string | null): UnitLike => ({ id, code: id, name: id, kind: 'district', parentId })
const totals = (counts: Partial<Totals>): Totals => ({ ...emptyTotals(), ...counts })

describe('late rate and overdue backlog', () => {
  it('late rate is Σ late / Σ resolved over the rows (5 + 15) / (100 + 300)', () => {
    const tree = buildUnitTree([unit('p', null)])
    const rows = [
      row('p', '2026-01', { resolved: 100, resolvedEarly: 60, resolvedOnTime: 35, resolvedLate: 5 }),
      row('p', '2026-02', { resolved: 300, resolvedEarly: 200, resolvedOnTime: 85, resolvedLate: 15 }),
    ]
    const period = overPeriod(rollupByUnit(rows, tree).get('p'), ['2026-01', '2026-02'])
    expect(metricValue('lateRate', period).value).toBeCloseTo(20 / 400, 12)
  })

  it('the overdue backlog of a period is its last month: 12 of 40 pending, not 7 + 12', () => {
    const tree = buildUnitTree([unit('p', null)])
    const rows = [
      row('p', '2026-01', { pending: 30, pendingOverdue: 7 }),
      row('p', '2026-02', { pending: 40, pendingOverdue: 12 }),
    ]
    const backlog = overdueBacklog(overPeriod(rollupByUnit(rows, tree).get('p'), ['2026-01', '2026-02']))
    expect(backlog.overdue).toBe(12)
    expect(backlog.pending).toBe(40)
    expect(backlog.share.value).toBeCloseTo(0.3, 12)
  })

  it('no pending dossiers: the overdue share has no value (never 0%)', () => {
    expect(overdueBacklog(emptyTotals()).share).toEqual({ value: null, reason: 'noPending' })
  })

  it('splits resolved into early, on time and late with shares; none resolved gives no shares', () => {
    const split = resolutionSplit(totals({ resolved: 200, resolvedEarly: 150, resolvedOnTime: 40, resolvedLate: 10 }))
    expect(split.shares).toEqual({ early: 0.75, onTime: 0.2, late: 0.05 })
    expect(resolutionSplit(emptyTotals()).shares).toBeNull()
  })

  it('ranks holders by overdue count, not rate: 300 of 3000 before 2 of 2; none held is left out', () => {
    const ranked = overdueRanking([
      { unitId: 'commune', totals: totals({ pending: 2, pendingOverdue: 2 }) },
      { unitId: 'department', totals: totals({ pending: 3000, pendingOverdue: 300 }) },
      { unitId: 'clean', totals: totals({ pending: 50, pendingOverdue: 0 }) },
    ])
    expect(ranked.map((h) => [h.unitId, h.overdue])).toEqual([
      ['department', 300],
      ['commune', 2],
    ])
  })
})

describe('digitisation rates: not reported is not zero', () => {
  const tree = buildUnitTree([unit('p', null), unit('a', 'p'), unit('b', 'p')])

  it('no row reports the count: no value, "not reported"', () => {
    const rows = [row('a', '2022-12', { received: 100, resolved: 90 })]
    const p = rollupByUnit(rows, tree).get('p')!.get('2022-12')!
    expect(metricValue('digitizationRate', p)).toEqual({ value: null, reason: 'notReported' })
    expect(metricValue('digitizedResultsRate', p)).toEqual({ value: null, reason: 'notReported' })
  })

  it('over the rows that report it: 60 / 100, not 60 / 300, and says it is partly reported', () => {
    const rows = [
      row('a', '2023-01', { received: 100, resolved: 80, digitizedAtIntake: 60, resultsDigitized: 40 }),
      row('b', '2023-01', { received: 200, resolved: 150 }),
    ]
    const p = rollupByUnit(rows, tree).get('p')!.get('2023-01')!
    expect(metricValue('digitizationRate', p)).toEqual({
      value: 0.6,
      numerator: 60,
      denominator: 100,
      isPartlyReported: true,
    })
    expect(metricValue('digitizedResultsRate', p).value).toBeCloseTo(0.5, 12)
  })

  it('every row reports: the plain ratio of sums (60 + 90) / (100 + 200) over months too', () => {
    const rows = [
      row('a', '2023-01', { received: 100, digitizedAtIntake: 60 }),
      row('a', '2023-02', { received: 200, digitizedAtIntake: 90 }),
    ]
    const period = overPeriod(rollupByUnit(rows, tree).get('a'), ['2023-01', '2023-02'])
    expect(metricValue('digitizationRate', period)).toEqual({ value: 0.5, numerator: 150, denominator: 300 })
  })

  it('a row reporting 0 digitised is 0%, a value', () => {
    const rows = [row('a', '2023-01', { received: 100, digitizedAtIntake: 0 })]
    expect(metricValue('digitizationRate', rollupByUnit(rows, tree).get('a')!.get('2023-01')!).value).toBe(0)
  })

  it('a row with more digitised than received loses its digitisation only, and is named', () => {
    const { valid, violations } = screenRows([
      row('a', '2023-01', { received: 100, receivedOnline: 40, receivedOnlineCapable: 50, digitizedAtIntake: 120 }),
    ])
    expect(violations).toEqual([{ unitId: 'a', month: '2023-01', rule: 'digitizedWithinReceived' }])
    expect(valid[0]!.digitizedAtIntake).toBeUndefined()
    expect(metricValue('onlineRate', valid[0]!).value).toBe(0.4)
  })
})
