// A period's sums read as months (period-rows.ts): each unit's value over the period and over its baseline, for
// every metric, equal what the unit's every month gives (rolled up with its history across the reform) — when
// isExactForMetric says so, and it says so only then; and the first step's plan (view-reach.ts quickPeriodPlan).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiClient, type ApiClient } from '../../src/api/client'
import type { StatRowLike } from '../../src/domain/totals'
import { historyCoveringPlan, withHistory } from '../../src/domain/history-view'
import { screenRows } from '../../src/domain/invariants'
import { METRIC_IDS, metricValue, type MetricId } from '../../src/domain/metrics'
import { comparisonRange, coveringRange, monthsOf, type Comparison } from '../../src/domain/periods'
import { isExactForMetric, periodAsMonthRow, withMonthsBehindPending } from '../../src/domain/period-rows'
import { overPeriod, rollupByUnit } from '../../src/domain/rollup'
import { completeRow } from '../../src/domain/unreported'
import { unitTreeOf } from '../../src/domain/units'
import { isValidAt } from '../../src/domain/validity'
import { quickPeriodPlan } from '../../src/domain/view-reach'
import { createMockServer, TEST_BASE_URL } from '../../mocks/node'
import { THREE_TIERS } from './helpers'

describe('quickPeriodPlan', () => {
  const input = { unitId: 'VN', tree: THREE_TIERS, lineage: [], shown: [] }
  const available = { from: '2020-01', to: '2022-12' }

  it('asks the covering requests over the period and over its baseline, as period sums', () => {
    const range = { from: '2022-01', to: '2022-06' }
    const view = { range, comparison: 'previousPeriod' as const }
    const baseline = { from: '2021-07', to: '2021-12' }
    const expected = [range, baseline].flatMap((months) =>
      historyCoveringPlan('VN', months, THREE_TIERS, []).map((q) => ({ ...q, grain: 'period' })),
    )
    expect(expected.length).toBeGreaterThan(1)
    expect(quickPeriodPlan(input, view, available)).toEqual(expected)
  })

  it('leaves out a baseline before the first month with data and clips one across it', () => {
    const view = { range: { from: '2020-01', to: '2020-06' }, comparison: 'previousPeriod' as const }
    expect(quickPeriodPlan(input, view, available).every((q) => q.from === '2020-01' && q.to === '2020-06')).toBe(true)
    const across = { range: { from: '2020-04', to: '2020-09' }, comparison: 'previousPeriod' as const }
    const froms = new Set(quickPeriodPlan(input, across, available).map((q) => `${q.from}..${q.to}`))
    expect([...froms].sort()).toEqual(['2020-01..2020-03', '2020-04..2020-09'])
  })
})

describe('withMonthsBehindPending', () => {
  it('a unit below target has its run pending; one that is not has none', () => {
    const f = { monthsBehind: 0, isMonthsBehindOpen: true, isMonthsBehindPending: false }
    expect(withMonthsBehindPending([{ ...f, status: 'notMet' as const }])[0]).toMatchObject({
      monthsBehind: 1,
      isMonthsBehindPending: true,
      isMonthsBehindOpen: false,
    })
    expect(withMonthsBehindPending([{ ...f, monthsBehind: 3, status: 'met' as const }])[0]).toMatchObject({
      monthsBehind: 0,
      isMonthsBehindPending: false,
    })
  })
})

describe('a period summed by the server gives the figures its months give (demo mock)', () => {
  const server = createMockServer()
  let api: ApiClient
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' })
    let token: string | null = null
    api = createApiClient({ baseUrl: TEST_BASE_URL, getToken: () => token })
    token = (await api.login({ username: 'lanhdao.tinh', password: 'demo' })).token
  })
  afterAll(() => server.close())

  it.each<[string, string, string, Comparison, boolean]>([
    // digitisation is reported from 2023: a period without it, or with it in some months only, is not exact for it
    ['a year before the reform, against the year before', '2022-01', '2022-12', 'previousPeriod', false],
    ['the year of the reform, against the same months a year before', '2025-01', '2025-12', 'samePeriodLastYear', true],
    ['a year half without digitisation counts', '2022-07', '2023-06', 'previousPeriod', false],
  ])(
    '%s',
    async (_name, from, to, comparison, isDigitisationExact) => {
      const { units, lineage } = await api.unitsWithLineage()
      const tree = unitTreeOf(units)
      const meta = await api.meta()
      const available = { from: meta.firstMonth, to: meta.lastMonth }
      const range = { from, to }
      const baseline = comparisonRange(range, comparison)
      const input = { unitId: meta.rootUnitId, tree, lineage, shown: [] }
      const view = { range, comparison }
      // The months: every unit of the scope at every level over the period and its baseline, as the months' plan asks.
      const monthlyPlan = historyCoveringPlan(meta.rootUnitId, coveringRange([range, baseline]), tree, lineage)
      const ownOnly = (q: { unit: string; isOwnOnly?: boolean }, rows: StatRowLike[]) =>
        q.isOwnOnly ? rows.filter((r) => r.unitId === q.unit) : rows
      const monthly = (
        await Promise.all(
          monthlyPlan.map(async ({ isOwnOnly, ...q }) => ownOnly({ ...q, isOwnOnly }, await api.stats(q))),
        )
      ).flat()
      const summed = (
        await Promise.all(
          quickPeriodPlan(input, view, available).map(async ({ isOwnOnly, grain: _grain, ...q }) =>
            ownOnly(
              { ...q, isOwnOnly },
              (await api.periodStats(q)).map((row) => completeRow(periodAsMonthRow(row))),
            ),
          ),
        )
      ).flat()
      const screened = screenRows(summed)
      const shown = units.filter((u) => isValidAt(u, to)).map((u) => u.id)
      const fromMonths = withHistory(rollupByUnit(screenRows(monthly).valid, tree), shown, lineage).rolled
      const fromSums = withHistory(rollupByUnit(screened.valid, tree), shown, lineage).rolled
      let compared = 0
      for (const metric of METRIC_IDS as readonly MetricId[]) {
        const exact = isExactForMetric(screened.valid, screened.violations, metric)
        if (metric === 'onlineRate') expect(exact).toBe(true)
        if (metric === 'digitizationRate') expect(exact).toBe(isDigitisationExact)
        if (!exact) continue
        for (const id of shown) {
          for (const months of [range, baseline]) {
            const want = metricValue(metric, overPeriod(fromMonths.get(id), monthsOf(months)))
            const got = metricValue(metric, overPeriod(fromSums.get(id), monthsOf(months)))
            expect(got, `${metric} ${id} ${months.from}`).toEqual(want)
            compared += 1
          }
        }
      }
      expect(compared).toBeGreaterThan(1000)
    },
    60_000,
  )
})
