// The national mock's subtree rows (kept once summed, see mocks/stats.ts) against sums made here directly from
// the generator's own rows, for units and months drawn at random (a fixed seed: the same draw every run); and the
// size limit of /stats: counted before any row is made, never below the rows an answer holds, and refusing only
// what the app never asks.
import { getResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_STATS_ROWS, type StatRow } from '../../src/api/contract'
import { monthsOf } from '../../src/domain/periods'
import { COUNT_FIELDS } from '../../src/domain/totals'
import { subtreeOf } from '../../src/domain/units'
import { loadDataset } from '../../mocks/datasets'
import { FIRST_MONTH, LAST_MONTH, ownRow } from '../../mocks/generator'
import { createHandlers } from '../../mocks/handlers'
import { unitRandom } from '../../mocks/hash'
import { rowsAtMost, statsRows, unitsDown } from '../../mocks/stats'
import type { Dataset, MockUnit } from '../../mocks/units'

let dataset: Dataset
beforeAll(async () => {
  dataset = await loadDataset('national')
}, 30_000)

const MONTHS = monthsOf({ from: FIRST_MONTH, to: LAST_MONTH })
const FIELDS = [...COUNT_FIELDS, 'digitizedAtIntake', 'resultsDigitized'] as const

/** Σ of the generator's own rows over the unit's whole subtree in a month; null when no unit there has a row. */
function directSum(unit: MockUnit, month: string): Record<string, number> | null {
  let sum: Record<string, number> | null = null
  for (const member of subtreeOf(dataset.tree, unit.id)) {
    const own = ownRow(member, month) as (StatRow & Record<string, number | undefined>) | null
    if (!own) continue
    sum ??= {}
    for (const field of FIELDS) if (own[field] !== undefined) sum[field] = (sum[field] ?? 0) + own[field]
  }
  return sum
}

const countsOf = (row: StatRow | undefined) =>
  row
    ? Object.fromEntries(FIELDS.filter((f) => f in row).map((f) => [f, (row as unknown as Record<string, unknown>)[f]]))
    : null

describe('subtree rows of the national mock', () => {
  it('equal a direct sum over the generator’s rows, for random units with children and random months', () => {
    const parents = dataset.units.filter((unit) => dataset.tree.childrenOf.has(unit.id) && unit.kind !== 'country')
    const draws = Array.from({ length: 40 }, (_, i) => ({
      unit: parents[Math.floor(unitRandom(20261202, i, 1) * parents.length)]!,
      month: MONTHS[Math.floor(unitRandom(20261202, i, 2) * MONTHS.length)]!,
    }))
    // The country at a month of either structure too: every unit of the dataset summed.
    const country = dataset.tree.byId.get(dataset.rootId)!
    draws.push({ unit: country, month: '2024-05' }, { unit: country, month: '2026-03' })
    let compared = 0
    for (const { unit, month } of draws) {
      // Asked twice: the second answer comes from the kept sums.
      for (let pass = 0; pass < 2; pass++) {
        const [row, ...rest] = statsRows(dataset, unit, 0, [month])
        expect(rest).toEqual([])
        expect(countsOf(row), `${unit.id} ${month}`).toEqual(directSum(unit, month))
        if (row) expect(row).toMatchObject({ unitId: unit.id, month, includesDescendants: true })
      }
      if (directSum(unit, month)) compared++
    }
    expect(compared).toBeGreaterThan(20) // most draws fall within their unit's months
  })

  it('a province at depth 1: each child’s row is its own subtree’s sum, and the rows add up to the province', () => {
    const province = dataset.tree.byId.get('p38')! // Thanh Hóa before the reform: districts with communes
    const month = '2023-09'
    const rows = statsRows(dataset, province, 1, [month])
    for (const row of rows.filter((r) => r.includesDescendants))
      expect(countsOf(row), row.unitId).toEqual(directSum(dataset.tree.byId.get(row.unitId)!, month))
    const total = directSum(province, month)!
    expect(rows.reduce((sum, row) => sum + row.received, 0)).toBe(total.received)
  })
})

