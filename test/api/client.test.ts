import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createApiClient } from '../../src/api/client'
import { FAULT_HEADER } from '../../mocks/faults'
import { createMockServer, TEST_BASE_URL } from '../../mocks/node'
import { failure } from './failure'

const server = createMockServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** A client signed in as `username`, optionally sending a fault spec with every request. */
async function signedIn(username: string, faults?: string, extra: Partial<Parameters<typeof createApiClient>[0]> = {}) {
  let token: string | null = null
  const fetchWithFaults: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers)
    if (faults) headers.set(FAULT_HEADER, faults)
    return fetch(input, { ...init, headers })
  }
  const api = createApiClient({ baseUrl: TEST_BASE_URL, getToken: () => token, fetch: fetchWithFaults, ...extra })
  const session = await createApiClient({ baseUrl: TEST_BASE_URL, getToken: () => null }).login({
    username,
    password: 'demo',
  })
  token = session.token
  return { api, session, setToken: (t: string | null) => (token = t) }
}

describe('auth', () => {
  it('signs in with a demo account and knows the user', async () => {
    const { api, session } = await signedIn('lanhdao.tinh')
    expect(session.user).toEqual({
      username: 'lanhdao.tinh',
      displayName: 'Nguyễn Văn An',
      role: 'province_leader',
      // the leader of the new Đồng Tháp (from 2025-07), who may set its targets
      scopeUnitId: 'p2025-82',
      canExport: false,
      canSetTargets: true,
    })
    expect(await api.me()).toEqual(session.user)
  })

  it('refuses a wrong password with a 401 problem', async () => {
    const api = createApiClient({ baseUrl: TEST_BASE_URL, getToken: () => null })
    const error = await failure(api.login({ username: 'lanhdao.tinh', password: 'nope' }))
    expect([error.kind, error.status, error.title]).toEqual(['http', 401, 'Unauthorized'])
  })

  it('answers 401 without a token and tells the app', async () => {
    const onUnauthorized = vi.fn()
    const api = createApiClient({ baseUrl: TEST_BASE_URL, getToken: () => null, onUnauthorized })
    const error = await failure(api.units())
    expect(error.isUnauthorized).toBe(true)
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })

  it('revokes the token on sign-out', async () => {
    const { api } = await signedIn('vanphong')
    await api.logout()
    expect((await failure(api.me())).status).toBe(401)
  })
})

describe('scope is enforced by the server', () => {
  it('gives the district chair only Thanh Bình and its 13 communes', async () => {
    const { api } = await signedIn('chutich.thanhbinh')
    const units = await api.units()
    expect(units[0]).toMatchObject({ id: 'd874', name: 'Huyện Thanh Bình', kind: 'district' })
    expect(units.filter((u) => u.kind === 'commune')).toHaveLength(13)
    expect((await api.meta()).rootUnitId).toBe('d874')
  })

  it.each([['p87'], ['d866'], ['c30100'], ['p87-STP']])('answers 403 for %s outside the district', async (unit) => {
    const { api } = await signedIn('chutich.thanhbinh')
    const error = await failure(api.stats({ unit, depth: 1, from: '2021-01', to: '2021-06' }))
    expect(error.isForbidden).toBe(true)
    expect(error.detail).toContain(unit)
  })

  it("keeps every endpoint's answer inside the chair's district (the client guard is convenience only)", async () => {
    const { api } = await signedIn('chutich.thanhbinh')
    const inScope = new Set((await api.units()).map((u) => u.id))
    expect(inScope.has('p87')).toBe(false)
    expect([...inScope].every((id) => id === 'd874' || id.startsWith('c301'))).toBe(true)
    for (const depth of [0, 1, 2]) {
      const rows = await api.stats({ unit: 'd874', depth, from: '2020-01', to: '2022-12' })
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.every((r) => inScope.has(r.unitId))).toBe(true)
    }
    for (const year of [2020, 2021, 2022])
      expect((await api.targets(year)).every((t) => inScope.has(t.unitId))).toBe(true)
    expect((await api.meta()).rootUnitId).toBe('d874')
    expect((await api.me()).scopeUnitId).toBe('d874')
  })

  it('answers 404 for a unit that does not exist', async () => {
    const { api } = await signedIn('lanhdao.tinh')
    expect((await failure(api.stats({ unit: 'x999', depth: 1, from: '2021-01', to: '2021-06' }))).status).toBe(404)
  })

  it('lets the country account see every province, before the reform and after', async () => {
    const { api } = await signedIn('trunguong')
    const units = await api.units()
    const count = (kind: string, validity: 'validTo' | 'validFrom') =>
      units.filter((u) => u.kind === kind && u[validity] != null).length
    expect([count('province', 'validTo'), count('commune', 'validTo')]).toEqual([63, 10_035])
    expect([count('province', 'validFrom'), count('commune', 'validFrom')]).toEqual([34, 3_321])
  })
})

