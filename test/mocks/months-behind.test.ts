// GET /stats?grain=period&behind=<metric> on the mock: each unit's months behind and trend equal what the lagging
// list counts from the monthly rows of the whole scope (test/api/months-behind-check.ts, the client's own path), for
// every unit of the demo province and of a slice of the national data, for periods across the reform, at a year's
// turn, and for metrics with and without targets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import { PeriodStatsResponseSchema } from '../../src/api/contract'
import type { MetricId } from '../../src/domain/metrics'
import { createMockServer, TEST_BASE_URL } from '../../mocks/node'
import { compareBehind, type BehindComparison } from '../api/months-behind-check'
import type { Row } from '../api/period-sums'
import { historyCoveringPlan } from '../../src/domain/history-view'
import type { LineageLinkLike } from '../../src/domain/lineage'
import { unitTreeOf, type UnitLike } from '../../src/domain/units'

const server = createMockServer()
const tokens = new Map<string, string>()
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' })
  const api = createApiClient({ baseUrl: TEST_BASE_URL, getToken: () => null })
  for (const username of ['lanhdao.tinh', 'chutich.thanhbinh', 'trunguong'])
    tokens.set(username, (await api.login({ username, password: 'demo' })).token)
})
afterAll(() => server.close())

const getAs =
  (username: string) =>
  async <T>(path: string) => {
    const response = await fetch(`${TEST_BASE_URL}${path}`, {
      headers: { Authorization: `Bearer ${tokens.get(username)}` },
    })
    expect(response.status, path).toBe(200)
    return (await response.json()) as T
  }

/**
 * Every shown unit: the API's count and trend are the months'. Returns how many are behind, and open. `covered`:
 * the answer has a row for every unit shown (false: a period before they existed, where the client counts the runs
 * from the months; the units it has a row for must still be right).
 */
function expectSame({ expected, actual }: BehindComparison, covered = true) {
  expect(expected.size).toBeGreaterThan(0)
  let behind = 0
  let open = 0
  for (const [unitId, want] of expected) {
    const got = actual.get(unitId)
    if (!covered && !got) continue
    expect(got, unitId).toBeDefined()
    expect(got!.monthsBehind, unitId).toBe(want.monthsBehind)
    expect(got!.trend.length, unitId).toBe(want.trend.length)
    got!.trend.forEach((value, i) => {
      if (want.trend[i] === null) expect(value, `${unitId} ${i}`).toBeNull()
      // On the wire to 4 decimals (half a unit of the last one off at most).
      else expect(Math.abs(value! - want.trend[i]!), `${unitId} ${i}`).toBeLessThanOrEqual(0.00005 + 1e-12)
    })
    if (want.monthsBehind > 0) behind++
    if (want.isOpen) open++
  }
  return { behind, open }
}

describe('GET /stats?grain=period&behind (mock, demo province)', () => {
  it.each<[string, MetricId, string, string]>([
    ['across the reform', 'onlineRate', '2025-06', '2025-07'],
    ['after the reform, across the year turn', 'onTimeRate', '2025-11', '2026-02'],
    ['after the reform, to the last month', 'satisfactionRate', '2026-01', '2026-11'],
  ])('%s (%s %s..%s): every unit as the months count it', async (_name, metric, from, to) => {
    const result = await compareBehind(getAs('lanhdao.tinh'), 'p2025-82', metric, { from, to })
    const { behind } = expectSame(result)
    expect(behind, 'some unit is behind').toBeGreaterThan(0)
  })

  it.each<[string, MetricId, string, string]>([
    ['a year ending at its turn', 'onlineRate', '2022-01', '2022-12'],
    ['across the year turn', 'onTimeRate', '2022-11', '2023-02'],
    ['the last month before the reform', 'onlineRate', '2025-04', '2025-06'],
  ])('before the reform, %s (%s %s..%s): the former units it has rows for', async (_name, metric, from, to) => {
    const result = await compareBehind(getAs('lanhdao.tinh'), 'p2025-82', metric, { from, to })
    expectSame(result, false)
    // The new units shown have no row of their own then: the client counts theirs from the months.
    expect([...result.expected.keys()].some((id) => !result.actual.has(id))).toBe(true)
  })

  it('a run reaching the first month with data counts every month (open)', async () => {
    const result = await compareBehind(getAs('lanhdao.tinh'), 'p2025-82', 'onlineRate', {
      from: '2026-01',
      to: '2026-11',
    })
    expect(expectSame(result).open).toBeGreaterThan(0)
  })

  it('digitisation (reported from 2023)', async () => {
    expectSame(
      await compareBehind(getAs('lanhdao.tinh'), 'p2025-82', 'digitizationRate', { from: '2025-07', to: '2025-12' }),
    )
  })

  it('a metric without targets: nobody is behind', async () => {
    const result = await compareBehind(getAs('lanhdao.tinh'), 'p2025-82', 'postalRate', {
      from: '2026-01',
      to: '2026-06',
    })
    expect(expectSame(result).behind).toBe(0)
  })

  it('a district before the reform (another scope, its own targets)', async () => {
    const result = await compareBehind(getAs('chutich.thanhbinh'), 'd874', 'onlineRate', {
      from: '2021-07',
      to: '2021-12',
    })
    expectSame(result)
  })

  it('answers in the contract, /meta says so, and a metric it does not know is refused', async () => {
    const get = getAs('lanhdao.tinh')
    expect((await get<{ monthsBehind?: boolean }>('/meta')).monthsBehind).toBe(true)
    const answer = await get('/stats?grain=period&unit=p2025-82&depth=1&from=2026-01&to=2026-03&behind=onlineRate')
    expect(PeriodStatsResponseSchema.safeParse(answer).success).toBe(true)
    const response = await fetch(
      `${TEST_BASE_URL}/stats?grain=period&unit=p2025-82&depth=1&from=2026-01&to=2026-03&behind=nonsense`,
      { headers: { Authorization: `Bearer ${tokens.get('lanhdao.tinh')}` } },
    )
    expect(response.status).toBe(400)
  })
})