describe('the size limit of /stats', () => {
  const year = monthsOf({ from: '2024-01', to: '2024-12' })
  const periods = year.map((month) => [month])
  const subtrees = [
    ['p01', 2],
    ['p2025-79', 2],
    ['VN', 1],
    ['d874', 1],
    ['d874', 0],
  ] as const

  it('counts at least the rows an answer holds, before making them', () => {
    for (const [unitId, depth] of subtrees) {
      const unit = dataset.tree.byId.get(unitId)!
      const rows = statsRows(dataset, unit, depth, year).length
      const bound = rowsAtMost(dataset, unit, depth, periods)
      expect(bound, unitId).toBeGreaterThanOrEqual(rows)
      expect(bound, unitId).toBeLessThanOrEqual(rows * 1.1 + 12) // close: all-zero rows are few
    }
  })

  it('counts no more rows than each unit down to the depth once a period (the check before counting them)', () => {
    for (const [unitId, depth] of subtrees) {
      const unit = dataset.tree.byId.get(unitId)!
      const units = unitsDown(dataset, unit, depth)
      // Independently: the units whose parents lead to it in at most `depth` steps.
      const within = (u: (typeof dataset.units)[number]) => {
        let at: typeof u | undefined = u
        for (
          let step = 0;
          at && step <= depth;
          step++, at = at.parentId ? dataset.tree.byId.get(at.parentId) : undefined
        )
          if (at.id === unitId) return true
        return false
      }
      expect(units, unitId).toBe(dataset.units.filter(within).length)
      expect(units, unitId).toBeGreaterThanOrEqual(
        new Set(statsRows(dataset, unit, depth, year).map((r) => r.unitId)).size,
      )
      expect(rowsAtMost(dataset, unit, depth, periods), unitId).toBeLessThanOrEqual(units * periods.length)
    }
  })

  it('refuses the country two levels down over all months with 422; answers what the app asks', async () => {
    const base = 'http://mock.test/api/v1'
    const handlers = createHandlers({ baseUrl: base, dataset: 'national' })
    const call = async (path: string, token?: string, body?: unknown) =>
      (await getResponse(
        handlers,
        new Request(`${base}${path}`, {
          method: body ? 'POST' : 'GET',
          headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
          body: body ? JSON.stringify(body) : undefined,
        }),
      ))!
    const { token } = (await (
      await call('/auth/login', undefined, { username: 'trunguong', password: 'demo' })
    ).json()) as {
      token: string
    }
    const started = performance.now()
    const refused = await call(`/stats?unit=VN&depth=2&from=${FIRST_MONTH}&to=${LAST_MONTH}`, token)
    expect(performance.now() - started).toBeLessThan(1000) // refused before the 192,000 rows are made
    expect(refused.status).toBe(422)
    expect(refused.headers.get('content-type')).toContain('application/problem+json')
    const problem = (await refused.json()) as { status: number; title: string; detail: string }
    expect(problem).toMatchObject({ status: 422, title: 'Unprocessable Content' })
    expect(problem.detail).toContain(String(MAX_STATS_ROWS))
    // Weeks too: the country two levels down over every week of the data.
    const weeks = await call('/stats?unit=VN&depth=2&from=2025-W27&to=2026-W48&grain=week', token)
    expect(weeks.status).toBe(422)
    // The largest asks of the app's screens pass: a province two levels down over every month, the country over a year.
    for (const path of [
      `/stats?unit=p01&depth=2&from=${FIRST_MONTH}&to=${LAST_MONTH}`,
      '/stats?unit=VN&depth=2&from=2025-01&to=2025-12',
      `/stats?unit=VN&depth=1&from=${FIRST_MONTH}&to=${LAST_MONTH}`,
    ])
      expect((await call(path, token)).status, path).toBe(200)
  }, 30_000)
})
