// The mock API through the reform (CONTRACT.md "Units over time"): /units with validity and lineage, scope through
// the lineage, /stats only within a unit's months, /meta and /targets, for the accounts of MOCK-DATA.md.
import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { LineageLinkSchema, UnitSchema, type LineageLink, type StatRow, type Unit } from '../../src/api/contract'
import { demoAccountList } from '../../mocks/accounts'
import { createHandlers } from '../../mocks/handlers'
import { jsonBodyOf } from '../../mocks/json-bytes'

const BASE = 'http://mock.test/api/v1'
const handlers = { demo: createHandlers({ baseUrl: BASE, dataset: 'demo' }) }

async function call(
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> & { token?: string } }> {
  const request = new Request(`${BASE}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  })
  const response = (await getResponse(handlers.demo, request))!
  return { status: response.status, json: response.status === 204 ? null : await response.json() }
}

async function signIn(username: string): Promise<string> {
  const { json } = await call('/auth/login', undefined, { username, password: 'demo' })
  return json.token!
}

async function unitsOf(username: string): Promise<{ units: Unit[]; lineage: LineageLink[] }> {
  const { status, json } = await call('/units', await signIn(username))
  expect(status).toBe(200)
  const answer = json as { units: Unit[]; lineage: LineageLink[] }
  for (const unit of answer.units) expect(UnitSchema.safeParse(unit).success).toBe(true)
  for (const link of answer.lineage) expect(LineageLinkSchema.safeParse(link).success).toBe(true)
  return answer
}

const statsOf = async (username: string, query: string) => {
  const { status, json } = await call(`/stats?${query}`, await signIn(username))
  return { status, rows: (json.rows ?? []) as StatRow[] }
}

type Targets = Array<Record<string, unknown>>
const targetsOf = async (token: string, year: number) =>
  (await call(`/targets?year=${year}`, token)).json.targets as Targets

describe('/units through the reform', () => {
  it('the new province’s leader sees it and old Đồng Tháp and Tiền Giang, their subtrees and the links', async () => {
    const { units, lineage } = await unitsOf('lanhdao.tinh')
    const ids = new Set(units.map((u) => u.id))
    for (const id of ['p2025-82', 'c2025-30154', 'p87', 'p82', 'd874', 'c30133', 'c29995', 'p82-STP'])
      expect(ids.has(id)).toBe(true)
    expect(units.filter((u) => u.parentId === null).map((u) => u.id)).toEqual(['p2025-82', 'p87', 'p82'])
    expect(units.find((u) => u.id === 'p87')).toMatchObject({ validTo: '2025-06' })
    expect(units.find((u) => u.id === 'p2025-82')).toMatchObject({ validFrom: '2025-07' })
    // parents before children
    const seen = new Set<string>()
    for (const unit of units) {
      if (unit.parentId !== null) expect(seen.has(unit.parentId), unit.id).toBe(true)
      seen.add(unit.id)
    }
    expect(
      lineage
        .filter((l) => l.to === 'p2025-82')
        .map((l) => l.from)
        .sort(),
    ).toEqual(['p82', 'p87'])
    expect(lineage.filter((l) => l.to === 'c2025-30154')).toHaveLength(6)
  })

  it('the commune chair of Tân Long sees it and every unit that flowed into it, whole or part', async () => {
    const { units, lineage } = await unitsOf('chutich.tanlong')
    expect(units.map((u) => u.id).sort()).toEqual(
      ['c2025-30154', 'c29995', 'c30133', 'c30136', 'c30151', 'c30154', 'c30166'].sort(),
    )
    expect(lineage.filter((l) => l.share === 'part')).toEqual([
      { from: 'c29995', to: 'c2025-30154', month: '2025-07', share: 'part' },
    ])
  })

  it('the chair of old Thanh Bình sees that district’s subtree only, and no lineage', async () => {
    const { units, lineage } = await unitsOf('chutich.thanhbinh')
    expect(units).toHaveLength(14)
    expect(units.every((u) => u.validTo === '2025-06')).toBe(true)
    expect(lineage).toEqual([])
  })
})

describe('/stats within a unit’s months and its scope', () => {
  it('an old unit answers to 2025-06 only; outside its months the answer is empty', async () => {
    const { rows } = await statsOf('chutich.thanhbinh', 'unit=d874&depth=1&from=2025-01&to=2025-12')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.month <= '2025-06')).toBe(true)
    const after = await statsOf('chutich.thanhbinh', 'unit=d874&depth=1&from=2025-07&to=2026-11')
    expect(after).toEqual({ status: 200, rows: [] })
  })

  it('the commune chair may read its part predecessor, not a neighbour nor the old district', async () => {
    expect((await statsOf('chutich.tanlong', 'unit=c29995&depth=0&from=2025-01&to=2025-06')).status).toBe(200)
    expect((await statsOf('chutich.tanlong', 'unit=c30139&depth=0&from=2025-01&to=2025-06')).status).toBe(403)
    expect((await statsOf('chutich.tanlong', 'unit=d874&depth=0&from=2025-01&to=2025-06')).status).toBe(403)
    expect((await statsOf('chutich.thanhbinh', 'unit=c2025-30154&depth=0&from=2025-07&to=2025-07')).status).toBe(403)
  })

  it('the new province at depth 1 answers its departments and communes from 2025-07', async () => {
    const { rows } = await statsOf('lanhdao.tinh', 'unit=p2025-82&depth=1&from=2025-05&to=2025-08')
    expect([...new Set(rows.map((r) => r.month))]).toEqual(['2025-07', '2025-08'])
    expect(rows.filter((r) => r.month === '2025-07')).toHaveLength(19 + 102)
  })
})

describe('/meta, /targets and the sign-in list', () => {
  it('data to 2026-11; the caller’s root', async () => {
    const { json } = await call('/meta', await signIn('chutich.tanlong'))
    expect(json).toMatchObject({ firstMonth: '2020-01', lastMonth: '2026-11', rootUnitId: 'c2025-30154' })
  })

  it('targets by year: 2022 on the old provinces, 2026 on the new (QĐ 1565), inherited by a commune', async () => {
    const leader = await signIn('lanhdao.tinh')
    const y2022 = await targetsOf(leader, 2022)
    expect(y2022.filter((t) => t.onlineRate === 0.5).map((t) => t.unitId)).toEqual(['p87', 'p82'])
    expect(y2022.find((t) => t.unitId === 'd866')).toMatchObject({ onlineRate: 0.6 })
    const y2026 = await targetsOf(leader, 2026)
    expect(y2026).toEqual([
      expect.objectContaining({ unitId: 'p2025-82', onlineRate: 0.85, fullOnlineRate: 0.4, digitizationRate: 0.8 }),
    ])
    const commune = await targetsOf(await signIn('chutich.tanlong'), 2025)
    expect(commune).toEqual([
      expect.objectContaining({ unitId: 'c2025-30154', onlineRate: 0.8, fullOnlineRate: 0.3, onlinePaymentRate: 0.5 }),
    ])
  })

  it('lists every account with its scope kind, a commune chair among them', () => {
    const kinds = Object.fromEntries(demoAccountList().map((a) => [a.username, [a.role, a.scopeKind]]))
    expect(kinds).toEqual({
      'lanhdao.tinh': ['province_leader', 'province'],
      'chutich.thanhbinh': ['district_chair', 'district'],
      vanphong: ['staff', 'province'],
      trunguong: ['province_leader', 'country'],
      'chutich.tanlong': ['commune_chair', 'commune'],
      nhaplieu: ['staff', 'province'],
    })
  })
})

describe('a JSON answer’s body for a server that sends it itself (mock:serve)', () => {
  it('is the value answered and the response’s bytes, for a large answer and a small one', async () => {
    const token = await signIn('lanhdao.tinh')
    for (const path of ['/stats?unit=p2025-82&depth=2&from=2025-07&to=2026-06', '/me']) {
      const request = new Request(`${BASE}${path}`, { headers: { Authorization: `Bearer ${token}` } })
      const response = (await getResponse(handlers.demo, request))!
      const made = jsonBodyOf(response)
      expect(made).toBeDefined()
      const read = new Uint8Array(await response.arrayBuffer())
      expect(read.length).toBeGreaterThan(0)
      expect(Buffer.from(made!.bytes()).equals(Buffer.from(read))).toBe(true)
      expect(made!.value).toEqual(JSON.parse(Buffer.from(read).toString('utf8')))
    }
  })
})
