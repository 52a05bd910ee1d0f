// The server under test: on the embedded database (in memory) and, when TEST_DATABASE_URL is set, on a real
// PostgreSQL (a fresh database per test file, dropped after); and mock:serve answering the same requests.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createServerApp, type ServerOptions } from '../../server/app'
import { openDatabase, type Database } from '../../server/db/open'
import { seedDataset, type SeedOptions } from '../../server/seed'
import { rememberingStore } from '../../server/store/remembering-store'
import { createSqlStore } from '../../server/store/sql-store'
import type { Store } from '../../server/store/store'

export const ORIGIN = 'http://api.test'
export const BASE = `${ORIGIN}/api/v1`

/** Sends a request the way a browser would and gets the answer. */
export type Send = (request: Request) => Promise<Response>

export interface Backend {
  name: string
  send: Send
  close(): Promise<void>
}

export interface ServerBackend extends Backend {
  store: Store
  database: Database
}

export const DATABASES = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])] as const
export type DatabaseKind = (typeof DATABASES)[number]

/** A fresh, migrated database of the kind; PostgreSQL: a new database on the test server, dropped on close. */
export async function freshDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') return openDatabase({})
  const adminUrl = process.env.TEST_DATABASE_URL!
  const name = `dvctt_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const database = await openDatabase({ databaseUrl: url.toString() })
  return {
    ...database,
    async close() {
      await database.close()
      const dropper = new pg.Client({ connectionString: adminUrl })
      await dropper.connect()
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await dropper.end()
    },
  }
}

export async function serverBackend(
  kind: DatabaseKind,
  seed: SeedOptions | null = {},
  options: Partial<ServerOptions> = {},
): Promise<ServerBackend> {
  const database = await freshDatabase(kind)
  if (seed) await seedDataset(database.db, 'demo', seed)
  // As npm start makes it (server/main.ts): sessions and the data version remembered for a moment.
  const store = rememberingStore(createSqlStore(database.db))
  const app = createServerApp(store, { distDir: null, log: () => {}, ...options })
  return { name: kind, store, database, send: async (request) => app.fetch(request), close: () => database.close() }
}

export interface Call {
  token?: string | null
  body?: unknown
  headers?: Record<string, string>
}

export function request(method: string, path: string, call: Call = {}): Request {
  const headers = new Headers(call.headers)
  if (call.token) headers.set('Authorization', `Bearer ${call.token}`)
  if (call.body !== undefined) headers.set('Content-Type', 'application/json')
  return new Request(`${BASE}${path}`, {
    method,
    headers,
    body: call.body === undefined ? undefined : typeof call.body === 'string' ? call.body : JSON.stringify(call.body),
  })
}

export async function signIn(send: Send, username: string, password = 'demo'): Promise<string> {
  const response = await send(request('POST', '/auth/login', { body: { username, password } }))
  if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

export async function getJson<T = unknown>(send: Send, path: string, token: string | null): Promise<[number, T]> {
  const response = await send(request('GET', path, { token }))
  return [response.status, (await response.json()) as T]
}

/** An account made for a test (password "test-password"), beside the demo ones. */
export async function addTestAccount(
  store: Store,
  account: { username: string; scopeUnitId: string; canSetTargets?: boolean; canImport?: boolean },
) {
  const { hashPassword } = await import('../../server/auth/passwords')
  await store.addAccount(
    {
      displayName: account.username,
      role: 'staff',
      canExport: false,
      canImport: account.canImport ?? false,
      canSetTargets: account.canSetTargets ?? false,
      passwordHash: await hashPassword('test-password'),
      ...account,
    },
    new Date(),
  )
  return account.username
}

/** A port nothing listens on now (the system's choice for a listener on port 0, closed again). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net')
  return new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** mock:serve's server from its source, as a child process on a free port: the mock over real HTTP. */
export async function mockServeBackend(): Promise<Backend> {
  const { spawn } = await import('node:child_process')
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/http-server.ts', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Mock API')) resolve()
    })
    child.on('exit', (code) => reject(new Error(`mock:serve exited (${code})`)))
  })
  const origin = `http://127.0.0.1:${port}`
  return {
    name: 'mock:serve',
    send: async (request) => {
      const body = request.method === 'GET' ? undefined : await request.text()
      return fetch(request.url.replace(ORIGIN, origin), { method: request.method, headers: request.headers, body })
    },
    close: async () => {
      child.kill()
    },
  }
}
