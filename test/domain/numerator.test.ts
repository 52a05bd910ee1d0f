import { describe, expect, it } from 'vitest'
import { rollupByUnit } from '../../src/domain/rollup'
import { buildUnitTree } from '../../src/domain/units'
import { metricValue, METRIC_IDS } from '../../src/domain/metrics'
import { emptyTotals } from '../../src/domain/totals'
import { rankingTable } from '../../src/features/overview/ranking-columns'
import { unitFigure, type ChildFigure } from '../../src/domain/breakdown'

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
      ...emptyTotals(),
      received,
      receivedOnline: online,
      receivedOnlineFull: next(online + 1),
      receivedPostal: next(received - online + 1),
      receivedOnlineCapable: online + next(received - online + 1),
      resolved: next(received + 1),
      resolvedEarly: next(1000),
      resolvedOnTime: next(100_000),
      feeDossiers: next(50_000),
      feePaidOnline: next(1000),
      ratedSatisfied: next(9000),
      ratedVerySatisfied: next(9000),
      ratedDissatisfied: next(900),
      pending: next(5000),
      pendingOverdue: next(100),
    }
  }
}

describe("a figure's numerator", () => {
  it("is each metric's own numerator (the full-online rate's dossiers fully online)", () => {
    const tree = buildUnitTree([{ id: 'c1', code: '1', name: 'Xã A', kind: 'commune', parentId: null }])
    for (const totals of randomTotals(300)) {
      const rolled = rollupByUnit([{ ...totals, unitId: 'c1', month: '2021-01', includesDescendants: false }], tree)
      for (const metric of METRIC_IDS) {
        const v = metricValue(metric, totals)
        const figure = unitFigure(
          {
            rolled,
            tree,
            targets: new Map(),
            metric,
            range: { from: '2021-01', to: '2021-01' },
            baseline: { from: '2020-12', to: '2020-12' },
            history: ['2021-01'],
            isHistoryComplete: true,
            minVolume: 0,
          },
          'c1',
        )
        expect(figure.numerator).toBe(v.value === null ? 0 : v.numerator)
      }
    }
  })

  it(
    'exports the full-online rate with a "fully online" column ' + 'of its numerator and no repeated received column',
    () => {
      const figure = {
        unitId: 'c1',
        code: '1',
        name: 'Xã A',
        kind: 'commune',
        value: 120 / 900,
        noValueReason: null,
        volume: 900,
        numerator: 120,
        received: 900,
        receivedOnline: 400,
        target: null,
        status: 'noTarget',
        gap: null,
        change: null,
        monthsBehind: 0,
        isMonthsBehindOpen: false,
        isMonthsBehindPending: false,
        isLowVolume: false,
        isPartial: false,
        missingParts: [],
      } satisfies ChildFigure
      const t = (key: string) => key
      const table = rankingTable([figure], { t: t as never, metric: 'fullOnlineRate' }, 's', 'title')
      expect(table.columns.map((c) => c.label)).toContain('overview.numerators.fullOnlineRate')
      expect(table.columns.map((c) => c.label)).not.toContain('overview.columns.received')
      expect(table.rows[0]).toMatchObject({ volume: 900, numerator: 120 })
    },
  )
})
