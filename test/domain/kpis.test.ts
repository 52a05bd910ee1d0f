import { describe, expect, it } from 'vitest'
import { rateKpis, receivedKpi } from '../../src/domain/kpis'
import { emptyTotals, type Totals } from '../../src/domain/totals'

const totals = (counts: Partial<Totals>): Totals => ({ ...emptyTotals(), ...counts })

describe('rateKpis', () => {
  const current = totals({
    received: 1000,
    receivedOnline: 250,
    resolved: 100,
    resolvedEarly: 50,
    resolvedOnTime: 46,
    resolvedLate: 4,
  })
  const baselines = {
    previousPeriod: totals({ received: 800, receivedOnline: 160, resolved: 0 }),
    samePeriodLastYear: totals({ received: 500, receivedOnline: 50, resolved: 10, resolvedEarly: 9, resolvedLate: 1 }),
  }
  const targets: Record<string, number | null> = {
    onlineRate: 0.3,
    onTimeRate: 0.95,
    satisfactionRate: null,
    onlinePaymentRate: 0.6,
  }
  const kpis = rateKpis(current, baselines, (metric) => targets[metric] ?? null)
  const byMetric = Object.fromEntries(kpis.map((k) => [k.metric, k]))

  it('has a card per rate, in order', () => {
    expect(kpis.map((k) => k.metric)).toEqual([
      'onlineRate',
      'fullOnlineRate',
      'onTimeRate',
      'satisfactionRate',
      'onlinePaymentRate',
    ])
  })

  it('compares with the target and with both baselines', () => {
    expect(byMetric.onlineRate).toMatchObject({ target: 0.3, status: 'notMet' })
    expect(byMetric.onlineRate!.changes.previousPeriod).toBeCloseTo(0.05, 12)
    expect(byMetric.onlineRate!.changes.samePeriodLastYear).toBeCloseTo(0.15, 12)
    expect(byMetric.onlineRate!.gap).toBeCloseTo(0.05, 12)
    expect(byMetric.onTimeRate).toMatchObject({ target: 0.95, status: 'met', changes: { previousPeriod: null } })
    expect(byMetric.onTimeRate!.changes.samePeriodLastYear).toBeCloseTo(0.96 - 0.9, 12)
  })

  it('tracks online payment against its target like the others (targets from 2025)', () => {
    expect(byMetric.onlinePaymentRate!.target).toBe(0.6)
    expect(byMetric.onlinePaymentRate!.status).not.toBe('noTarget')
  })

  it('has no target line where none is set and no status without a value', () => {
    expect(byMetric.fullOnlineRate).toMatchObject({ target: null, status: 'noTarget' })
    expect(byMetric.satisfactionRate).toMatchObject({
      status: 'noValue',
      current: { value: null, reason: 'noRatings' },
    })
  })
})

describe('receivedKpi', () => {
  it('splits by channel and gives the relative changes', () => {
    const kpi = receivedKpi(totals({ received: 1200, receivedOnline: 300, receivedPostal: 20 }), {
      previousPeriod: totals({ received: 1000 }),
      samePeriodLastYear: emptyTotals(),
    })
    expect(kpi).toMatchObject({
      received: 1200,
      online: { value: 300, status: 'reported' },
      postal: { value: 20, status: 'reported' },
      desk: { value: 880, status: 'reported' },
    })
    expect(kpi.changes.previousPeriod).toBeCloseTo(0.2, 12)
    expect(kpi.changes.samePeriodLastYear).toBeNull()
  })
})
