// GET /stats?grain=period&behind=<metric> on the server, on each database: each unit's months behind and trend equal
// what the lagging list counts from the server's own monthly rows (test/api/months-behind-check.ts, the client's own
// path), across the reform and at a year's turn; every unit of the answer has its row; /meta says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PeriodStatsResponseSchema } from '../../src/api/contract'
import type { MetricId } from '../../src/domain/metrics'
import { compareBehind } from '../api/months-behind-check'
import { DATABASES, getJson, serverBackend, signIn, type ServerBackend } from './harness'

describe.each(DATABASES)('grain=period&behind on %s', (kind) => {
  let server: ServerBackend
  let token = ''

  beforeAll(async () => {
    server = await serverBackend(kind, { months: { from: '2024-10', to: '2025-09' } })
    token = await signIn(server.send, 'lanhdao.tinh')
  }, 120_000)
  afterAll(() => server.close())

  const get = async <T>(path: string) => {
    const [status, body] = await getJson<T>(server.send, path, token)
    expect(status, path).toBe(200)
    return body
  }

  it.each<[string, MetricId, string, string, boolean]>([
    ['across the reform', 'onlineRate', '2025-06', '2025-07', true],
    ['after the reform', 'onTimeRate', '2025-07', '2025-09', true],
    ['before the reform, at a year turn', 'onlineRate', '2024-11', '2025-01', false],
  ])('%s (%s %s..%s): every unit as the months count it', async (_name, metric, from, to, covered) => {
    const { expected, actual } = await compareBehind(get, 'p2025-82', metric, { from, to })
    expect(expected.size).toBeGreaterThan(10)
    let behind = 0
    for (const [unitId, want] of expected) {
      const got = actual.get(unitId)
      if (!covered && !got) continue // a new unit before it existed: the client counts from the months
      expect(got, unitId).toBeDefined()
      expect(got!.monthsBehind, unitId).toBe(want.monthsBehind)
      got!.trend.forEach((value, i) => {
        if (want.trend[i] === null) expect(value, `${unitId} ${i}`).toBeNull()
        else expect(Math.abs(value! - want.trend[i]!), `${unitId} ${i}`).toBeLessThanOrEqual(0.00005 + 1e-12)
      })
      if (want.monthsBehind > 0) behind++
    }
    if (covered) expect(behind).toBeGreaterThan(0)
  })

  it('says so in /meta, answers in the contract, a row a unit, and refuses a metric it does not know', async () => {
    const meta = await get<{ monthsBehind?: boolean; periodDepth?: number }>('/meta')
    expect(meta).toMatchObject({ monthsBehind: true, periodDepth: 3 })
    const query = '/stats?grain=period&unit=p2025-82&depth=2&from=2025-07&to=2025-09'
    const plain = await get<{ rows: Array<{ unitId: string }> }>(query)
    const asked = await get<{ rows: Array<{ unitId: string; monthsBehind: number }> }>(`${query}&behind=onlineRate`)
    expect(PeriodStatsResponseSchema.safeParse(asked).success).toBe(true)
    expect(asked.rows.length).toBeGreaterThanOrEqual(plain.rows.length)
    expect(asked.rows.every((row) => Number.isInteger(row.monthsBehind))).toBe(true)
    const [status] = await getJson(server.send, `${query}&behind=nonsense`, token)
    expect(status).toBe(400)
  })
})
