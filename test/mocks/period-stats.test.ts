// GET /stats?grain=period on the mock: each row against a sum made in the test from the monthly answer of the same
// query (test/api/period-sums.ts), across the reform, over the start of the digitisation counts, past the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import { PeriodStatsResponseSchema } from '../../src/api/contract'
import { createMockServer, TEST_BASE_URL } from '../../mocks/node'
import { clippedMonths, expectedPeriodRows, periodRowsByKey, type Row } from '../api/period-sums'

const server = createMockServer()
let token = ''
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' })
  const api = createApiClient({ baseUrl: TEST_BASE_URL, getToken: () => null })
  token = (await api.login({ username: 'lanhdao.tinh', password: 'demo' })).token
})
afterAll(() => server.close())

const get = (path: string) => fetch(`${TEST_BASE_URL}${path}`, { headers: { Authorization: `Bearer ${token}` } })
const json = async (path: string) => {
  const response = await get(path)
  expect(response.status, path).toBe(200)
  return (await response.json()) as { rows: Row[] }
}

describe('GET /stats?grain=period (mock)', () => {
  it.each([
    ['the old province across the reform, two levels', 'p87', 2, '2024-07', '2025-12'],
    ['the new province, one level, to the last month', 'p2025-82', 1, '2025-01', '2026-11'],
    ['a year half without digitisation counts', 'p87', 1, '2022-07', '2023-06'],
    ['every month and past the data', 'p2025-82', 0, '2019-01', '2027-06'],
  ])('%s: each row is the sum of its months', async (_name, unit, depth, from, to) => {
    const meta = (await (await get('/meta')).json()) as { firstMonth: string; lastMonth: string }
    const { units } = (await (await get('/units')).json()) as {
      units: Array<{ id: string; validFrom?: string; validTo?: string }>
    }
    const byId = new Map(units.map((u) => [u.id, u]))
    const query = `unit=${unit}&depth=${depth}&from=${from}&to=${to}`
    const monthly = (await json(`/stats?${query}`)).rows
    const answer = await json(`/stats?${query}&grain=period`)
    expect(PeriodStatsResponseSchema.safeParse(answer).success).toBe(true)
    const range = { from, to }
    const data = { from: meta.firstMonth, to: meta.lastMonth }
    const expected = expectedPeriodRows(monthly, (id) => clippedMonths(range, data, byId.get(id)))
    const actual = periodRowsByKey(answer.rows)
    expect(actual.size).toBeGreaterThan(depth === 0 ? 0 : 5)
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [key, row] of actual) expect(row, key).toEqual(expected.get(key))
  })

  it('a field some month leaves out is left out of the sum (digitisation before 2023), kept over 2023', async () => {
    const [half] = (await json('/stats?unit=p87&depth=0&from=2022-07&to=2023-06&grain=period')).rows
    const [year] = (await json('/stats?unit=p87&depth=0&from=2023-01&to=2023-12&grain=period')).rows
    expect(half).not.toHaveProperty('digitizedAtIntake')
    expect(year!.digitizedAtIntake).toBeGreaterThan(0)
    expect(year!.pending).toBeGreaterThan(0)
  })

  it('answers 400 to a reversed range or weeks, and /meta lists the grain', async () => {
    expect((await get('/stats?unit=p87&from=2023-05&to=2023-01&grain=period')).status).toBe(400)
    expect((await get('/stats?unit=p87&from=2023-W01&to=2023-W05&grain=period')).status).toBe(400)
    expect(((await (await get('/meta')).json()) as { grains: string[] }).grains).toContain('period')
  })
})
