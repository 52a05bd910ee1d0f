// The subtree sums (subtree_rows) stay exact: after the seed, after an import that replaces, adds and blanks a
// field, and after its revert, each equals the sum recomputed here from the own rows and the parent links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { rowsOf } from '../../server/db/open'
import { COUNT_COLUMNS } from '../../server/store/sql-stats'
import type { OwnRow } from '../../server/store/store'
import { DATABASES, getJson, serverBackend, signIn, type ServerBackend } from './harness'

type Row = { unit_id: string; grain: string; period: string } & Record<string, number | string | null>
const columns = COUNT_COLUMNS.map(([, c]) => c)
const report = { fileName: 't.xlsx', format: 'template', periods: [], rows: 3, accepted: 3, rejected: [], by: 'x' }

describe.each(DATABASES)('subtree sums on %s', (kind) => {
  let server: ServerBackend
  let commune: string
  let province: string

  beforeAll(async () => {
    server = await serverBackend(kind, { months: { from: '2021-01', to: '2021-02' } })
    const [picked] = rowsOf<{ unit_id: string }>(
      await server.database.db.execute(sql`SELECT s.unit_id FROM stat_rows s JOIN units u ON u.id = s.unit_id
        WHERE u.kind = 'commune' AND s.period = '2021-01' AND s.received_online IS NOT NULL
        ORDER BY s.unit_id LIMIT 1`),
    )
    commune = picked!.unit_id
    const [top] = rowsOf<{ id: string }>(
      await server.database.db.execute(sql`SELECT ancestor_id AS id FROM unit_closure WHERE descendant_id = ${commune}
        ORDER BY distance DESC LIMIT 1`),
    )
    province = top!.id
  }, 60_000)
  afterAll(() => server.close())

  const query = async (text: ReturnType<typeof sql>) => rowsOf<Row>(await server.database.db.execute(text))

  /** The sums recomputed from the own rows: every row counts for itself and each unit above it. */
  async function expectedSums(): Promise<Map<string, Record<string, number | null>>> {
    const parents = new Map(
      (await query(sql`SELECT id AS unit_id, parent_id AS grain, '' AS period FROM units`)).map((u) => [
        u.unit_id,
        u.grain,
      ]),
    )
    const sums = new Map<string, { n: number; sum: Record<string, number>; reported: Record<string, number> }>()
    for (const row of await query(sql`SELECT * FROM stat_rows`)) {
      for (let unit: string | null | undefined = row.unit_id; unit; unit = parents.get(unit)) {
        const key = `${unit}|${row.grain}|${row.period}`
        const entry = sums.get(key) ?? { n: 0, sum: {}, reported: {} }
        entry.n += 1
        for (const c of columns) {
          if (row[c] === null) continue
          entry.sum[c] = (entry.sum[c] ?? 0) + Number(row[c])
          entry.reported[c] = (entry.reported[c] ?? 0) + 1
        }
        sums.set(key, entry)
      }
    }
    const expected = new Map<string, Record<string, number | null>>()
    for (const [key, entry] of sums)
      expected.set(
        key,
        Object.fromEntries(columns.map((c) => [c, entry.reported[c] === entry.n ? entry.sum[c]! : null])),
      )
    return expected
  }

  async function storedSums(): Promise<Map<string, Record<string, number | null>>> {
    const stored = new Map<string, Record<string, number | null>>()
    for (const row of await query(sql`SELECT * FROM subtree_rows`))
      stored.set(
        `${row.unit_id}|${row.grain}|${row.period}`,
        Object.fromEntries(columns.map((c) => [c, row[c] === null ? null : Number(row[c])])),
      )
    return stored
  }

  const provinceAt = async (month: string) => {
    const token = await signIn(server.send, 'lanhdao.tinh')
    const path = `/stats?unit=${province}&depth=0&from=${month}&to=${month}`
    const [status, body] = await getJson<{ rows: Array<Record<string, unknown>> }>(server.send, path, token)
    expect(status).toBe(200)
    return body.rows[0]
  }

  it('after the seed, after an import and after its revert, each sum is that of the rows below it', async () => {
    const seeded = await storedSums()
    expect(seeded.size).toBeGreaterThan(100)
    expect(seeded).toEqual(await expectedSums())
    const before = await provinceAt('2021-01')
    const rows: OwnRow[] = [
      // replaces the commune's January, without its online count: the province's online sum is partial then
      { unitId: commune, grain: 'month', period: '2021-01', month: '2021-01', received: 1_000_000 },
      // adds a month no other unit has: the province's sum for it is this row alone
      { unitId: commune, grain: 'month', period: '2021-03', month: '2021-03', received: 7, receivedOnline: 5 },
      { unitId: commune, grain: 'week', period: '2021-W10', month: '2021-03', received: 2 },
    ]
    const record = await server.store.applyImport(rows, report)
    const imported = await storedSums()
    expect(imported).toEqual(await expectedSums())
    expect(imported).not.toEqual(seeded)
    const january = await provinceAt('2021-01')
    expect(january?.received).toBe(
      Number(before?.received) - Number(seeded.get(`${commune}|month|2021-01`)?.received) + 1_000_000,
    )
    expect(january).not.toHaveProperty('receivedOnline')
    expect(await provinceAt('2021-03')).toMatchObject({ received: 7, receivedOnline: 5, includesDescendants: true })

    await server.store.revertImport(record.id, 'x')
    expect(await storedSums()).toEqual(seeded)
    expect(await provinceAt('2021-01')).toEqual(before)
    expect(await provinceAt('2021-03')).toBeUndefined()
  }, 60_000)
})
