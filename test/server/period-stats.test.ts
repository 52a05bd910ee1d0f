// GET /stats?grain=period on the server, on each database: every row against a sum made in the test from the
// monthly answer of the same query (test/api/period-sums.ts), across the reform, over the start of the
// digitisation counts, after an import that leaves a count out of one month (and after its revert).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { PeriodStatsResponseSchema } from '../../src/api/contract'
import { rowsOf } from '../../server/db/open'
import { clippedMonths, expectedPeriodRows, periodRowsByKey, type Row } from '../api/period-sums'
import { DATABASES, getJson, serverBackend, signIn, type ServerBackend } from './harness'

const report = { fileName: 't.xlsx', format: 'template', periods: [], rows: 1, accepted: 1, rejected: [], by: 'x' }

describe.each(DATABASES)('grain=period on %s', (kind) => {
  let reform: ServerBackend
  let digitisation: ServerBackend
  let token = ''

  beforeAll(async () => {
    ;[reform, digitisation] = await Promise.all([
      serverBackend(kind, { months: { from: '2025-05', to: '2025-08' } }),
      serverBackend(kind, { months: { from: '2022-12', to: '2023-01' } }),
    ])
    token = await signIn(reform.send, 'lanhdao.tinh')
  }, 120_000)
  afterAll(async () => {
    await reform.close()
    await digitisation.close()
  })

  /** The period answer and what the monthly answer of the same query says it must be. */
  async function compare(server: ServerBackend, unit: string, depth: number, from: string, to: string) {
    const tokenHere = server === reform ? token : await signIn(server.send, 'lanhdao.tinh')
    const get = async <T>(path: string) => {
      const [status, body] = await getJson<T>(server.send, path, tokenHere)
      expect(status, path).toBe(200)
      return body
    }
    const meta = await get<{ firstMonth: string; lastMonth: string; grains: string[] }>('/meta')
    expect(meta.grains).toContain('period')
    const { units } = await get<{ units: Array<{ id: string; validFrom?: string; validTo?: string }> }>('/units')
    const byId = new Map(units.map((u) => [u.id, u]))
    const query = `unit=${unit}&depth=${depth}&from=${from}&to=${to}`
    const monthly = (await get<{ rows: Row[] }>(`/stats?${query}`)).rows
    const answer = await get<{ rows: Row[] }>(`/stats?${query}&grain=period`)
    expect(PeriodStatsResponseSchema.safeParse(answer).success).toBe(true)
    const data = { from: meta.firstMonth, to: meta.lastMonth }
    const expected = expectedPeriodRows(monthly, (id) => clippedMonths({ from, to }, data, byId.get(id)))
    const actual = periodRowsByKey(answer.rows)
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [key, row] of actual) expect(row, key).toEqual(expected.get(key))
    return actual
  }

  it.each([
    ['the old province across the reform, two levels', 'p87', 2],
    ['the new province from its first month, one level', 'p2025-82', 1],
    ['the new province as one row', 'p2025-82', 0],
  ])('%s: each row is the sum of its months', async (_name, unit, depth) => {
    const rows = await compare(reform, unit, depth, '2025-04', '2025-09')
    expect(rows.size).toBeGreaterThan(depth === 0 ? 0 : 5)
  })

  it('a count some month does not report is left out of the sum (digitisation before 2023)', async () => {
    const rows = await compare(digitisation, 'p87', 1, '2022-12', '2023-01')
    const one = await compare(digitisation, 'p87', 0, '2023-01', '2023-01')
    expect([...rows.values()].every((row) => !('digitizedAtIntake' in row))).toBe(true)
    expect([...one.values()][0]!.digitizedAtIntake).toBeGreaterThan(0)
  })

  it('an import leaving a count out of a month takes it out of the sums above; its revert restores them', async () => {
    const [picked] = rowsOf<{ unit_id: string }>(
      await reform.database.db.execute(sql`SELECT s.unit_id FROM stat_rows s JOIN units u ON u.id = s.unit_id
        WHERE u.kind = 'commune' AND s.period = '2025-08' AND s.rated_satisfied IS NOT NULL
        ORDER BY s.unit_id LIMIT 1`),
    )
    const commune = picked!.unit_id
    const before = await compare(reform, 'p2025-82', 0, '2025-07', '2025-08')
    const record = await reform.store.applyImport(
      [{ unitId: commune, grain: 'month', period: '2025-08', month: '2025-08', received: 5, pending: 3 }],
      report,
    )
    const after = await compare(reform, 'p2025-82', 0, '2025-07', '2025-08')
    const province = [...after.values()][0]!
    expect(province).not.toHaveProperty('ratedSatisfied')
    expect(province.pending).not.toBe([...before.values()][0]!.pending)
    await reform.store.revertImport(record.id, 'x')
    expect(await compare(reform, 'p2025-82', 0, '2025-07', '2025-08')).toEqual(before)
  }, 60_000)

  it('a range without data answers no rows; weeks or a reversed range answer 400', async () => {
    const get = (path: string) => getJson<{ rows?: unknown[] }>(reform.send, path, token)
    expect(await get('/stats?unit=p2025-82&from=2030-01&to=2030-12&grain=period')).toEqual([200, { rows: [] }])
    expect((await get('/stats?unit=p2025-82&from=2025-W01&to=2025-W05&grain=period'))[0]).toBe(400)
    expect((await get('/stats?unit=p2025-82&from=2025-08&to=2025-05&grain=period'))[0]).toBe(400)
  })
})
