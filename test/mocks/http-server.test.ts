import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LoginResponseSchema, StatsResponseSchema } from '../../src/api/contract'

let child: ChildProcess
let base = ''

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

beforeAll(async () => {
  const port = await freePort()
  base = `http://127.0.0.1:${port}/api/v1`
  child = spawn(process.execPath, ['--import', 'tsx', 'mocks/http-server.ts', '--port', String(port)], {
    stdio: 'pipe',
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Mock API')) resolve()
    })
    child.on('exit', (code) => reject(new Error(`mock:serve exited with ${code}`)))
  })
}, 30_000)

afterAll(() => {
  child?.kill()
})

describe('npm run mock:serve', () => {
  it('answers the contract over plain HTTP and reproduces the calibration figures', async () => {
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'chutich.thanhbinh', password: 'demo' }),
    })
    const { token } = LoginResponseSchema.parse(await login.json())
    const response = await fetch(`${base}/stats?unit=d874&depth=1&from=2021-01&to=2021-06`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const { rows } = StatsResponseSchema.parse(await response.json())
    const desk = rows.filter((r) => r.unitId === 'd874')
    expect(desk.reduce((s, r) => s + r.received, 0)).toBe(76_574)
    expect(desk.reduce((s, r) => s + (r.receivedOnline ?? 0), 0)).toBe(7_610)
    const tanQuoi = rows.filter((r) => r.unitId === 'c30133')
    expect(tanQuoi.reduce((s, r) => s + (r.receivedOnline ?? 0), 0)).toBe(5_190)
  })

  it('answers problem+json for an unknown path and without a token', async () => {
    const unknown = await fetch(`${base}/nope`)
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toContain('application/problem+json')
    const anonymous = await fetch(`${base}/units`)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toMatchObject({ status: 401, title: 'Unauthorized' })
  })

  it('compresses large answers for clients that accept gzip, not for others', async () => {
    const { request } = await import('node:http')
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'lanhdao.tinh', password: 'demo' }),
    })
    const { token } = LoginResponseSchema.parse(await login.json())
    const raw = (encoding: string | null) =>
      new Promise<{ encoding: string | undefined; bytes: number }>((resolve, reject) => {
        const headers: Record<string, string> = { Authorization: `Bearer ${token}` }
        if (encoding) headers['Accept-Encoding'] = encoding
        request(`${base}/stats?unit=p87&depth=2&from=2022-01&to=2022-12`, { headers }, (response) => {
          let bytes = 0
          response.on('data', (chunk: Buffer) => {
            bytes += chunk.length
          })
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], bytes }))
        })
          .on('error', reject)
          .end()
      })
    const plain = await raw(null)
    const zipped = await raw('gzip, deflate')
    expect(plain.encoding).toBeUndefined()
    expect(zipped.encoding).toBe('gzip')
    expect(zipped.bytes).toBeLessThan(plain.bytes / 4)
    // fetch decompresses transparently: the same rows either way.
    const response = await fetch(`${base}/stats?unit=p87&depth=2&from=2022-01&to=2022-12`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    expect(StatsResponseSchema.parse(await response.json()).rows.length).toBeGreaterThan(1000)
  })

  it('serves the OpenAPI document', async () => {
    const document = await (await fetch(`${base}/openapi.json`)).json()
    expect(document.openapi).toBe('3.1.0')
  })
})
