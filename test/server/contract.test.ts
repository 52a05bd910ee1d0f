// The same requests to `npm run mock:serve` (over HTTP) and to the server (embedded database, and PostgreSQL
// when TEST_DATABASE_URL is set) give the same answers; the /stats partition adds up to what the generator made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StatRow, Unit } from '../../src/api/contract'
import { addMonths, monthsOf } from '../../src/domain/periods'
import { DEMO_ACCOUNTS } from '../../mocks/accounts'
import { loadDataset } from '../../mocks/datasets'
import { LAST_MONTH, ownRow } from '../../mocks/generator'
import { COUNT_FIELDS } from '../../src/domain/totals'
import { weeksOf } from '../../src/domain/weeks'
import { ownWeekRow } from '../../mocks/weeks'
import { DATABASES, getJson, mockServeBackend, request, serverBackend, signIn, type Backend } from './harness'

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b))
type AnyRow = Omit<StatRow, 'month'> & { month?: string; week?: string }
const sortedRows = (rows: AnyRow[]) => [...rows].sort(byKey((r) => `${r.unitId}|${r.month ?? r.week}`))
/** Validity written as null or left out says the same. */
const plainUnit = (unit: Unit) =>
  Object.fromEntries(Object.entries(unit).filter(([, v]) => v !== null && v !== undefined))

const year = Number(LAST_MONTH.slice(0, 4))
const lastYear = { from: `${year - 1}-01`, to: `${year - 1}-12` }
const lastSix = { from: addMonths(LAST_MONTH, -5), to: LAST_MONTH }
// Weeks: across the first week with data (the reform's), inside the data, and past its last week.
const weekRanges = [
  { from: '2025-W25', to: '2025-W29' },
  { from: '2026-W05', to: '2026-W14' },
  { from: '2026-W46', to: '2027-W02' },
]

