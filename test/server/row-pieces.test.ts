// The rows' compressed pieces (migration 0003, server/store/sql-pieces.ts) and their year rows (migration 0004):
// after the seed every row has them and every unit's year its row; an answer gzipped from them inflates to exactly
// the answer made from the rows' texts (the path the contract tests hold against the mock), at every depth, for
// months and weeks, whole and partial ranges, within a year and across one; and it stays so when a row is written
// (its pieces made again: the trigger empties them) or deleted (the next row's cont piece no longer follows it: that
// row takes its solo piece). Between a write and the fill that follows it the year is stale: answers come from the
// texts.
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
      months: { from: '2020-10', to: '2021-03' },
      // 2020 has 53 ISO weeks
      weeks: { from: '2020-W50', to: '2021-W04' },
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
    { unitId: root, depth: 0, grain: 'month', from: '2020-10', to: '2021-03' },
    { unitId: root, depth: 1, grain: 'month', from: '2020-11', to: '2021-02' },
    { unitId: province, depth: 2, grain: 'month', from: '2020-10', to: '2021-03' },
    { unitId: province, depth: 2, grain: 'month', from: '2020-12', to: '2021-01' },
    { unitId: province, depth: 2, grain: 'month', from: '2021-01', to: '2021-06' },
    { unitId: province, depth: 1, grain: 'month', from: '2021-03', to: '2021-03' },
    { unitId: province, depth: 1, grain: 'month', from: '2021-02', to: '2021-01' },
    { unitId: province, depth: 2, grain: 'week', from: '2020-W51', to: '2021-W03' },
    { unitId: province, depth: 1, grain: 'week', from: '2020-W53', to: '2021-W01' },
    { unitId: commune, depth: 0, grain: 'month', from: '2020-01', to: '2020-12' },
    { unitId: commune, depth: 0, grain: 'week', from: '2021-W01', to: '2021-W52' },
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
    for (const [table, src] of [
      [sql`stat_rows`, 'own'],
      [sql`subtree_rows`, 'subtree'],
    ] as const) {
      expect(await count(sql`SELECT count(*)::int AS n FROM ${table}`)).toBeGreaterThan(100)
      expect(await count(sql`SELECT count(*)::int AS n FROM ${table} WHERE solo IS NULL`)).toBe(0)
      expect(await count(sql`SELECT count(*)::int AS n FROM ${table} WHERE cont IS NULL`)).toBe(
        await count(sql`SELECT count(DISTINCT (unit_id, grain))::int AS n FROM ${table}`),
      )
      // a year row for every unit's year (2020 and 2021, months and weeks)
      expect(await count(sql`SELECT count(*)::int AS n FROM year_pieces WHERE src = ${src}`)).toBe(
        await count(sql`SELECT count(DISTINCT (unit_id, grain, substr(period, 1, 4)))::int AS n FROM ${table}`),
      )
    }
    expect(await count(sql`SELECT count(*)::int AS n FROM year_pieces_stale`)).toBe(0)
    // January's piece in `conts` is made against December's, in the year row before: smaller than its solo piece
    const januaries = sql`FROM year_pieces y JOIN stat_rows s ON s.unit_id = y.unit_id AND s.grain = 'month'
      AND s.period = '2021-01' WHERE y.src = 'own' AND y.grain = 'month' AND y.year = 2021 AND y.cnt[2] = 1`
    expect(await count(sql`SELECT count(*)::int AS n ${januaries}`)).toBeGreaterThan(100)
    expect(await count(sql`SELECT count(*)::int AS n ${januaries} AND y.cont_ends[2] >= octet_length(s.solo)`)).toBe(0)
    await expectSameAnswers()
    // A real answer: the province's rows are there, and smaller gzipped than as text.
    const q = queries()[2]!
    const text = await statsAnswer(db(), root, q)
    expect(text.length).toBeGreaterThan(5_000)
    expect((await statsGzip(db(), root, q))!.byteLength).toBeLessThan(text.length / 3)
  }, 60_000)

  it('a row written has its pieces made again, and the row after it its cont piece', async () => {
    // December's: the row after it is in the next year
    await db().execute(sql`UPDATE stat_rows SET received = received + 1000
      WHERE unit_id = ${commune} AND grain = 'month' AND period = '2020-12'`)
    expect(await count(sql`SELECT count(*)::int AS n FROM stat_rows WHERE solo IS NULL`)).toBe(1)
    // a year stale (the commune's own row, at depth 1): the answer is made from the texts
    const q = { unitId: commune, depth: 1, grain: 'month', from: '2020-10', to: '2021-03' } as const
    expect(await statsGzip(db(), root, q)).toBeNull()
    expect(await fillPieces(db())).toBe(2) // the row, and the one after it
    expect(gunzipSync((await statsGzip(db(), root, q))!).toString()).toContain(`"received":`)
    await expectSameAnswers()
  })

  it('an import and its revert leave every row with its pieces and the answers the same', async () => {
    const rows: OwnRow[] = [
      { unitId: commune, grain: 'month', period: '2021-02', month: '2021-02', received: 123_456 },
      { unitId: commune, grain: 'week', period: '2021-W02', month: '2021-01', received: 77, receivedOnline: 7 },
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
      WHERE unit_id = ${commune} AND grain = 'month' AND period = '2021-02'`)
    let changes = 0
    fillSeams.afterRead = async () => {
      // another writer, once: the row's counts change again after the fill has read its text
      if (changes++ === 0)
        await db().execute(sql`UPDATE stat_rows SET received = received + 1000
          WHERE unit_id = ${commune} AND grain = 'month' AND period = '2021-02'`)
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

  it('a piece missing where no mark says so: the answer is made from the texts, not without that row', async () => {
    const q = { unitId: commune, depth: 1, grain: 'month', from: '2020-11', to: '2021-03' } as const
    const solos = sql`FROM year_pieces WHERE src = 'own' AND unit_id = ${commune} AND grain = 'month' AND year = 2020`
    const [kept] = rowsOf<{ ends: number[] }>(await db().execute(sql`SELECT solo_ends AS ends ${solos}`))
    // The commune's first period in the range (its year's second): its solo piece is read from its year row, whose
    // ends now stop short of it (triggers off: no mark).
    const cut = async (ends: number[]) =>
      db().transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL session_replication_role = replica`)
        await tx.execute(sql`UPDATE year_pieces SET solo_ends = ${`{${ends.join(',')}}`}::int[]
          WHERE src = 'own' AND unit_id = ${commune} AND grain = 'month' AND year = 2020`)
      })
    await cut(kept!.ends.slice(0, 2))
    expect(await count(sql`SELECT count(*)::int AS n FROM year_pieces_stale`)).toBe(0)
    expect(await statsGzip(db(), root, q)).toBeNull()
    await cut(kept!.ends)
    expect(gunzipSync((await statsGzip(db(), root, q))!).toString()).toBe(await statsAnswer(db(), root, q))
  })

  it('a row’s own piece emptied where no mark says so: its year row keeps its copy, the answer is whole', async () => {
    const q = { unitId: commune, depth: 1, grain: 'month', from: '2020-11', to: '2021-03' } as const
    await db().transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`)
      await tx.execute(sql`UPDATE stat_rows SET solo = NULL
        WHERE unit_id = ${commune} AND grain = 'month' AND period = '2020-11'`)
    })
    expect(gunzipSync((await statsGzip(db(), root, q))!).toString()).toBe(await statsAnswer(db(), root, q))
    await fillPieces(db())
    expect(gunzipSync((await statsGzip(db(), root, q))!).toString()).toBe(await statsAnswer(db(), root, q))
  })

  it('a year’s last row deleted: the next year’s first row takes its solo piece (both years marked)', async () => {
    // Another commune, and December alone: its January, in the next year, was made against it.
    const [other] = rowsOf<{ id: string }>(
      await db().execute(sql`SELECT unit_id AS id FROM stat_rows WHERE grain = 'month' AND period = '2021-01'
        AND unit_id <> ${commune} AND cont_prev = '2020-12' ORDER BY unit_id LIMIT 1`),
    )
    const q = { unitId: other!.id, depth: 1, grain: 'month', from: '2020-10', to: '2021-03' } as const
    await db().execute(
      sql`DELETE FROM stat_rows WHERE unit_id = ${other!.id} AND grain = 'month' AND period = '2020-12'`,
    )
    expect(await count(sql`SELECT count(*)::int AS n FROM year_pieces_stale WHERE unit_id = ${other!.id}`)).toBe(2)
    await fillPieces(db())
    expect(gunzipSync((await statsGzip(db(), root, q))!).toString()).toBe(await statsAnswer(db(), root, q))
  })

  it('a row deleted: the row after it no longer takes the cont piece made against it', async () => {
    // the commune's own rows (its depth-0 sum is the writer's to refresh: sql-rollup.ts)
    const q = { unitId: commune, depth: 1, grain: 'month', from: '2020-10', to: '2021-03' } as const
    const before = await statsAnswer(db(), root, q)
    // the last of its year, and one inside a year
    await db().execute(sql`DELETE FROM stat_rows WHERE unit_id = ${commune} AND grain = 'month'
      AND period IN ('2020-12', '2021-02')`)
    expect(await statsAnswer(db(), root, q)).not.toBe(before)
    expect(await statsGzip(db(), root, q)).toBeNull() // its years stale until the fill
    // No row's pieces made again: the year rows take, of the rows after them (January's, March's), the solo piece.
    expect(await fillPieces(db())).toBe(0)
    expect(gunzipSync((await statsGzip(db(), root, q))!).toString()).toBe(await statsAnswer(db(), root, q))
    await expectSameAnswers()
  })
})