describe('GET /stats?grain=period&behind (mock, national slice)', () => {
  it('the whole country in one request (depth 3, /meta periodDepth): the rows of the 64 two deep', async () => {
    const get = getAs('trunguong')
    const meta = await get<{ periodDepth?: number }>('/meta')
    expect(meta.periodDepth).toBe(3)
    const { units, lineage } = await get<{ units: UnitLike[]; lineage: LineageLinkLike[] }>('/units')
    const range = { from: '2022-01', to: '2022-12' }
    const plan = historyCoveringPlan('VN', range, unitTreeOf(units), lineage)
    expect(plan.length).toBeGreaterThan(60)
    const key = (row: { unitId: string; includesDescendants: boolean }) => `${row.unitId}|${row.includesDescendants}`
    const parts = new Map<string, unknown>()
    for (const q of plan) {
      const path = `/stats?grain=period&unit=${q.unit}&depth=${q.depth}&from=${q.from}&to=${q.to}&behind=onlineRate`
      for (const row of (await get<{ rows: Row[] }>(path)).rows)
        if (!q.isOwnOnly || row.unitId === q.unit) parts.set(key(row), row)
    }
    const path = '/stats?grain=period&unit=VN&depth=3&from=2022-01&to=2022-12&behind=onlineRate'
    const whole = (await get<{ rows: Row[] }>(path)).rows
    expect(whole.length).toBe(parts.size)
    for (const row of whole) expect(row, key(row)).toEqual(parts.get(key(row)))
  }, 60_000)

  it('every unit of the answer has its row, a province without dossiers of its own too', async () => {
    const get = getAs('trunguong')
    const query = 'unit=p02&depth=2&from=2022-01&to=2022-12&grain=period'
    const plain = (await get<{ rows: Array<{ unitId: string }> }>(`/stats?${query}`)).rows
    const asked = (
      await get<{ rows: Array<{ unitId: string; received: number }> }>(`/stats?${query}&behind=onlineRate`)
    ).rows
    const { units } = await get<{
      units: Array<{ id: string; parentId: string | null; validFrom?: string; validTo?: string }>
    }>('/units')
    const within = new Set(['p02'])
    const inYear = (u: { validFrom?: string; validTo?: string }) =>
      (u.validFrom ?? '0000-00') <= '2022-12' && (u.validTo ?? '9999-99') >= '2022-01'
    for (let level = 0; level < 2; level++)
      for (const u of units) if (u.parentId && within.has(u.parentId) && inYear(u)) within.add(u.id)
    expect(plain.some((row) => row.unitId === 'p02')).toBe(false) // no own dossiers: left out of the sums
    expect(new Set(asked.map((row) => row.unitId))).toEqual(within)
    expect(asked.find((row) => row.unitId === 'p02')!.received).toBe(0)
  })

  it('every unit of a province in 2022, counted over the whole country as the central user sees it', async () => {
    const result = await compareBehind(getAs('trunguong'), 'p02', 'onlineRate', { from: '2022-07', to: '2022-12' })
    const { behind, open } = expectSame(result)
    expect(result.expected.size).toBeGreaterThan(100)
    expect(behind).toBeGreaterThan(0)
    expect(open).toBeGreaterThan(0)
  }, 60_000)
})