describe.each(DATABASES)('the server on %s answers as the mock does', (kind) => {
  let mock: Backend
  let server: Backend
  const accounts: string[] = []

  beforeAll(async () => {
    ;[mock, server] = await Promise.all([mockServeBackend(), serverBackend(kind)])
    const dataset = await loadDataset('demo')
    accounts.push(...DEMO_ACCOUNTS.filter((a) => dataset.tree.byId.has(a.scopeUnitId)).map((a) => a.username))
  }, 60_000)
  afterAll(async () => {
    await mock.close()
    await server.close()
  })

  const tokens = new Map<string, Promise<[string, string]>>()
  /** The same GET to both, with each one's own token for the user (one sign-in per user and backend). */
  async function both<T>(username: string, path: string): Promise<[[number, T], [number, T]]> {
    let signedIn = tokens.get(username)
    if (!signedIn) {
      signedIn = Promise.all([signIn(mock.send, username), signIn(server.send, username)])
      tokens.set(username, signedIn)
    }
    const [mockToken, serverToken] = await signedIn
    return Promise.all([getJson<T>(mock.send, path, mockToken), getJson<T>(server.send, path, serverToken)])
  }

  it('has the demo accounts of the dataset, each the same user', async () => {
    expect(accounts.length).toBeGreaterThanOrEqual(3)
    for (const username of accounts) {
      const [mockMe, serverMe] = await both(username, '/me')
      expect(serverMe).toEqual(mockMe)
    }
  })

  it('/units: the same units (with validity) and lineage for every account', async () => {
    for (const username of accounts) {
      const [[, m], [status, s]] = await both<{ units: Unit[]; lineage?: unknown[] }>(username, '/units')
      expect(status).toBe(200)
      expect(s.units.map(plainUnit).sort(byKey((u) => String(u.id)))).toEqual(
        m.units.map(plainUnit).sort(byKey((u) => String(u.id))),
      )
      expect(s.lineage ?? []).toEqual(expect.arrayContaining(m.lineage ?? []))
      expect((s.lineage ?? []).length).toBe((m.lineage ?? []).length)
      // parents before children
      const seen = new Set<string>()
      for (const unit of s.units) {
        if (unit.parentId && s.units.some((u) => u.id === unit.parentId)) expect(seen.has(unit.parentId)).toBe(true)
        seen.add(unit.id)
      }
    }
  })

  it('/stats: the same rows at every depth, for the scope root and a unit below it', async () => {
    for (const username of accounts) {
      const [[, { units }]] = await both<{ units: Unit[] }>(username, '/units')
      const root = DEMO_ACCOUNTS.find((a) => a.username === username)!.scopeUnitId
      const child = units.find((u) => u.parentId === root && units.some((c) => c.parentId === u.id))
      for (const unitId of [root, ...(child ? [child.id] : [])]) {
        for (const depth of [0, 1, 2]) {
          for (const range of [lastYear, lastSix]) {
            const path = `/stats?unit=${unitId}&depth=${depth}&from=${range.from}&to=${range.to}`
            const [[, m], [status, s]] = await both<{ rows: StatRow[] }>(username, path)
            expect(status).toBe(200)
            expect(sortedRows(s.rows), path).toEqual(sortedRows(m.rows))
          }
        }
      }
    }
  })

  it('/stats?grain=week: the same rows at every depth, for the scope root and a unit below it', async () => {
    for (const username of accounts) {
      const [[, { units }]] = await both<{ units: Unit[] }>(username, '/units')
      const root = DEMO_ACCOUNTS.find((a) => a.username === username)!.scopeUnitId
      const child = units.find((u) => u.parentId === root && units.some((c) => c.parentId === u.id))
      for (const unitId of [root, ...(child ? [child.id] : [])]) {
        for (const depth of [0, 1, 2]) {
          for (const range of weekRanges) {
            const path = `/stats?grain=week&unit=${unitId}&depth=${depth}&from=${range.from}&to=${range.to}`
            const [[, m], [status, s]] = await both<{ rows: AnyRow[] }>(username, path)
            expect(status, path).toBe(200)
            expect(sortedRows(s.rows), path).toEqual(sortedRows(m.rows))
            expect(s.rows.every((r) => r.week && !r.month)).toBe(true)
          }
        }
      }
    }
  })

  it('/stats?grain=period: the same rows at every depth, across the reform and past the data', async () => {
    const ranges = [lastYear, lastSix, { from: '2024-10', to: '2025-09' }, { from: '2026-06', to: '2027-03' }]
    const key = (r: AnyRow) => `${r.unitId}|${r.includesDescendants}`
    let compared = 0
    for (const username of accounts) {
      const root = DEMO_ACCOUNTS.find((a) => a.username === username)!.scopeUnitId
      for (const depth of [0, 1, 2]) {
        for (const range of ranges) {
          const path = `/stats?grain=period&unit=${root}&depth=${depth}&from=${range.from}&to=${range.to}`
          const [[, m], [status, s]] = await both<{ rows: AnyRow[] }>(username, path)
          expect(status, path).toBe(200)
          expect([...s.rows].sort(byKey(key)), path).toEqual([...m.rows].sort(byKey(key)))
          compared += m.rows.length
        }
      }
    }
    expect(compared).toBeGreaterThan(100)
  })

  it("/stats?grain=week partition: a week's depth-2 rows add up to the weekly rows of the whole subtree", async () => {
    const dataset = await loadDataset('demo')
    const token = await signIn(server.send, 'lanhdao.tinh')
    const root = DEMO_ACCOUNTS.find((a) => a.username === 'lanhdao.tinh')!.scopeUnitId
    const range = { from: '2025-W27', to: '2025-W32' }
    const [, { rows }] = await getJson<{ rows: AnyRow[] }>(
      server.send,
      `/stats?grain=week&unit=${root}&depth=2&from=${range.from}&to=${range.to}`,
      token,
    )
    const subtree = [root]
    for (let i = 0; i < subtree.length; i++)
      subtree.push(...dataset.units.filter((u) => u.parentId === subtree[i]).map((u) => u.id))
    for (const week of weeksOf(range)) {
      const expected = Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0]))
      for (const id of subtree) {
        const own = ownWeekRow(dataset.tree.byId.get(id)!, week)
        if (own) for (const f of COUNT_FIELDS) expected[f]! += own[f] ?? 0
      }
      const actual = Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0]))
      for (const row of rows.filter((r) => r.week === week)) for (const f of COUNT_FIELDS) actual[f]! += row[f]
      expect(actual, week).toEqual(expected)
      expect(expected.received).toBeGreaterThan(0)
    }
  })

  it("/stats partition: a month's depth-2 rows add up to the generator's rows of the whole subtree", async () => {
    const dataset = await loadDataset('demo')
    const token = await signIn(server.send, accounts[0]!)
    const root = DEMO_ACCOUNTS.find((a) => a.username === accounts[0])!.scopeUnitId
    const [, { rows }] = await getJson<{ rows: StatRow[] }>(
      server.send,
      `/stats?unit=${root}&depth=2&from=${lastSix.from}&to=${lastSix.to}`,
      token,
    )
    const subtree = [root]
    for (let i = 0; i < subtree.length; i++)
      subtree.push(...dataset.units.filter((u) => u.parentId === subtree[i]).map((u) => u.id))
    for (const month of monthsOf(lastSix)) {
      const expected = Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0]))
      for (const id of subtree) {
        const own = ownRow(dataset.tree.byId.get(id)!, month)
        if (own) for (const f of COUNT_FIELDS) expected[f]! += own[f]
      }
      const actual = Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0]))
      for (const row of rows.filter((r) => r.month === month)) for (const f of COUNT_FIELDS) actual[f]! += row[f]
      expect(actual, month).toEqual(expected)
      expect(expected.received).toBeGreaterThan(0)
    }
  })

  it('/targets: the same targets every year for every account', async () => {
    for (const username of accounts) {
      for (const y of [year - 2, year - 1, year, year + 1]) {
        const [[, m], [status, s]] = await both<{ targets: Array<{ unitId: string }> }>(username, `/targets?year=${y}`)
        expect(status).toBe(200)
        expect([...s.targets].sort(byKey((t) => t.unitId))).toEqual([...m.targets].sort(byKey((t) => t.unitId)))
      }
    }
  })

  it('/meta: the same months, weeks, grains and root', async () => {
    for (const username of accounts) {
      const [[, m], [, s]] = await both<Record<string, unknown>>(username, '/meta')
      const keys = ['firstMonth', 'lastMonth', 'rootUnitId', 'grains', 'firstWeek', 'lastWeek']
      const pick = (meta: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, meta[k]]))
      expect(pick(s)).toEqual(pick(m))
      expect(s.grains).toEqual(['month', 'week', 'period'])
      expect(Number.isNaN(Date.parse(String(s.updatedAt)))).toBe(false)
    }
  })

  it.each([
    ['no token', 'GET', '/units', null, 401],
    ['a made-up token', 'GET', '/stats?unit=d874&from=2021-01&to=2021-02', 'not-a-token', 401],
    ['wrong password', 'POST', '/auth/login', null, 401],
  ] as const)('%s: %s %s → %i problem+json, on both', async (_what, method, path, token, status) => {
    const body = method === 'POST' ? { username: accounts[0], password: 'wrong' } : undefined
    for (const backend of [mock, server]) {
      const response = await backend.send(request(method, path, { token, body }))
      expect(response.status, backend.name).toBe(status)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
      expect(await response.json()).toMatchObject({ status, title: expect.any(String) })
    }
  })

  it.each([
    ['a unit outside the scope', 'chutich.thanhbinh', '/stats?unit=p87&from=2021-01&to=2021-02', 403],
    ['a unit that does not exist', 'lanhdao.tinh', '/stats?unit=p00&from=2021-01&to=2021-02', 404],
    ['depth 3', 'lanhdao.tinh', '/stats?unit=p87&depth=3&from=2021-01&to=2021-02', 400],
    ['from after to', 'lanhdao.tinh', '/stats?unit=p87&from=2021-03&to=2021-02', 400],
    ['a month 13', 'lanhdao.tinh', '/stats?unit=p87&from=2021-13&to=2021-12', 400],
    ['no unit', 'lanhdao.tinh', '/stats?from=2021-01&to=2021-02', 400],
    ['a year that is not one', 'lanhdao.tinh', '/targets?year=abc', 400],
    ['weeks from after to', 'lanhdao.tinh', '/stats?grain=week&unit=p87&from=2026-W10&to=2026-W09', 400],
    ['a week 53 in a year of 52', 'lanhdao.tinh', '/stats?grain=week&unit=p87&from=2025-W52&to=2025-W53', 400],
    ['a week 54', 'lanhdao.tinh', '/stats?grain=week&unit=p87&from=2026-W01&to=2026-W54', 400],
    ['months with grain=week', 'lanhdao.tinh', '/stats?grain=week&unit=p87&from=2026-01&to=2026-02', 400],
    ['weeks without grain=week', 'lanhdao.tinh', '/stats?unit=p87&from=2026-W01&to=2026-W02', 400],
    ['a grain that is not one', 'lanhdao.tinh', '/stats?grain=day&unit=p87&from=2026-01&to=2026-02', 400],
    [
      'weeks of a unit outside the scope',
      'chutich.thanhbinh',
      '/stats?grain=week&unit=p87&from=2026-W01&to=2026-W02',
      403,
    ],
    [
      'weeks of a unit that does not exist',
      'lanhdao.tinh',
      '/stats?grain=week&unit=p00&from=2026-W01&to=2026-W02',
      404,
    ],
  ])('%s → %i on both', async (_what, username, path, status) => {
    const [[ms, mb], [ss, sb]] = await both<{ status: number }>(username, path)
    expect([ms, ss]).toEqual([status, status])
    expect([mb.status, sb.status]).toEqual([status, status])
    expect((sb as { detail?: string }).detail, path).toBe((mb as { detail?: string }).detail)
  })
})
