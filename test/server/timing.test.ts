// SERVER_TIMING=1: where a /stats request's time went, as a Server-Timing header (the bench sums them); off, none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LAST_MONTH } from '../../mocks/generator'
import { request, serverBackend, signIn, type ServerBackend } from './harness'

const parts = (header: string | null) =>
  new Map(
    (header ?? '')
      .split(',')
      .map((item) => /^\s*(\w+);dur=([\d.]+)$/.exec(item))
      .filter((match) => match !== null)
      .map((match) => [match[1]!, Number(match[2])]),
  )

describe('Server-Timing', () => {
  let timed: ServerBackend
  let plain: ServerBackend
  beforeAll(async () => {
    const months = { months: { from: LAST_MONTH, to: LAST_MONTH } }
    ;[timed, plain] = await Promise.all([
      serverBackend('pglite', months, { serverTiming: true }),
      serverBackend('pglite', months),
    ])
  }, 60_000)
  afterAll(async () => {
    await timed.close()
    await plain.close()
  })

  const path = `/stats?unit=VN&depth=0&from=${LAST_MONTH}&to=${LAST_MONTH}`

  it('names the parts of a /stats answer made, then of one kept, each within the total', async () => {
    const token = await signIn(timed.send, 'lanhdao.tinh')
    const unit = (await (await timed.send(request('GET', '/me', { token }))).json()) as { scopeUnitId: string }
    const ask = () => timed.send(request('GET', path.replace('VN', unit.scopeUnitId), { token }))
    const made = parts((await ask()).headers.get('server-timing'))
    expect([...made.keys()]).toEqual(['auth', 'check', 'db', 'total'])
    const kept = parts((await ask()).headers.get('server-timing'))
    expect([...kept.keys()]).toEqual(['auth', 'check', 'hit', 'total'])
    for (const timing of [made, kept]) {
      const sum = [...timing].filter(([name]) => name !== 'total').reduce((total, [, ms]) => total + ms, 0)
      expect(sum).toBeLessThanOrEqual(timing.get('total')! + 0.5) // rounding to 0.1 ms each
    }
  })

  it('is not sent unless asked for', async () => {
    const token = await signIn(plain.send, 'lanhdao.tinh')
    const response = await plain.send(request('GET', '/me', { token }))
    expect(response.status).toBe(200)
    expect(response.headers.has('server-timing')).toBe(false)
    const timedResponse = await timed.send(request('GET', '/me', { token: await signIn(timed.send, 'lanhdao.tinh') }))
    expect(timedResponse.headers.has('server-timing')).toBe(true)
  })
})
