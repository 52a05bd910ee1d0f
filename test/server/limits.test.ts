// Heavy reads: answers compressed for clients that take gzip; a /stats answer past the row cap refused with a
// 422 saying so (as the mocks); a query past the time limit answered 503 (the deadline, and PostgreSQL's
// statement_timeout).
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { createServerApp } from '../../server/app'
import { badRequest, isQueryCanceled } from '../../server/http/problem'
import { openDatabase, rowsOf } from '../../server/db/open'
import type { Store } from '../../server/store/store'
import { BASE, DATABASES, request, serverBackend, signIn, type ServerBackend } from './harness'

// Three months of the current structure (the sign-in's province exists from July 2025).
const months = { from: '2026-01', to: '2026-03' }

describe.each(DATABASES)('limits on %s', (kind) => {
  let server: ServerBackend
  let token: string
  let root: string

  beforeAll(async () => {
    server = await serverBackend(kind, { months })
    token = await signIn(server.send, 'lanhdao.tinh')
    root = (await server.store.findAccount('lanhdao.tinh'))!.scopeUnitId
  }, 60_000)
  afterAll(() => server.close())

  const stats = (depth: number, to = months.to) => `/stats?unit=${root}&depth=${depth}&from=${months.from}&to=${to}`
  type App = { fetch: (r: Request) => Response | Promise<Response> }
  const get = (app: App, path: string, gzip = true) =>
    app.fetch(request('GET', path, { token, headers: gzip ? { 'Accept-Encoding': 'gzip, br' } : {} }))

  it('/stats and /units are gzipped for a client that takes gzip, and are the same answer unzipped', async () => {
    for (const path of [stats(2), '/units']) {
      const app: App = { fetch: server.send }
      const plain = await get(app, path, false)
      expect(plain.headers.get('content-encoding')).toBeNull()
      const text = await plain.text()
      const zipped = await get(app, path)
      expect(zipped.status).toBe(200)
      expect(zipped.headers.get('content-encoding')).toBe('gzip')
      expect(zipped.headers.get('vary')).toContain('Accept-Encoding')
      const bytes = Buffer.from(await zipped.arrayBuffer())
      // Three months: a /stats gzip put together from its rows' pieces (gzip-pieces.ts) has a unit's first row
      // compressed alone, which over so few months makes it ~3 times smaller than its text, not 5 as over a year.
      expect(bytes.byteLength).toBeLessThan(Buffer.byteLength(text) / 2.5)
      expect(gunzipSync(bytes).toString('utf8')).toBe(text)
    }
  })

  it('refuses (422) a /stats answer that could hold more rows than the cap, answers one within it', async () => {
    // The cap against units × months counted here: the subtree down to depth 2, three months.
    const [counted] = rowsOf<{ n: number }>(
      await server.database.db.execute(
        sql`SELECT count(*)::int AS n FROM unit_closure WHERE ancestor_id = ${root} AND distance <= 2`,
      ),
    )
    const rows = Number(counted!.n) * 3
    const capped = createServerApp(server.store, { distDir: null, log: () => {}, limits: { statsRowLimit: rows - 1 } })
    const refused = await get(capped, stats(2))
    expect(refused.status).toBe(422)
    expect(refused.headers.get('content-type')).toContain('application/problem+json')
    const problem = (await refused.json()) as { status: number; detail: string }
    expect(problem.status).toBe(422)
    expect(problem.detail).toContain(`${rows} rows`)
    expect(problem.detail).toContain(`${rows - 1}`)
    const exact = createServerApp(server.store, { distDir: null, log: () => {}, limits: { statsRowLimit: rows } })
    expect((await get(exact, stats(2))).status).toBe(200)
  })

  it('takes an upload past the JSON limit (16 KB) to the importer: a year of a province is ~100 KB', async () => {
    const importer = createServerApp(server.store, {
      distDir: null,
      log: () => {},
      importParser: async () => {
        throw badRequest('reached the importer')
      },
    })
    const uploader = await signIn(server.send, 'nhaplieu')
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(100 * 1024)]), 'year.xlsx')
    const response = await importer.fetch(
      new Request(`${BASE}/imports`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${uploader}` } }),
    )
    expect(response.status).toBe(400)
    expect(((await response.json()) as { detail: string }).detail).toBe('reached the importer')
  })

  it('answers 503 with a problem when a read takes longer than the query timeout', async () => {
    const slow: Store = {
      ...server.store,
      statsAnswer: () => new Promise((resolve) => setTimeout(() => resolve('{"rows":[]}'), 1000)),
    }
    const app = createServerApp(slow, { distDir: null, log: () => {}, limits: { queryTimeoutMs: 100 } })
    const started = performance.now()
    const response = await get(app, stats(1))
    expect(performance.now() - started).toBeLessThan(900)
    expect(response.status).toBe(503)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(response.headers.get('retry-after')).toBeTruthy()
    const problem = (await response.json()) as { detail: string }
    expect(problem.detail).toMatch(/longer than 0\.1 s/)
  })
})

describe.runIf(DATABASES.includes('postgres' as never))('PostgreSQL statement_timeout', () => {
  it('cancels a statement past the timeout, which the API answers as a 503 problem', async () => {
    const server = await serverBackend('postgres', { months: { from: '2026-01', to: '2026-01' } })
    const url = new URL(process.env.TEST_DATABASE_URL!)
    const [name] = rowsOf<{ db: string }>(await server.database.db.execute(sql`SELECT current_database() AS db`))
    url.pathname = `/${name!.db}`
    const timed = await openDatabase({ databaseUrl: url.toString(), queryTimeoutMs: 200 })
    try {
      const error = await timed.db.execute(sql`SELECT pg_sleep(2)`).then(
        () => null,
        (e: unknown) => e,
      )
      expect(isQueryCanceled(error)).toBe(true)
      // The app's own deadline far off: the 503 comes from the cancelled statement.
      const store: Store = {
        ...server.store,
        statsAnswer: async () => (await timed.db.execute(sql`SELECT pg_sleep(2)`), ''),
      }
      const app = createServerApp(store, { distDir: null, log: () => {}, limits: { queryTimeoutMs: 60_000 } })
      const token = await signIn(server.send, 'lanhdao.tinh')
      const root = (await server.store.findAccount('lanhdao.tinh'))!.scopeUnitId
      const response = await app.fetch(request('GET', `/stats?unit=${root}&depth=0&from=2026-01&to=2026-01`, { token }))
      expect(response.status).toBe(503)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
      expect(await response.text()).not.toMatch(/pg_sleep|canceling statement/)
    } finally {
      await timed.close()
      await server.close()
    }
  }, 60_000)
})
