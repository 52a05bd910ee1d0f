import { describe, expect, it } from 'vitest'
import { numeratorOf } from '../../src/domain/numerator'
import { metricValue, METRIC_IDS } from '../../src/domain/metrics'
import { emptyTotals } from '../../src/domain/totals'
import { figuresTable } from '../../src/export/figures-table'
import type { ChildFigure } from '../../src/domain/breakdown'

// A small deterministic generator, so every run checks the same many totals.
function* randomTotals(count: number) {
  let seed = 7
  const next = (max: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % max
  }
  for (let i = 0; i < count; i++) {
    const received = next(3_000_000)
    const online = next(received + 1)
    yield {
      ...emptyTotals(), received, receivedOnline: online, receivedOnlineFull: next(online + 1), receivedPostal: next(received - online + 1),
      receivedOnlineCapable: online + next(received - online + 1), resolved: next(received + 1), resolvedEarly: next(1000),
      resolvedOnTime: next(100_000), feeDossiers: next(50_000), feePaidOnline: next(1000), ratedSatisfied: next(9000),
      ratedVerySatisfied: next(9000), ratedDissatisfied: next(900), pending: next(5000), pendingOverdue: next(100),
    }
  }
}

describe('numeratorOf', () => {
  it('gives back each metric\'s own numerator from value and volume (the full-online rate\'s dossiers fully online)', () => {
    for (const totals of randomTotals(2000)) {
      for (const metric of METRIC_IDS) {
        const v = metricValue(metric, totals)
        const figure = { value: v.value, volume: v.value === null ? 0 : v.denominator }
        expect(numeratorOf(figure)).toBe(v.value === null ? 0 : v.numerator)
      }
      const full = metricValue('fullOnlineRate', totals)
      if (full.value !== null) expect(numeratorOf({ value: full.value, volume: full.denominator })).toBe(totals.receivedOnlineFull)
    }
  })

  it('exports the full-online rate with a "fully online" column of its numerator and no repeated received column', () => {
    const figure = {
      unitId: 'c1', code: '1', name: 'Xã A', kind: 'commune', value: 120 / 900, noValueReason: null, volume: 900, received: 900,
      receivedOnline: 400, target: null, status: 'noTarget', gap: null, change: null, monthsBehind: 0, isMonthsBehindOpen: false,
      isLowVolume: false,
    } satisfies ChildFigure
    const t = (key: string) => key
    const table = figuresTable('s', 'title', [figure], t as never, false, 'fullOnlineRate')
    expect(table.columns.map((c) => c.label)).toContain('overview.numerators.fullOnlineRate')
    expect(table.columns.map((c) => c.label)).not.toContain('overview.columns.received')
    expect(table.rows[0]).toMatchObject({ volume: 900, numerator: 120 })
  })
})
