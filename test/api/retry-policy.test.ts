import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import { ApiError, type ApiErrorKind } from '../../src/api/errors'
import { isWorthRetrying } from '../../src/api/retry-policy'
import { failure } from './failure'

const USER = {
  username: 'lanhdao.tinh',
  displayName: 'Nguyễn Văn An',
  role: 'province_leader',
  scopeUnitId: 'p87',
  canExport: false,
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
const problem = (status: number) => json({ title: 'Injected', status }, status)
/** A request that is never answered: it ends only when its signal aborts. */
const HANG = 'hang'
const NETWORK = 'network'

type Step = Response | typeof HANG | typeof NETWORK

/** A client whose fetch answers each call with the next step; `calls` counts them. */
function scripted(steps: Step[], timeoutMs = 15_000) {
  const calls = { count: 0 }
  const fetch: typeof globalThis.fetch = (_input, init) => {
    const step = steps[calls.count++] ?? json(USER)
    if (step === NETWORK) return Promise.reject(new TypeError('Failed to fetch'))
    if (step === HANG) {
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
      )
    }
    return Promise.resolve(step)
  }
  const api = createApiClient({ baseUrl: 'http://api.test/v1', getToken: () => 't', fetch, timeoutMs })
  return { api, calls }
}

const error = (kind: ApiErrorKind, status: number | null = null) =>
  new ApiError({ kind, endpoint: 'stats', status, title: 't' })

describe('which failures are worth asking again', () => {
  it.each([
    ['a network error', error('network'), true],
    ['a 500', error('http', 500), true],
    ['a 503', error('http', 503), true],
    ['a 400', error('http', 400), false],
    ['a 401', error('http', 401), false],
    ['a 403', error('http', 403), false],
    ['a 404', error('http', 404), false],
    ['a malformed answer', error('malformed', 200), false],
    ['a timeout', error('timeout'), false],
    ['a cancel', new DOMException('Aborted', 'AbortError'), false],
  ] as const)('%s after the first attempt: %s', (_name, failed, expected) => {
    expect(isWorthRetrying(failed, 1)).toBe(expected)
  })

  it('nothing after the second attempt: one retry at most', () => {
    expect(isWorthRetrying(error('network'), 2)).toBe(false)
    expect(isWorthRetrying(error('http', 500), 2)).toBe(false)
  })
})

describe('the client asks at most twice, within one deadline', () => {
  it('a 500 then an answer: the call gets the answer, in two requests', async () => {
    const { api, calls } = scripted([problem(500)])
    expect(await api.me()).toEqual(USER)
    expect(calls.count).toBe(2)
  })

  it('a network error then an answer: the call gets the answer, in two requests', async () => {
    const { api, calls } = scripted([NETWORK])
    expect(await api.me()).toEqual(USER)
    expect(calls.count).toBe(2)
  })

  it('two 500s: the call fails with the 500 after two requests, not three', async () => {
    const { api, calls } = scripted([problem(500), problem(500), problem(500)])
    expect((await failure(api.me())).status).toBe(500)
    expect(calls.count).toBe(2)
  })

  it.each([
    ['a 403', problem(403)],
    ['a 404', problem(404)],
    ['a malformed answer', json({ ...USER, role: 'mayor' })],
  ])('%s is asked once only', async (_name, answer) => {
    const { api, calls } = scripted([answer])
    await failure(api.me())
    expect(calls.count).toBe(1)
  })

  it('a sign-in (POST) that meets a 500 is not sent again', async () => {
    const { api, calls } = scripted([problem(500)])
    await failure(api.login({ username: 'x', password: 'y' }))
    expect(calls.count).toBe(1)
  })

  it('a hung request times out at the deadline and is not asked again', async () => {
    const { api, calls } = scripted([HANG, HANG], 300)
    const started = Date.now()
    expect((await failure(api.me())).kind).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(calls.count).toBe(1)
  })

  it('a 500 then a hang: the retry gets what is left of the deadline, not a deadline of its own', async () => {
    const { api, calls } = scripted([problem(500), HANG], 3_200)
    const started = Date.now()
    expect((await failure(api.me())).kind).toBe('timeout')
    const elapsed = Date.now() - started
    expect(calls.count).toBe(2)
    expect(elapsed).toBeGreaterThanOrEqual(3_000)
    expect(elapsed).toBeLessThan(3_700)
  })

  it('no retry when too little of the deadline is left for it', async () => {
    const { api, calls } = scripted([problem(500)], 2_500)
    expect((await failure(api.me())).status).toBe(500)
    expect(calls.count).toBe(1)
  })

  it('a call let go during the pause before its retry sends nothing more', async () => {
    const { api, calls } = scripted([problem(500)])
    const controller = new AbortController()
    const call = api.me(controller.signal)
    setTimeout(() => controller.abort(), 100)
    await expect(call).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    expect(calls.count).toBe(1)
  })
})
