import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StatRow } from '../../src/api/contract'
import { createApiClient } from '../../src/api/client'
import { rowViolations } from '../../src/domain/invariants'
import { completeRow } from '../../src/domain/unreported'
import { COUNT_FIELDS, emptyTotals } from '../../src/domain/totals'
import { weekMonths, weeksTouchingMonth } from '../../src/domain/weeks'
import { createMockServer, TEST_BASE_URL } from '../../mocks/node'
import type { MockUnit } from '../../mocks/units'
import { ownWeekRow, splitMonth } from '../../mocks/weeks'

const monthRow = (month: string, counts: Partial<StatRow>): StatRow => ({
  unitId: 'u',
  month,
  includesDescendants: false,
  ...emptyTotals(),
  ...counts,
})

// A month that keeps every rule, with awkward numbers (nothing divides evenly).
const awkward = monthRow('2026-11', {
  received: 1003,
  receivedOnlineCapable: 877,
  receivedOnline: 611,
  receivedOnlineFull: 113,
  receivedPostal: 37,
  resolved: 991,
  resolvedEarly: 600,
  resolvedOnTime: 350,
  resolvedLate: 41,
  feeDossiers: 301,
  feePaidOnline: 149,
  ratedVerySatisfied: 211,
  ratedSatisfied: 97,
  ratedDissatisfied: 13,
  complaints: 5,
  pending: 70,
  pendingOverdue: 9,
  digitizedAtIntake: 777,
  resultsDigitized: 501,
})

describe('splitMonth', () => {
  const weeks = weeksTouchingMonth('2026-11')
  const days = weeks.map((w) => weekMonths(w).find((m) => m.month === '2026-11')!.days) // [1, 7, 7, 7, 7, 1]
  const parts = splitMonth(awkward, days)

  it('the parts add up to the month exactly, count by count', () => {
    expect(days).toEqual([1, 7, 7, 7, 7, 1])
    for (const field of [
      ...COUNT_FIELDS.filter((f) => f !== 'pending' && f !== 'pendingOverdue'),
      'digitizedAtIntake',
      'resultsDigitized',
    ] as const) {
      expect(
        parts.reduce((sum, p) => sum + (p[field] ?? 0), 0),
        field,
      ).toBe(awkward[field])
    }
  })

  it('every part keeps every rule of the contract', () => {
    for (const [i, part] of parts.entries()) {
      const row = {
        unitId: 'u',
        month: `part ${i}`,
        includesDescendants: false,
        ...part,
        pending: 0,
        pendingOverdue: 0,
      }
      expect(rowViolations(row)).toEqual([])
      expect(part.digitizedAtIntake!).toBeLessThanOrEqual(part.received)
      expect(part.resultsDigitized!).toBeLessThanOrEqual(part.resolved)
    }
  })

  it('a month that does not report digitisation gives parts that do not either', () => {
    const { digitizedAtIntake: _a, resultsDigitized: _b, ...plain } = awkward
    expect(splitMonth(plain, days).every((p) => p.digitizedAtIntake === undefined)).toBe(true)
  })
})

describe('ownWeekRow', () => {
  const unit = { id: 'weeks-test', validFrom: null, validTo: null } as unknown as MockUnit
  // December 2025: 310 received (10 a day), 100 pending at its end; January 2026: 620 (20 a day), 162 pending.
  const source = (_unit: MockUnit, month: string) =>
    month === '2025-12'
      ? monthRow(month, { received: 310, pending: 100 })
      : month === '2026-01'
        ? monthRow(month, { received: 620, pending: 162 })
        : null

  it('2026-W01 (29 Dec – 4 Jan) takes 3 days of December and 4 of January; its stock is at 4 January', () => {
    const row = ownWeekRow(unit, '2026-W01', source)!
    expect(row.week).toBe('2026-W01')
    expect(row.received).toBe(3 * 10 + 4 * 20)
    // 100 + (162 − 100) × 4 / 31 = 108
    expect(row.pending).toBe(108)
  })
})

describe('GET /stats?grain=week', () => {
  const server = createMockServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())

  async function get(path: string) {
    const { token } = await createApiClient({ baseUrl: TEST_BASE_URL, getToken: () => null }).login({
      username: 'lanhdao.tinh',
      password: 'demo',
    })
    return fetch(`${TEST_BASE_URL}${path}`, { headers: { Authorization: `Bearer ${token}` } })
  }

  it.each([
    ['a week that does not exist', 'from=2025-W53&to=2026-W02'],
    ['a range in reverse', 'from=2026-W05&to=2026-W01'],
    ['months with grain=week', 'from=2026-01&to=2026-02'],
  ])('answers 400 problem+json to %s', async (_name, range) => {
    const response = await get(`/stats?unit=p87&grain=week&${range}`)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
  })

  it('says in /meta that it has weeks, and which', async () => {
    const meta = await (await get('/meta')).json()
    expect(meta).toMatchObject({ grains: ['month', 'week', 'period'], firstWeek: '2025-W27', lastWeek: '2026-W48' })
  })
})

describe('the demo province by week', () => {
  const server = createMockServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())

  it('answers every week 2025-W27 … 2026-W48 with rows that keep every rule, stocks at the week end', async () => {
    const api = createApiClient({ baseUrl: TEST_BASE_URL, getToken: () => token })
    let token: string | null = null
    token = (await api.login({ username: 'lanhdao.tinh', password: 'demo' })).token
    const rows = await api.weekStats({ unit: 'p2025-82', depth: 1, from: '2025-W27', to: '2026-W48' })
    const weeks = new Set(rows.map((r) => r.week))
    expect(weeks.size).toBe(74)
    for (const row of rows)
      expect(rowViolations(completeRow({ ...row, month: row.week })), `${row.unitId} ${row.week}`).toEqual([])
    // one week beyond the data: nothing, not an error
    expect(await api.weekStats({ unit: 'p2025-82', depth: 0, from: '2026-W49', to: '2026-W50' })).toEqual([])
  })
})

describe('the partition holds for the digitisation counts too', () => {
  const server = createMockServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())

  it('the province row at depth 0 equals the sum of its rows at depth 1, month and week', async () => {
    let token: string | null = null
    const api = createApiClient({ baseUrl: TEST_BASE_URL, getToken: () => token })
    token = (await api.login({ username: 'lanhdao.tinh', password: 'demo' })).token
    const fields = ['received', 'resolved', 'digitizedAtIntake', 'resultsDigitized'] as const
    const total = (
      rows: ReadonlyArray<Partial<Record<(typeof fields)[number], number>>>,
      field: (typeof fields)[number],
    ) => rows.reduce((s, r) => s + (r[field] ?? 0), 0)
    const month = { unit: 'p2025-82', from: '2026-11', to: '2026-11' }
    const week = { unit: 'p2025-82', from: '2026-W48', to: '2026-W48' }
    const [m0, m1, w0, w1] = await Promise.all([
      api.stats({ ...month, depth: 0 }),
      api.stats({ ...month, depth: 1 }),
      api.weekStats({ ...week, depth: 0 }),
      api.weekStats({ ...week, depth: 1 }),
    ])
    for (const field of fields) {
      expect(total(m0, field), `month ${field}`).toBe(total(m1, field))
      expect(total(w0, field), `week ${field}`).toBe(total(w1, field))
    }
    expect(m0[0]!.digitizedAtIntake).toBeGreaterThan(0)
    expect(Object.keys(m0[0]!)).not.toContain('digitizedReceived')
  })
})
