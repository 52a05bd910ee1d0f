// What the server sends besides data: the app's Content-Security-Policy and the other security headers on
// every answer, the app with a config.json that turns the mocks off, errors without internals, body limits.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../vite.config'
import { createServerApp } from '../../server/app'
import type { Store } from '../../server/store/store'
import { ORIGIN, request, serverBackend, signIn, type ServerBackend } from './harness'

const META_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ')
const INDEX = `<!doctype html><html><head><meta charset="UTF-8" />
<meta http-equiv="Content-Security-Policy" content="${META_POLICY}" /></head><body>app</body></html>`

describe('security', () => {
  let server: ServerBackend
  let dist: string
  let site: ReturnType<typeof createServerApp>

  beforeAll(async () => {
    server = await serverBackend('pglite', { months: { from: '2021-01', to: '2021-01' } })
    dist = mkdtempSync(join(tmpdir(), 'dist-'))
    writeFileSync(join(dist, 'index.html'), INDEX)
    writeFileSync(join(dist, 'config.json'), JSON.stringify({ apiBaseUrl: '/api/v1', mocks: true }))
    writeFileSync(join(dist, 'mockServiceWorker.js'), '// mock')
    writeFileSync(join(dist, 'mock-worker.js'), '// mock')
    site = createServerApp(server.store, { distDir: dist, log: () => {} })
  }, 60_000)
  afterAll(async () => {
    rmSync(dist, { recursive: true })
    await server.close()
  })

  const get = (path: string, token?: string) =>
    site.fetch(new Request(`${ORIGIN}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} }))

  it.each(['/', '/overview/deep/link', '/config.json', '/api/v1/me', '/api/v1/nowhere', '/api/v1/meta?x=1'])(
    '%s carries the CSP of vite.config.ts (frame-ancestors included) and the other headers',
    async (path) => {
      const response = await get(path)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
      expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/)
    },
  )

  it('serves the app, index.html for any page path, and a config.json with the mocks off', async () => {
    expect(await (await get('/')).text()).toContain('app')
    expect(await (await get('/some/page')).text()).toBe(INDEX)
    const config = await (await get('/config.json')).json()
    expect(config).toEqual({ apiBaseUrl: '/api/v1', mocks: false })
    expect((await get('/mockServiceWorker.js')).status).toBe(404)
    expect((await get('/mock-worker.js')).status).toBe(404)
  })

  it('an unknown API path is a problem+json 404, not the app', async () => {
    const response = await get('/api/v1/nowhere')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('a failure says only that something failed, with an id the log has too; no internals', async () => {
    const logged: Array<{ id: string; error: unknown }> = []
    const failing: Store = {
      ...server.store,
      stats: async () => {
        throw new Error('relation "stat_rows" password=hunter2 at /srv/app/server/store/sql-stats.ts:42')
      },
      statsAnswer: async () => {
        throw new Error('relation "stat_rows" password=hunter2 at /srv/app/server/store/sql-stats.ts:42')
      },
    }
    const app = createServerApp(failing, { distDir: null, log: (entry) => logged.push(entry) })
    const token = await signIn(server.send, 'lanhdao.tinh')
    const response = await app.fetch(request('GET', '/stats?unit=p87&from=2021-01&to=2021-01', { token }))
    expect(response.status).toBe(500)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    const text = await response.text()
    expect(text).not.toMatch(/hunter2|stat_rows|sql-stats|\.ts\b|at \/|\n/)
    expect(logged).toHaveLength(1)
    const body = JSON.parse(text) as { detail: string; status: number }
    expect(body.status).toBe(500)
    expect(body.detail).toContain(logged[0]!.id)
  })

  it('refuses a JSON body past its limit with 413, before reading it', async () => {
    const body = { username: 'lanhdao.tinh', password: 'x'.repeat(20_000) }
    const response = await server.send(request('POST', '/auth/login', { body }))
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
  })

  it.each([
    ['not JSON', '{"username":'],
    ['no password', { username: 'lanhdao.tinh' }],
    ['an empty username', { username: '', password: 'demo' }],
  ])('sign-in with %s → 400', async (_what, body) => {
    expect((await server.send(request('POST', '/auth/login', { body }))).status).toBe(400)
  })
})
