// The start's fill (server/start-fill.ts): the years marked stale (as migration 0005 marks them all) are made again,
// and the packs (as 0007 marks them all); after a large fill PGlite is closed and opened anew — the database served
// then answers as the rows' texts do; after a small one (or on PostgreSQL) the same database is served.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, rowsOf, type Database } from '../../server/db/open'
import { seedDataset } from '../../server/seed'
import { fillAtStart } from '../../server/start-fill'
import { packsGzip } from '../../server/store/sql-packs'
import { statsGzip } from '../../server/store/sql-pieces'
import { statsAnswer } from '../../server/store/sql-stats'

describe('the start’s fill on the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvctt-fill-'))
  const dataDir = join(dir, 'data')
  let database: Database
  let province: string

  beforeAll(async () => {
    database = await openDatabase({ dataDir })
    await seedDataset(database.db, 'demo', { months: { from: '2024-11', to: '2025-02' } })
    ;[{ id: province }] = rowsOf<{ id: string }>(
      await database.db.execute(sql`SELECT id FROM units WHERE kind = 'province' ORDER BY id LIMIT 1`),
    ) as [{ id: string }]
  }, 120_000)
  afterAll(async () => {
    await database.close()
    rmSync(dir, { recursive: true, force: true })
  })

  /** Every unit's years marked stale and their rows gone, as migration 0005 leaves them. */
  const markAll = async (db: Database) => {
    await db.db.execute(sql`TRUNCATE year_pieces`)
    await db.db.execute(sql`INSERT INTO year_pieces_stale
      SELECT DISTINCT 'own', unit_id, grain, substr(period, 1, 4)::int FROM stat_rows
      UNION SELECT DISTINCT 'subtree', unit_id, grain, substr(period, 1, 4)::int FROM subtree_rows
      ON CONFLICT DO NOTHING`)
    return Number(
      rowsOf<{ n: number }>(await db.db.execute(sql`SELECT count(*)::int AS n FROM year_pieces_stale`))[0]!.n,
    )
  }
  const answersAsTexts = async (db: Database) => {
    const q = { unitId: province, depth: 2, grain: 'month', from: '2024-12', to: '2025-02' } as const
    const gzip = await statsGzip(db.db, province, q)
    expect(gzip).not.toBeNull()
    expect(gunzipSync(gzip!).toString()).toBe(await statsAnswer(db.db, province, q))
  }

  it('after a fill of more years than the limit: the years made, PGlite opened anew and answering', async () => {
    const marked = await markAll(database)
    expect(marked).toBeGreaterThan(10)
    const old = database
    const fill = await fillAtStart(database, () => openDatabase({ dataDir }), { years: 10 })
    database = fill.database
    expect(fill).toMatchObject({ years: marked, pieced: 0, reopened: true })
    expect(database).not.toBe(old)
    await expect(old.db.execute(sql`SELECT 1`)).rejects.toThrow()
    expect(
      rowsOf<{ n: number }>(await database.db.execute(sql`SELECT count(*)::int AS n FROM year_pieces_stale`)),
    ).toEqual([{ n: 0 }])
    await answersAsTexts(database)
  }, 120_000)

  it('after a fill within the limit: the same database, its years made', async () => {
    const marked = await markAll(database)
    const fill = await fillAtStart(database, () => openDatabase({ dataDir }), { years: marked })
    expect(fill).toMatchObject({ years: marked, reopened: false })
    expect(fill.database).toBe(database)
    await answersAsTexts(database)
  }, 120_000)

  it('after a fill of more packs than the limit (as 0007 marks them all): made, PGlite opened anew', async () => {
    await database.db.execute(sql`DELETE FROM stat_packs`)
    await database.db.execute(sql`INSERT INTO stat_packs_stale (root_id, grain, src)
      SELECT u.id, g.grain, s.src FROM units u, (VALUES ('month'), ('week')) g(grain),
        (VALUES ('own'), ('subtree')) s(src)
      WHERE u.kind = 'province' ON CONFLICT DO NOTHING`)
    const old = database
    const fill = await fillAtStart(database, () => openDatabase({ dataDir }), { packs: 3 })
    database = fill.database
    expect(fill).toMatchObject({ years: 0, packs: 12, reopened: true })
    expect(database).not.toBe(old)
    // The old Đồng Tháp (the new province has no month in this seed)
    const q = { unitId: 'p87', depth: 2, grain: 'month', from: '2024-12', to: '2025-02' } as const
    const gzip = await packsGzip(database.db, 'p87', q)
    expect(gzip).not.toBeNull()
    expect(gunzipSync(gzip!).toString()).toBe(await statsAnswer(database.db, 'p87', q))
  }, 120_000)
})
