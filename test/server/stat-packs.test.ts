// A province's packs (migration 0007, server/store/sql-packs.ts): after the seed every province has its four (own
// and subtree, months and weeks); an answer one or two levels down gzipped from them inflates to exactly the answer
// made from the rows' texts (the path the contract tests hold against the mock), for ranges within a year and
// across one, across the reform (the root's months only), outside the data, reversed; and for a unit whose first
// period in the range is a later one (its solo piece read on its own). A year row written marks its province's packs:
// until the fill makes them again, the packs do not answer. A pack that is not what its bounds say, or that is made
// again between an answer's two reads, does not answer either (the year rows do).
import { gunzipSync } from 'node:zlib'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rowsOf } from '../../server/db/open'
import { refreshStatPacks } from '../../server/store/sql-pack-making'
import { packSeams, packsGzip } from '../../server/store/sql-packs'
import { fillPieces } from '../../server/store/sql-pieces'
import { statsAnswer } from '../../server/store/sql-stats'
import type { Grain, OwnRow, StatsQuery } from '../../server/store/store'
import { DATABASES, serverBackend, type ServerBackend } from './harness'

type Query = StatsQuery & { grain: Grain }
const report = { fileName: 't.xlsx', format: 'template', periods: [], rows: 1, accepted: 1, rejected: [], by: 'x' }
// The demo's provinces: Đồng Tháp and Tiền Giang until 2025-06 (province, districts, communes), the new Đồng Tháp
// from 2025-07 (province, communes).
const OLD = 'p87'
const OTHER_OLD = 'p82'
const NEW = 'p2025-82'