describe('parameters are validated', () => {
  it.each([
    [{ unit: 'p87', depth: 3, from: '2021-01', to: '2021-06' }, 'depth'],
    [{ unit: 'p87', depth: 1, from: '2021-13', to: '2021-06' }, 'from'],
    [{ unit: 'p87', depth: 1, from: '2021-06', to: '2021-01' }, 'from'],
  ])('answers 400 naming the parameter for %j', async (query, field) => {
    const { api } = await signedIn('lanhdao.tinh')
    const error = await failure(api.stats(query))
    expect(error.status).toBe(400)
    expect(error.detail).toContain(field)
  })
})

describe('answers', () => {
  it("gives the district desk's calibrated rows through the client", async () => {
    const { api } = await signedIn('chutich.thanhbinh')
    const rows = await api.stats({ unit: 'd874', depth: 1, from: '2021-01', to: '2021-06' })
    const desk = rows.filter((r) => r.unitId === 'd874')
    expect(desk.reduce((s, r) => s + r.received, 0)).toBe(76_574)
    expect(desk.reduce((s, r) => s + r.receivedOnline, 0)).toBe(7_610)
  })

  it('gives targets, with the inherited ones carried by the scope root', async () => {
    const { api } = await signedIn('chutich.thanhbinh')
    expect(await api.targets(2021)).toEqual([
      { unitId: 'd874', year: 2021, onlineRate: 0.3, onTimeRate: 0.95, satisfactionRate: 0.9 },
    ])
    expect(await api.targets(2019)).toEqual([])
    const province = await signedIn('lanhdao.tinh')
    const targets = await province.api.targets(2021)
    expect(targets.find((t) => t.unitId === 'd866')?.onlineRate).toBe(0.4)
    expect(targets.find((t) => t.unitId === 'd869')?.onlineRate).toBe(0.25)
  })
})

describe('faults become errors that say what happened', () => {
  it.each([
    ['stats', 'rows[0].received'],
    ['units', 'units[0].kind'],
    ['meta', 'lastMonth'],
    ['targets', 'targets[0].onlineRate'],
  ] as const)('a malformed %s answer names the endpoint and the field %s', async (endpoint, field) => {
    const { api } = await signedIn('lanhdao.tinh', `${endpoint}=malformed`)
    const calls = {
      stats: () => api.stats({ unit: 'p87', depth: 1, from: '2021-01', to: '2021-01' }),
      units: () => api.units(),
      meta: () => api.meta(),
      targets: () => api.targets(2021),
    }
    const error = await failure(calls[endpoint]())
    expect([error.kind, error.endpoint, error.field]).toEqual(['malformed', endpoint, field])
    expect(error.message).toContain(endpoint)
  })

  it('a 500 counted *1 is asked once more and the call gets its answer', async () => {
    const { api } = await signedIn('lanhdao.tinh')
    server.use(...(createMockServer({ faults: 'meta=500*1' }).listHandlers() as never[]))
    expect((await api.meta()).rootUnitId).toBe('p2025-82')
  })

  it("a 500 is an http error with the problem's title", async () => {
    const { api } = await signedIn('lanhdao.tinh', 'meta=500')
    const error = await failure(api.meta())
    expect([error.kind, error.status, error.title, error.detail]).toEqual([
      'http',
      500,
      'Internal Server Error',
      'Injected fault',
    ])
  })

  it('a fault counted *1 hits once, then the endpoint recovers', async () => {
    const { api } = await signedIn('lanhdao.tinh')
    server.use(...(createMockServer({ faults: 'meta=403*1' }).listHandlers() as never[]))
    expect((await failure(api.meta())).status).toBe(403)
    expect((await api.meta()).rootUnitId).toBe('p2025-82')
  })

  it('a hang times out', async () => {
    const { api } = await signedIn('lanhdao.tinh', 'units=hang', { timeoutMs: 200 })
    const error = await failure(api.units())
    expect(error.kind).toBe('timeout')
  })

  it('an invariant-breaking row still parses (the domain reports it)', async () => {
    const { api } = await signedIn('lanhdao.tinh', 'stats=invariant')
    const [first] = await api.stats({ unit: 'p87', depth: 1, from: '2021-01', to: '2021-01' })
    expect(first!.receivedOnline).toBeGreaterThan(first!.received)
  })

  it('an injected 401 tells the app the session is over', async () => {
    const onUnauthorized = vi.fn()
    const { api } = await signedIn('lanhdao.tinh', 'units=401', { onUnauthorized })
    expect((await failure(api.units())).isUnauthorized).toBe(true)
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })
})
