import { spawn, type ChildProcess } from 'node:child_process'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getResponse } from 'msw'
import { LoginResponseSchema, StatsResponseSchema } from '../../src/api/contract'
import { createApiClient } from '../../src/api/client'
import { FAULT_HEADER } from '../../mocks/faults'
import { createHandlers } from '../../mocks/handlers'
import { bieu06Cells, bieu06Title } from '../domain/imports/bieu06-sheet'
import { cellsToXlsx } from '../domain/imports/bieu06-xlsx'

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

async function signInAs(username: string): Promise<string> {
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  })
  return LoginResponseSchema.parse(await login.json()).token
}

/** A GET as sent, not decoded: node:http leaves the body as the server wrote it. */
function raw(url: string, token: string, encoding: string | null, more: Record<string, string> = {}) {
  return new Promise<{ status: number; encoding: string | undefined; length: string | undefined; body: Buffer }>(
    (resolve, reject) => {
      const headers: Record<string, string> = { Authorization: `Bearer ${token}`, ...more }
      if (encoding) headers['Accept-Encoding'] = encoding
      request(url, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            encoding: response.headers['content-encoding'],
            length: response.headers['content-length'],
            body: Buffer.concat(chunks),
          }),
        )
      })
        .on('error', reject)
        .end()
    },
  )
}

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

  it('answers as the MSW mock does, across the reform, for the accounts of both structures', async () => {
    const handlers = createHandlers({ baseUrl: base, dataset: 'demo' })
    const both = async (path: string, username: string) => {
      const body = JSON.stringify({ username, password: 'demo' })
      const headers = { 'Content-Type': 'application/json' }
      const login = await fetch(`${base}/auth/login`, { method: 'POST', headers, body })
      const { token } = LoginResponseSchema.parse(await login.json())
      const auth = { Authorization: `Bearer ${token}` }
      const overHttp = await fetch(`${base}${path}`, { headers: auth })
      const inMsw = (await getResponse(handlers, new Request(`${base}${path}`, { headers: auth })))!
      expect(overHttp.status).toBe(inMsw.status)
      return [await overHttp.json(), await inMsw.json()] as const
    }
    for (const [path, username] of [
      ['/units', 'lanhdao.tinh'],
      ['/units', 'chutich.tanlong'],
      ['/meta', 'chutich.tanlong'],
      ['/targets?year=2026', 'lanhdao.tinh'],
      ['/stats?unit=p2025-82&depth=1&from=2025-01&to=2025-12', 'lanhdao.tinh'],
      ['/stats?unit=c2025-30154&depth=0&from=2025-06&to=2025-08', 'chutich.tanlong'],
      ['/stats?unit=d874&depth=1&from=2025-05&to=2025-08', 'chutich.thanhbinh'],
    ] as const) {
      const [overHttp, inMsw] = await both(path, username)
      expect(overHttp, `${username} ${path}`).toEqual(inMsw)
    }
  })

  it('answers in brotli when the client accepts it, the same rows as uncompressed', async () => {
    const token = await signInAs('lanhdao.tinh')
    const path = `${base}/stats?unit=p87&depth=2&from=2023-01&to=2023-06`
    const br = await raw(path, token, 'gzip, deflate, br')
    const plain = await raw(path, token, null)
    expect(br.encoding).toBe('br')
    expect(br.body.length).toBeLessThan(plain.body.length / 4)
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
    const gzip = await raw(path, token, 'gzip')
    expect(gzip.encoding).toBe('gzip')
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true)
  })

  it('answers a repeated request with the very same bytes as the first and as the MSW mock', async () => {
    const token = await signInAs('lanhdao.tinh')
    const path = `${base}/stats?unit=p2025-82&depth=2&from=2025-09&to=2026-02`
    const first = await raw(path, token, null)
    const again = await raw(path, token, 'gzip')
    expect(gunzipSync(again.body).equals(first.body)).toBe(true)
    const handlers = createHandlers({ baseUrl: base, dataset: 'demo' })
    const inMsw = await getResponse(handlers, new Request(path, { headers: { Authorization: `Bearer ${token}` } }))
    expect(Buffer.from(await inMsw!.arrayBuffer()).equals(first.body)).toBe(true)
  })

  it('answers a monthly /stats of the last 12 months from its kept pieces, the same bytes as MSW', async () => {
    const token = await signInAs('lanhdao.tinh')
    const handlers = createHandlers({ baseUrl: base, dataset: 'demo' })
    for (const query of [
      'unit=p2025-82&depth=2&from=2025-12&to=2026-11',
      'unit=p2025-82&depth=1&from=2026-02&to=2026-05',
    ]) {
      const path = `${base}/stats?${query}`
      const inMsw = await getResponse(handlers, new Request(path, { headers: { Authorization: `Bearer ${token}` } }))
      const expected = Buffer.from(await inMsw!.arrayBuffer())
      // gzip first: made from the pieces; of fewer than the 12 months, each unit's first row stored as it is (a
      // compressor would not leave it)
      const gzip = await raw(path, token, 'gzip, deflate')
      expect(gzip.encoding).toBe('gzip')
      expect(gzip.length).toBe(String(gzip.body.length))
      expect(gunzipSync(gzip.body).equals(expected)).toBe(true)
      const first = StatsResponseSchema.parse(JSON.parse(expected.toString('utf8'))).rows[0]!
      expect(gzip.body.includes(JSON.stringify(first))).toBe(!query.includes('from=2025-12'))
      // then kept: the same bytes uncompressed and in brotli
      const plain = await raw(path, token, null)
      expect(plain.encoding).toBeUndefined()
      expect(plain.length).toBe(String(expected.length))
      expect(plain.body.equals(expected)).toBe(true)
      const br = await raw(path, token, 'br')
      expect(brotliDecompressSync(br.body).equals(expected)).toBe(true)
    }
  })

  it('a fault that changes a monthly answer’s rows is answered, not the kept pieces', async () => {
    const token = await signInAs('lanhdao.tinh')
    const path = `${base}/stats?unit=p2025-82&depth=1&from=2025-12&to=2026-11`
    const faulted = { [FAULT_HEADER]: 'stats=duplicate' }
    const handlers = createHandlers({ baseUrl: base, dataset: 'demo' })
    const inMsw = await getResponse(
      handlers,
      new Request(path, { headers: { Authorization: `Bearer ${token}`, ...faulted } }),
    )
    const expected = Buffer.from(await inMsw!.arrayBuffer())
    const gzip = await raw(path, token, 'gzip', faulted)
    expect(gzip.encoding).toBe('gzip')
    expect(gunzipSync(gzip.body).equals(expected)).toBe(true)
    const rows = StatsResponseSchema.parse(JSON.parse(expected.toString('utf8'))).rows
    const plain = StatsResponseSchema.parse(JSON.parse(gunzipSync((await raw(path, token, 'gzip')).body).toString()))
    expect(rows.length).toBe(2 * plain.rows.length)
  })

  it('a signed-out token is refused even for an answer kept from before', async () => {
    const token = await signInAs('lanhdao.tinh')
    const path = `${base}/stats?unit=p87&depth=1&from=2024-01&to=2024-03`
    expect((await raw(path, token, 'gzip')).status).toBe(200)
    await fetch(`${base}/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
    expect((await raw(path, token, 'gzip')).status).toBe(401)
  })

  it('an import changes a kept answer at once, and its revert restores it', async () => {
    let token: string | null = null
    const api = createApiClient({ baseUrl: base, getToken: () => token })
    token = (await api.login({ username: 'nhaplieu', password: 'demo' })).token
    const month = '2022-10'
    const districtRow = async () => (await api.stats({ unit: 'd874', depth: 0, from: month, to: month }))[0]!
    const before = await districtRow()
    expect(await districtRow()).toEqual(before) // now kept
    const communes = await api.stats({ unit: 'd874', depth: 1, from: month, to: month })
    const generated = communes.find((row) => row.unitId === 'c30133')!
    const line = { name: 'Xã Tân Quới', online: 412, direct: 88, carried: 7, early: 150, onTime: 300, late: 9 }
    const sheet = await cellsToXlsx(
      bieu06Cells([{ ...line, within: 40, overdue: 6 }], bieu06Title(month), 'Huyện Thanh Bình'),
    )
    const report = await api.importFile(new Blob([sheet as BlobPart]), 'bieu06.xlsx', { dryRun: false })
    // The sheet's 412 online and 88 at the desk replace the generated row in the district's total.
    expect((await districtRow()).received).toBe(before.received - generated.received + 500)
    await api.revertImport(report.id!)
    expect(await districtRow()).toEqual(before)
  })

  it('serves the OpenAPI document', async () => {
    const document = await (await fetch(`${base}/openapi.json`)).json()
    expect(document.openapi).toBe('3.1.0')
  })
})
