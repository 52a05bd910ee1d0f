import { describe, expect, it } from 'vitest'
import { metricValue, type MetricId } from '../../src/domain/metrics'
import { emptyTotals, type Totals } from '../../src/domain/totals'

const totals = (counts: Partial<Totals>): Totals => ({ ...emptyTotals(), ...counts })

describe('metricValue', () => {
  it.each<[MetricId, Partial<Totals>, number]>([
    ['onlineRate', { received: 76574, receivedOnline: 7610 }, 7610 / 76574],
    ['onlineCapableRate', { receivedOnline: 30, receivedOnlineCapable: 120 }, 0.25],
    ['postalRate', { received: 200, receivedPostal: 10 }, 0.05],
    ['onTimeRate', { resolved: 100, resolvedEarly: 60, resolvedOnTime: 35, resolvedLate: 5 }, 0.95],
    ['earlyRate', { resolved: 100, resolvedEarly: 60, resolvedOnTime: 35, resolvedLate: 5 }, 0.6],
    ['onlinePaymentRate', { feeDossiers: 40, feePaidOnline: 10 }, 0.25],
    ['fullOnlineRate', { received: 1000, receivedOnlineFull: 123 }, 0.123],
    ['satisfactionRate', { ratedVerySatisfied: 50, ratedSatisfied: 40, ratedDissatisfied: 10 }, 0.9],
    // (early + onTime + (pending − overdue)) / (resolved + pending) = (95 + 15) / 120
    [
      'progressIndex',
      { resolved: 100, resolvedEarly: 60, resolvedOnTime: 35, resolvedLate: 5, pending: 20, pendingOverdue: 5 },
      110 / 120,
    ],
    // (resolved − dissatisfied − complaints − late) / resolved = (100 − 3 − 2 − 5) / 100
    ['dossierSatisfaction', { resolved: 100, resolvedLate: 5, ratedDissatisfied: 3, complaints: 2 }, 0.9],
  ])('%s is a ratio of sums', (metric, counts, expected) => {
    const result = metricValue(metric, totals(counts))
    expect(result.value).toBeCloseTo(expected, 12)
  })

  it('floors dossier satisfaction at zero', () => {
    const result = metricValue(
      'dossierSatisfaction',
      totals({ resolved: 10, resolvedLate: 8, ratedDissatisfied: 5, complaints: 3 }),
    )
    expect(result.value).toBe(0)
  })

  it.each<[MetricId, string]>([
    ['onlineRate', 'noReceived'],
    ['onlineCapableRate', 'noCapable'],
    ['onTimeRate', 'noResolved'],
    ['onlinePaymentRate', 'noFeeDossiers'],
    ['satisfactionRate', 'noRatings'],
    ['progressIndex', 'noResolvedOrPending'],
    ['dossierSatisfaction', 'noResolved'],
  ])('%s has no value (not 0, not NaN) on a zero denominator', (metric, reason) => {
    const result = metricValue(metric, emptyTotals())
    expect(result).toEqual({ value: null, reason })
  })

  it('differs from the mean of monthly ratios, which would be wrong', () => {
    // A quiet month at 100% and a busy month at 10%.
    const months = [totals({ received: 10, receivedOnline: 10 }), totals({ received: 990, receivedOnline: 99 })]
    const summed = totals({ received: 1000, receivedOnline: 109 })
    const ratioOfSums = metricValue('onlineRate', summed).value!
    const meanOfRatios = months.map((m) => metricValue('onlineRate', m).value!).reduce((a, b) => a + b) / months.length
    expect(ratioOfSums).toBeCloseTo(0.109, 12)
    expect(meanOfRatios).toBeCloseTo(0.55, 12)
    expect(Math.abs(ratioOfSums - meanOfRatios)).toBeGreaterThan(0.4)
  })
})
