// A read sent as a prepared statement (server/db/prepared-read.ts): its columns come back as the SQL gave them
// (true, false, NULL, any bytes), the same statement answers new values, an error is thrown with its code and
// leaves the next read working, and on PGlite (one session) a read waits for a transaction another caller holds
// open instead of reading inside it, and for a PGlite still starting.
import { randomBytes } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database, Db } from '../../server/db/open'
import { readPrepared } from '../../server/db/prepared-read'
import { settings } from '../../server/db/schema'
import { DATABASES, freshDatabase } from './harness'

describe.each(DATABASES)('a prepared read on %s', (kind) => {
  let database: Database
  beforeAll(async () => {
    database = await freshDatabase(kind)
  }, 60_000)
  afterAll(() => database.close())

  const read = (bytes: Buffer, flag: string) =>
    readPrepared(
      database.db,
      sql`SELECT ${flag}::text = 'yes' AS flag, NULL::boolean AS unknown,
        decode(${bytes.toString('hex')}, 'hex') AS bytes, NULL::bytea AS nothing`,
      { flag: 'bool', unknown: 'bool', bytes: 'bytea', nothing: 'bytea' },
    )

  it('returns booleans, NULLs and every byte as the statement gave them, asked again with new values', async () => {
    const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i))
    const large = randomBytes(900_000)
    expect(await read(every, 'yes')).toEqual([{ flag: true, unknown: null, bytes: every, nothing: null }])
    const [row] = await read(large, 'no')
    expect(row!.flag).toBe(false)
    expect(Buffer.compare(row!.bytes!, large)).toBe(0)
    const none = Buffer.alloc(0)
    expect(await read(none, 'yes')).toEqual([{ flag: true, unknown: null, bytes: none, nothing: null }])
  })

  it('returns texts and integers (int and bigint) as the statement gave them', async () => {
    const text = 'Xã Đông Hưng “số 2” — 100%'
    expect(
      await readPrepared(
        database.db,
        sql`SELECT ${text}::text AS text, ''::text AS empty, NULL::text AS nothing, 2147483647::int AS int,
          (-9007199254740991)::bigint AS big`,
        { text: 'text', empty: 'text', nothing: 'text', int: 'int', big: 'int' },
      ),
    ).toEqual([{ text, empty: '', nothing: null, int: 2147483647, big: -9007199254740991 }])
  })

  it('throws a failing statement’s error with its code, and the next read works', async () => {
    const divide = (by: number) =>
      readPrepared(database.db, sql`SELECT 1 / ${by}::int > 0 AS positive`, { positive: 'bool' })
    await expect(divide(0)).rejects.toMatchObject({ code: '22012', message: expect.stringMatching(/division by zero/) })
    expect(await divide(1)).toEqual([{ positive: true }])
    await expect(
      readPrepared(database.db, sql`SELECT nonsense FROM nowhere AS positive`, { positive: 'bool' }),
    ).rejects.toMatchObject({ code: '42P01' })
    expect(await divide(2)).toEqual([{ positive: false }])
  })

  it('does not read inside a transaction another caller holds open', async () => {
    const key = `test-${randomBytes(4).toString('hex')}`
    let written!: () => void
    const isWritten = new Promise<void>((done) => (written = done))
    let release!: () => void
    const released = new Promise<void>((done) => (release = done))
    const transaction = database.db
      .transaction(async (tx) => {
        await tx.insert(settings).values({ key, value: 'uncommitted' })
        written()
        await released
        tx.rollback()
      })
      .catch(() => {})
    await isWritten
    const seen = readPrepared(database.db, sql`SELECT EXISTS (SELECT 1 FROM settings WHERE key = ${key}) AS seen`, {
      seen: 'bool',
    })
    setTimeout(release, 50)
    expect(await seen).toEqual([{ seen: false }])
    await transaction
  })
})

it('reads from a PGlite still starting, as its own queries wait for it', async () => {
  const client = new PGlite()
  try {
    const db = drizzle({ client }) as unknown as Db
    expect(await readPrepared(db, sql`SELECT ${'a'}::text = 'a' AS same`, { same: 'bool' })).toEqual([{ same: true }])
  } finally {
    await client.close()
  }
})
