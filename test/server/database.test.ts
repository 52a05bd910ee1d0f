// The embedded database keeps its data in its folder across starts, and the migrations run once.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { openDatabase, rowsOf } from '../../server/db/open'
import { isEmpty, seedDataset } from '../../server/seed'

/** The migrations the server ships (each must have run once). */
const journal = JSON.parse(readFileSync('server/db/migrations/meta/_journal.json', 'utf8')) as { entries: unknown[] }

describe('the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvctt-data-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is created, migrated and seeded on first start, and found as it was on the next', async () => {
    const first = await openDatabase({ dataDir: join(dir, 'data') })
    expect(await isEmpty(first.db)).toBe(true)
    const seeded = await seedDataset(first.db, 'demo', { months: { from: '2021-01', to: '2021-02' } })
    await first.close()
    const second = await openDatabase({ dataDir: join(dir, 'data') })
    try {
      expect(await isEmpty(second.db)).toBe(false)
      const [counts] = rowsOf<{ units: number; rows: number; migrations: number }>(
        await second.db.execute(sql`SELECT (SELECT count(*)::int FROM units) AS units,
          (SELECT count(*)::int FROM stat_rows) AS rows,
          (SELECT count(*)::int FROM drizzle.__drizzle_migrations) AS migrations`),
      )
      expect(counts).toEqual({ units: seeded.units, rows: seeded.rows, migrations: journal.entries.length })
    } finally {
      await second.close()
    }
  }, 90_000)
})
