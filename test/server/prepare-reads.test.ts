// The /stats reads made before the server listens (server/store/prepare-reads.ts): nothing to read in an empty
// database; after a seed, the scope check's and the packs' statements prepared in PGlite's session, and on PostgreSQL
// the pool's connections opened for them and the statements planned generically; the province read one of the last
// month, whose answer has its rows.
import { gunzipSync } from 'node:zlib'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { POOL_SIZE, rowsOf, type Database } from '../../server/db/open'
import { seedDataset } from '../../server/seed'
import { prepareStatsReads } from '../../server/store/prepare-reads'
import { packsGzip } from '../../server/store/sql-packs'
import { DATABASES, freshDatabase } from './harness'

describe.each(DATABASES)('the start’s prepared /stats reads on %s', (kind) => {
  let database: Database
  beforeAll(async () => {
    database = await freshDatabase(kind)
  }, 60_000)
  afterAll(() => database.close())

  const prepared = async () =>
    rowsOf<{ statement: string }>(
      await database.db.execute(sql`SELECT statement FROM pg_prepared_statements ORDER BY statement`),
    ).map((row) => row.statement)

  it('reads nothing in an empty database', async () => {
    expect(await prepareStatsReads(database)).toBeNull()
    if (kind === 'pglite') expect(await prepared()).toEqual([])
  })

  it('after a seed, prepares the scope check and the packs’ read (on each connection of the pool)', async () => {
    await seedDataset(database.db, 'demo', { months: { from: '2024-11', to: '2025-02' } })
    expect(await prepareStatsReads(database)).not.toBeNull()
    if (kind === 'pglite') {
      const statements = await prepared()
      expect(statements.some((text) => /FROM unit_closure WHERE ancestor_id/.test(text))).toBe(true)
      expect(statements.some((text) => /FROM b LEFT JOIN stat_packs/.test(text))).toBe(true)
    } else {
      const [{ open }] = rowsOf<{ open: number }>(
        await database.db.execute(
          sql`SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = current_database()`,
        ),
      ) as [{ open: number }]
      expect(open).toBe(POOL_SIZE)
      // Planned generically from their first run (open.ts), not with their values five times on each connection.
      const [plans] = rowsOf<{ custom: number; generic: number }>(
        await database.db.execute(
          sql`SELECT sum(custom_plans)::int AS custom, sum(generic_plans)::int AS generic FROM pg_prepared_statements`,
        ),
      )
      expect(plans!.custom).toBe(0)
      expect(plans!.generic).toBeGreaterThan(0)
    }
  }, 120_000)

  it('after the reform, reads a province of the last month (not one ended in June 2025), with its rows', async () => {
    const after = await freshDatabase(kind)
    try {
      // The months across the reform: the demo's former provinces (more units over their years) end in 2025-06.
      await seedDataset(after.db, 'demo', { months: { from: '2025-05', to: '2025-08' }, accounts: false })
      const read = await prepareStatsReads(after)
      expect(read).toMatchObject({ depth: 2, from: '2024-09', to: '2025-08' })
      const [unit] = rowsOf<{ validTo: string | null }>(
        await after.db.execute(sql`SELECT valid_to AS "validTo" FROM units WHERE id = ${read!.unitId}`),
      )
      expect(unit!.validTo === null || unit!.validTo >= '2025-08').toBe(true)
      const [root] = rowsOf<{ id: string }>(await after.db.execute(sql`SELECT id FROM units WHERE parent_id IS NULL`))
      const answer = await packsGzip(after.db, root!.id, read!)
      const { rows } = JSON.parse(gunzipSync(answer!).toString()) as { rows: Array<{ month: string }> }
      expect(rows.filter((row) => row.month === '2025-08').length).toBeGreaterThan(0)
    } finally {
      await after.close()
    }
  }, 120_000)
})