describe.each(DATABASES)('provinces’ packs on %s', (kind) => {
  let server: ServerBackend

  beforeAll(async () => {
    server = await serverBackend(kind, {
      months: { from: '2024-11', to: '2025-09' },
      weeks: { from: '2024-W50', to: '2025-W30' },
    })
  }, 60_000)
  afterAll(() => server.close())

  const db = () => server.database.db
  const count = async (text: ReturnType<typeof sql>) => Number(rowsOf<{ n: number }>(await db().execute(text))[0]!.n)
  const made = async (root: string) =>
    rowsOf<{ made: string }>(
      await db().execute(sql`SELECT made::text FROM stat_packs WHERE root_id = ${root}
      ORDER BY grain, src`),
    ).map((row) => row.made)

  const month = (unitId: string, depth: number, from: string, to: string): Query => ({
    unitId,
    depth,
    grain: 'month',
    from,
    to,
  })
  const queries = (): Query[] => [
    month(OLD, 2, '2024-11', '2025-06'),
    month(OLD, 2, '2024-12', '2025-02'),
    month(OLD, 1, '2025-03', '2025-09'), // the root's months: until 2025-06
    month(OLD, 2, '2023-01', '2024-10'), // before the data
    month(OLD, 2, '2025-02', '2025-01'), // reversed
    month(OTHER_OLD, 1, '2025-06', '2025-06'),
    month(OTHER_OLD, 2, '2024-01', '2026-12'),
    month(NEW, 1, '2025-07', '2025-09'),
    month(NEW, 2, '2025-01', '2025-12'), // from 2025-07; no unit two levels down
    { unitId: OLD, depth: 2, grain: 'week', from: '2024-W51', to: '2025-W03' },
    { unitId: OLD, depth: 1, grain: 'week', from: '2025-W10', to: '2025-W40' },
    { unitId: NEW, depth: 1, grain: 'week', from: '2025-W27', to: '2025-W30' },
  ]

  /** Each query's answer from the packs, inflated, equals the answer from the texts. */
  async function expectSameAnswers() {
    for (const q of queries()) {
      const gzip = await packsGzip(db(), q.unitId, q)
      expect(gzip, JSON.stringify(q)).not.toBeNull()
      expect(gunzipSync(gzip!).toString(), JSON.stringify(q)).toBe(await statsAnswer(db(), q.unitId, q))
    }
  }

  it('after the seed, every province has its four packs, and they answer as the texts do', async () => {
    expect(await count(sql`SELECT count(*)::int AS n FROM stat_packs`)).toBe(12)
    expect(await count(sql`SELECT count(*)::int AS n FROM stat_packs_stale`)).toBe(0)
    await expectSameAnswers()
    // Real answers: the old province's two levels over its months hold every commune's rows.
    const text = await statsAnswer(db(), OLD, queries()[0]!)
    expect(text.length).toBeGreaterThan(50_000)
    expect(JSON.parse(text).rows.length).toBeGreaterThan(1_000)
  }, 60_000)

  it('answers only a province one or two levels down', async () => {
    const district = rowsOf<{ id: string }>(
      await db().execute(sql`SELECT id FROM units WHERE parent_id = ${OLD} AND kind = 'district' LIMIT 1`),
    )[0]!.id
    for (const q of [month(OLD, 0, '2024-11', '2025-06'), month(OLD, 3, '2024-11', '2025-06')])
      expect(await packsGzip(db(), OLD, q)).toBeNull()
    expect(await packsGzip(db(), OLD, month(district, 1, '2024-11', '2025-06'))).toBeNull()
  })

  it('a year row written marks its province’s packs: they do not answer until the fill makes them again', async () => {
    const before = { old: await made(OLD), other: await made(OTHER_OLD) }
    const commune = rowsOf<{ id: string }>(
      await db().execute(sql`SELECT c.descendant_id AS id FROM unit_closure c JOIN units u ON u.id = c.descendant_id
        WHERE c.ancestor_id = ${OLD} AND u.kind = 'commune' ORDER BY 1 LIMIT 1`),
    )[0]!.id
    const rows: OwnRow[] = [{ unitId: commune, grain: 'month', period: '2025-01', month: '2025-01', received: 98_765 }]
    await db().transaction(async (tx) => {
      await tx.execute(sql`UPDATE stat_rows SET received = 98765
        WHERE unit_id = ${rows[0]!.unitId} AND grain = 'month' AND period = '2025-01'`)
      await fillPieces(tx) // the year rows made again; the packs too, in the same transaction
    })
    expect(await count(sql`SELECT count(*)::int AS n FROM stat_packs_stale`)).toBe(0)
    const after = { old: await made(OLD), other: await made(OTHER_OLD) }
    expect(after.old[0]).not.toBe(before.old[0]) // its months' packs made again
    expect(after.other).toEqual(before.other) // another province's, not
    await expectSameAnswers()
    // Marked and not yet made (a year row written by hand): the packs do not answer.
    await db().execute(sql`DELETE FROM year_pieces WHERE unit_id = ${commune} AND grain = 'month' AND year = 2025`)
    expect(await count(sql`SELECT count(*)::int AS n FROM stat_packs_stale WHERE root_id = ${OLD}`)).toBe(2)
    expect(await packsGzip(db(), OLD, queries()[0]!)).toBeNull()
    const other = queries()[5]!
    expect(gunzipSync((await packsGzip(db(), OTHER_OLD, other))!).toString()).toBe(
      await statsAnswer(db(), OTHER_OLD, other),
    )
    await db().execute(sql`INSERT INTO year_pieces_stale (src, unit_id, grain, year)
      VALUES ('own', ${commune}, 'month', 2025), ('subtree', ${commune}, 'month', 2025)`)
    await fillPieces(db())
    await expectSameAnswers()
  })

  it('an import and its revert leave the packs made and the answers the same', async () => {
    const commune = rowsOf<{ id: string }>(
      await db().execute(
        sql`SELECT id FROM units WHERE kind = 'commune' AND valid_from = '2025-07' ORDER BY id LIMIT 1`,
      ),
    )[0]!.id
    const record = await server.store.applyImport(
      [{ unitId: commune, grain: 'month', period: '2025-08', month: '2025-08', received: 4_321 }],
      report,
    )
    expect(await count(sql`SELECT count(*)::int AS n FROM stat_packs_stale`)).toBe(0)
    await expectSameAnswers()
    await server.store.revertImport(record.id, 'x')
    expect(await count(sql`SELECT count(*)::int AS n FROM stat_packs_stale`)).toBe(0)
    await expectSameAnswers()
  })

  it('imports and reverts, again and again: on PGlite the packs they replace leave their room', async () => {
    // the table, its TOAST and its index
    const size = async () => count(sql`SELECT pg_total_relation_size('stat_packs')::int AS n`)
    const commune = rowsOf<{ id: string }>(
      await db().execute(
        sql`SELECT id FROM units WHERE kind = 'commune' AND valid_from = '2025-07' ORDER BY id LIMIT 1`,
      ),
    )[0]!.id
    const cycle = async (received: number) => {
      const record = await server.store.applyImport(
        [{ unitId: commune, grain: 'month', period: '2025-09', month: '2025-09', received }],
        report,
      )
      await server.store.revertImport(record.id, 'x')
    }
    await cycle(1)
    const before = await size()
    for (let i = 2; i <= 6; i++) await cycle(i)
    const grown = (await size()) - before
    const remade = await count(sql`SELECT sum(octet_length(conts) + octet_length(solos))::int AS n FROM stat_packs
      WHERE root_id = ${NEW} AND grain = 'month'`)
    // Five imports and their reverts, each making the new province's packs again: without VACUUM the table grew by
    // ten times its months' packs (3.4 MB), with it by nothing.
    if (kind === 'pglite') expect(grown).toBeLessThan(2 * remade)
    await expectSameAnswers()
  })

  it('a unit without the range’s first period: its first period’s solo piece, read on its own', async () => {
    // Two communes lose their first month of the range (one its first two): their answers start later.
    const communes = rowsOf<{ id: string }>(
      await db().execute(sql`SELECT c.descendant_id AS id FROM unit_closure c JOIN units u ON u.id = c.descendant_id
        WHERE c.ancestor_id = ${OLD} AND c.distance = 2 AND u.kind = 'commune' ORDER BY 1 OFFSET 3 LIMIT 2`),
    ).map((row) => row.id)
    for (const table of [sql`stat_rows`, sql`subtree_rows`])
      await db().execute(sql`DELETE FROM ${table} WHERE grain = 'month'
        AND ((unit_id = ${communes[0]!} AND period = '2024-12')
          OR (unit_id = ${communes[1]!} AND period IN ('2024-12', '2025-01')))`)
    await fillPieces(db())
    let secondReads = 0
    packSeams.beforeLaterSolos = async () => void secondReads++
    try {
      const q = month(OLD, 2, '2024-12', '2025-03')
      const text = await statsAnswer(db(), OLD, q)
      expect(gunzipSync((await packsGzip(db(), OLD, q))!).toString()).toBe(text)
      expect(secondReads).toBe(1)
      for (const id of communes) expect(text).toContain(`"unitId":"${id}"`)
      await expectSameAnswers()
    } finally {
      packSeams.beforeLaterSolos = async () => {}
    }
  })

  it('a pack made again between an answer’s two reads does not answer', async () => {
    const q = month(OLD, 2, '2024-12', '2025-03') // a unit without December: a second read
    packSeams.beforeLaterSolos = async () => {
      await db().execute(sql`INSERT INTO stat_packs_stale (root_id, grain, src) VALUES (${OLD}, 'month', 'subtree')`)
      await refreshStatPacks(db())
    }
    try {
      expect(await packsGzip(db(), OLD, q)).toBeNull()
    } finally {
      packSeams.beforeLaterSolos = async () => {}
    }
    expect(gunzipSync((await packsGzip(db(), OLD, q))!).toString()).toBe(await statsAnswer(db(), OLD, q))
  })

  it('a pack not what its bounds say (no mark): no answer from it, the store’s from the year rows', async () => {
    const q = month(OLD, 2, '2024-12', '2025-02')
    const [kept] = rowsOf<{ ends: number[] }>(
      await db().execute(sql`SELECT cont_ends AS ends FROM stat_packs
        WHERE root_id = ${OLD} AND grain = 'month' AND src = 'subtree'`),
    )
    const setEnds = (ends: number[]) =>
      db().execute(sql`UPDATE stat_packs SET cont_ends = ${`{${ends.join(',')}}`}::int[]
        WHERE root_id = ${OLD} AND grain = 'month' AND src = 'subtree'`)
    // The range's first segment (block 1, December 2024: 24 periods from January 2024) starts a byte early: its
    // pieces no longer fit the slice.
    const start = 24 + 11
    const moved = kept!.ends.map((end, i) => (i === start ? end - 1 : end))
    await setEnds(moved)
    try {
      expect(await count(sql`SELECT count(*)::int AS n FROM stat_packs_stale`)).toBe(0)
      expect(await packsGzip(db(), OLD, q)).toBeNull()
      const answer = await server.store.statsAnswer(OLD, q)
      expect(gunzipSync(answer as Uint8Array).toString()).toBe(await statsAnswer(db(), OLD, q))
    } finally {
      await setEnds(kept!.ends)
    }
    expect(gunzipSync((await packsGzip(db(), OLD, q))!).toString()).toBe(await statsAnswer(db(), OLD, q))
  })
})
