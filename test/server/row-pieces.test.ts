// The rows' compressed pieces (migration 0003, server/store/sql-pieces.ts): after the seed every row has them; an
// answer gzipped from them inflates to exactly the answer made from the rows' texts (the path the contract tests
// hold against the mock), at every depth, for months and weeks, whole and partial ranges; and it stays so when a
// row is written (its pieces made again: the trigger empties them) or deleted (the next row's cont piece no longer
// follows it: that row takes its solo piece).
import { gunzipSync } from 'node:zlib'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rowsOf } from '../../server/db/open'
import { fillPieces, fillSeams, statsGzip } from '../../server/store/sql-pieces'
import { statsAnswer } from '../../server/store/sql-stats'
import type { Grain, OwnRow, StatsQuery } from '../../server/store/store'
import { DATABASES, serverBackend, type ServerBackend } from './harness'

type Query = StatsQuery & { grain: Grain }
const report = { fileName: 't.xlsx', format: 'template', periods: [], rows: 2, accepted: 2, rejected: [], by: 'x' }

describe.each(DATABASES)('rows’ pieces on %s', (kind) => {
  let server: ServerBackend
  let root: string
  let province: string
  let commune: string

  beforeAll(async () => {
    server = await serverBackend(kind, {
      months: { from: '2021-01', to: '2021-06' },
      weeks: { from: '2021-W01', to: '2021-W08' },
    })
    const [picked] = rowsOf<{ id: string; province: string; root: string }>(
      await server.database.db.execute(sql`SELECT u.id,
          (SELECT ancestor_id FROM unit_closure WHERE descendant_id = u.id ORDER BY distance DESC OFFSET 1 LIMIT 1)
            AS province,
          (SELECT ancestor_id FROM unit_closure WHERE descendant_id = u.id ORDER BY distance DESC LIMIT 1) AS root
        FROM units u WHERE u.kind = 'commune' AND EXISTS (SELECT 1 FROM stat_rows s WHERE s.unit_id = u.id)
        ORDER BY u.id LIMIT 1`),
    )
    ;({ id: commune, province, root } = picked!)
  }, 60_000)
  afterAll(() => server.close())

  const db = () => server.database.db
  const count = async (text: ReturnType<typeof sql>) => Number(rowsOf<{ n: number }>(await db().execute(text))[0]!.n)

  const queries = (): Query[] => [
    { unitId: root, depth: 0, grain: 'month', from: '2021-01', to: '2021-06' },
    { unitId: root, depth: 1, grain: 'month', from: '2021-02', to: '2021-05' },
    { unitId: province, depth: 2, grain: 'month', from: '2021-01', to: '2021-06' },
    { unitId: province, depth: 1, grain: 'month', from: '2021-03', to: '2021-03' },
    { unitId: province, depth: 2, grain: 'week', from: '2021-W02', to: '2021-W07' },
    { unitId: commune, depth: 0, grain: 'month', from: '2020-01', to: '2020-12' },
  ]

  /** Each query's answer from the pieces, inflated, equals the answer from the texts; none is missing pieces. */
  async function expectSameAnswers() {
    for (const q of queries()) {
      const gzip = await statsGzip(db(), root, q)
      expect(gzip, JSON.stringify(q)).not.toBeNull()
      expect(gunzipSync(gzip!).toString(), JSON.stringify(q)).toBe(await statsAnswer(db(), root, q))
    }
  }

  it('after the seed, every row has its pieces, with a cont piece unless it is its series’ first', async () => {
    for (const table of [sql`stat_rows`, sql`subtree_rows`]) {
      expect(await count(sql`SELECT count(*)::int AS n FROM ${table}`)).toBeGreaterThan(100)
      expect(await count(sql`SELECT count(*)::int AS n FROM ${table} WHERE solo IS NULL`)).toBe(0)
      expect(await count(sql`SELECT count(*)::int AS n FROM ${table} WHERE cont IS NULL`)).toBe(
        await count(sql`SELECT count(DISTINCT (unit_id, grain))::int AS n FROM ${table}`),
      )
    }
    await expectSameAnswers()
    // A real answer: the province's rows are there, and smaller gzipped than as text.
    const q = queries()[2]!
    const text = await statsAnswer(db(), root, q)
    expect(text.length).toBeGreaterThan(5_000)
    expect((await statsGzip(db(), root, q))!.byteLength).toBeLessThan(text.length / 3)
  }, 60_000)

  it('a row written has its pieces made again, and the row after it its cont piece', async () => {
    await db().execute(sql`UPDATE stat_rows SET received = received + 1000
      WHERE unit_id = ${commune} AND grain = 'month' AND period = '2021-03'`)
    expect(await count(sql`SELECT count(*)::int AS n FROM stat_rows WHERE solo IS NULL`)).toBe(1)
    // a row without pieces (the commune's own row, at depth 1): the answer that holds it is made from the texts
    const q = { unitId: commune, depth: 1, grain: 'month', from: '2021-01', to: '2021-06' } as const
    expect(await statsGzip(db(), root, q)).toBeNull()
    expect(await fillPieces(db())).toBe(2) // the row, and the one after it
    expect(gunzipSync((await statsGzip(db(), root, q))!).toString()).toContain(`"received":`)
    await expectSameAnswers()
  })

  it('an import and its revert leave every row with its pieces and the answers the same', async () => {
    const rows: OwnRow[] = [
      { unitId: commune, grain: 'month', period: '2021-02', month: '2021-02', received: 123_456 },
      { unitId: commune, grain: 'week', period: '2021-W05', month: '2021-02', received: 77, receivedOnline: 7 },
    ]
    const record = await server.store.applyImport(rows, report)
    expect(await count(sql`SELECT count(*)::int AS n FROM stat_rows WHERE solo IS NULL`)).toBe(0)
    expect(await count(sql`SELECT count(*)::int AS n FROM subtree_rows WHERE solo IS NULL`)).toBe(0)
    await expectSameAnswers()
    await server.store.revertImport(record.id, 'x')
    expect(await count(sql`SELECT count(*)::int AS n FROM stat_rows WHERE solo IS NULL`)).toBe(0)
    await expectSameAnswers()
  })

  it('pieces are not written over a row that changed between the fill’s read and its write', async () => {
    await db().execute(sql`UPDATE stat_rows SET received = received + 1
      WHERE unit_id = ${commune} AND grain = 'month' AND period = '2021-05'`)
    let changes = 0
    fillSeams.afterRead = async () => {
      // another writer, once: the row's counts change again after the fill has read its text
      if (changes++ === 0)
        await db().execute(sql`UPDATE stat_rows SET received = received + 1000
          WHERE unit_id = ${commune} AND grain = 'month' AND period = '2021-05'`)
    }
    try {
      await fillPieces(db())
    } finally {
      fillSeams.afterRead = async () => {}
    }
    expect(changes).toBeGreaterThan(1) // read again after the write it could not make
    expect(await count(sql`SELECT count(*)::int AS n FROM stat_rows WHERE solo IS NULL`)).toBe(0)
    await expectSameAnswers()
  })

  it('a row deleted: the row after it no longer takes the cont piece made against it', async () => {
    await db().execute(sql`DELETE FROM stat_rows WHERE unit_id = ${commune} AND grain = 'month' AND period = '2021-04'`)
    await expectSameAnswers()
  })
})
