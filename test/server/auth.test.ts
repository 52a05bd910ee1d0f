// Sign-in hardening: hashed secrets, throttled failures per account and per address, idle and absolute
// expiry, sign-out revoking only its own token, disabled accounts and new passwords ending sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { DEFAULT_AUTH_POLICY } from '../../server/auth/policy'
import { createServerApp } from '../../server/app'
import { rowsOf } from '../../server/db/open'
import { addTestAccount, DATABASES, getJson, request, serverBackend, type ServerBackend } from './harness'

const MINUTE = 60_000
const { idleMs, absoluteMs, failureWindowMs, maxFailuresPerAccount, maxFailuresPerAddress } = DEFAULT_AUTH_POLICY

describe.each(DATABASES)('auth on %s', (kind) => {
  let server: ServerBackend
  let now = Date.parse('2026-12-01T08:00:00Z')
  const tick = (ms: number) => (now += ms)

  const login = (username: string, password: string, from = '10.0.0.1') =>
    server.send(request('POST', '/auth/login', { body: { username, password }, headers: { 'X-Forwarded-For': from } }))
  const tokenOf = async (response: Response) => ((await response.json()) as { token: string }).token
  const me = async (token: string) => (await getJson(server.send, '/me', token))[0]

  beforeAll(async () => {
    server = await serverBackend(
      kind,
      { months: { from: '2021-01', to: '2021-01' } },
      {
        now: () => new Date(now),
        trustProxy: true,
      },
    )
    for (const name of ['ana', 'binh', 'chau', 'dung'])
      await addTestAccount(server.store, { username: name, scopeUnitId: 'd874' })
  }, 60_000)
  afterAll(() => server.close())

  it('stores passwords as salted scrypt and tokens only as their hash', async () => {
    const token = await tokenOf(await login('ana', 'test-password'))
    const users = rowsOf<{ password_hash: string }>(
      await server.database.db.execute(sql`SELECT password_hash FROM users`),
    )
    const hashes = users.map((u) => u.password_hash)
    for (const hash of hashes) expect(hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]{22}\$[\w-]{43}$/)
    expect(new Set(hashes).size).toBe(hashes.length) // one salt each, even for the same password
    const sessions = rowsOf<{ token_hash: string }>(
      await server.database.db.execute(sql`SELECT token_hash FROM sessions`),
    )
    expect(sessions.map((s) => s.token_hash)).not.toContain(token)
    expect(JSON.stringify(sessions)).not.toContain(token)
    expect(token).toMatch(/^[\w-]{43}$/) // 256 random bits
  })

  it(`locks an account after ${maxFailuresPerAccount} failures, right password or not, for the window`, async () => {
    for (let i = 0; i < maxFailuresPerAccount; i++)
      expect((await login('binh', 'wrong', `10.1.0.${i}`)).status).toBe(401)
    const refused = await login('binh', 'test-password', '10.1.1.1')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe(String(failureWindowMs / 1000))
    expect((await refused.json()).detail).not.toMatch(/password/i)
    expect((await login('chau', 'test-password', '10.1.1.1')).status).toBe(200) // other accounts are not locked
    tick(failureWindowMs + MINUTE)
    expect((await login('binh', 'test-password', '10.1.1.1')).status).toBe(200)
  })

  it(`locks an address after ${maxFailuresPerAddress} failures on any accounts; other addresses sign in`, async () => {
    for (let i = 0; i < maxFailuresPerAddress; i++)
      expect((await login(`nobody${i}`, 'x', '10.2.0.1')).status).toBe(401)
    expect((await login('chau', 'test-password', '10.2.0.1')).status).toBe(429)
    expect((await login('chau', 'test-password', '10.2.0.2')).status).toBe(200)
    tick(failureWindowMs + MINUTE)
  })

  it('ends a session left unused for the idle time', async () => {
    const token = await tokenOf(await login('dung', 'test-password'))
    tick(idleMs - MINUTE)
    expect(await me(token)).toBe(200)
    tick(idleMs - MINUTE) // used a moment ago: still alive
    expect(await me(token)).toBe(200)
    tick(idleMs + MINUTE)
    expect(await me(token)).toBe(401)
  })

  it('ends a session at its absolute expiry however often it is used', async () => {
    const token = await tokenOf(await login('dung', 'test-password'))
    const start = now
    while (now - start + idleMs / 2 < absoluteMs) {
      tick(idleMs / 2)
      expect(await me(token)).toBe(200)
    }
    tick(idleMs / 2) // at the absolute expiry, never idle for long
    expect(now - start).toBeGreaterThanOrEqual(absoluteMs)
    expect(await me(token)).toBe(401)
  })

  it('sign-out revokes that token only', async () => {
    const first = await tokenOf(await login('ana', 'test-password'))
    const second = await tokenOf(await login('ana', 'test-password'))
    const out = await server.send(request('POST', '/auth/logout', { token: first }))
    expect(out.status).toBe(204)
    expect(await me(first)).toBe(401)
    expect(await me(second)).toBe(200)
    expect((await server.send(request('POST', '/auth/logout', { token: first }))).status).toBe(401)
  })

  it('a disabled account cannot sign in and its sessions end; a new password ends the old sessions', async () => {
    const token = await tokenOf(await login('chau', 'test-password', '10.3.0.1'))
    await server.store.setDisabled('chau', true, new Date(now))
    expect(await me(token)).toBe(401)
    expect((await login('chau', 'test-password', '10.3.0.1')).status).toBe(401)
    await server.store.setDisabled('chau', false, new Date(now))
    const again = await tokenOf(await login('chau', 'test-password', '10.3.0.1'))
    const { hashPassword } = await import('../../server/auth/passwords')
    await server.store.setPassword('chau', await hashPassword('another-password'), new Date(now))
    expect(await me(again)).toBe(401)
    expect((await login('chau', 'another-password', '10.3.0.1')).status).toBe(200)
  })

  it('without a trusted proxy, X-Forwarded-For is ignored (a client cannot pick its own address)', async () => {
    const direct = createServerApp(server.store, { distDir: null, now: () => new Date(now), log: () => {} })
    const attempt = (username: string, password: string, from: string) =>
      direct.fetch(
        request('POST', '/auth/login', { body: { username, password }, headers: { 'X-Forwarded-For': from } }),
      )
    for (let i = 0; i < maxFailuresPerAddress; i++)
      expect((await attempt(`x${i}`, 'x', `10.9.0.${i}`)).status).toBe(401)
    expect((await attempt('ana', 'test-password', '10.9.9.9')).status).toBe(429)
    tick(failureWindowMs + MINUTE)
  })
})
