// A district chair reads and writes nothing outside the district, through any endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import type { Unit } from '../../src/api/contract'
import { isWithin } from '../../src/domain/units'
import { loadDataset } from '../../mocks/datasets'
import { LAST_OLD_MONTH, REFORM_MONTH, type Dataset } from '../../mocks/units'
import { rowsOf } from '../../server/db/open'
import { addTestAccount, DATABASES, getJson, request, serverBackend, signIn, type ServerBackend } from './harness'

const CHAIR = 'chutich.thanhbinh'
const DISTRICT = 'd874'
// The last month of the old structure and the first of the new: the district and its communes have rows.
const months = { from: LAST_OLD_MONTH, to: REFORM_MONTH }
const year = Number(LAST_OLD_MONTH.slice(0, 4))
const LAST_MONTH = LAST_OLD_MONTH

describe.each(DATABASES)('scope on %s', (kind) => {
  let server: ServerBackend
  let dataset: Dataset
  let chair: string
  let writer: string
  const inside = (id: string) => isWithin(dataset.tree, id, DISTRICT)

  beforeAll(async () => {
    server = await serverBackend(kind, { months })
    dataset = await loadDataset('demo')
    chair = await signIn(server.send, CHAIR)
    await addTestAccount(server.store, {
      username: 'chair.writer',
      scopeUnitId: DISTRICT,
      canSetTargets: true,
      canImport: true,
    })
    writer = await signIn(server.send, 'chair.writer', 'test-password')
  }, 60_000)
  afterAll(() => server.close())

  it('/units and /meta: the district and what lies below it, nothing else', async () => {
    const [, { units }] = await getJson<{ units: Unit[] }>(server.send, '/units', chair)
    expect(units.length).toBeGreaterThan(5)
    expect(units.filter((u) => !inside(u.id))).toEqual([])
    const expected = dataset.units.filter((u) => inside(u.id)).map((u) => u.id)
    expect(units.map((u) => u.id).sort()).toEqual(expected.sort())
    const [, meta] = await getJson<{ rootUnitId: string }>(server.send, '/meta', chair)
    expect(meta.rootUnitId).toBe(DISTRICT)
  })

  it('/stats: a unit a wider scope was let see stays refused to the district, asked again and again', async () => {
    // Scope checks are kept per data version: per scope too, or the province's pass would let the chair in.
    const leader = await signIn(server.send, 'lanhdao.tinh')
    const outside = dataset.units.find((u) => !inside(u.id) && isWithin(dataset.tree, u.id, dataset.rootId))!
    const path = `/stats?unit=${outside.id}&depth=0&from=${months.from}&to=${months.to}`
    for (let round = 0; round < 2; round++) {
      expect((await getJson(server.send, path, leader))[0]).toBe(200)
      expect((await getJson(server.send, path, chair))[0]).toBe(403)
    }
  })

  it('/stats: 403 for every unit of the dataset outside the district, 200 inside', async () => {
    for (const unit of dataset.units) {
      // every unit at depth 0; those with units below them at depth 2 as well
      for (const depth of dataset.tree.childrenOf.has(unit.id) ? [0, 2] : [0]) {
        const path = `/stats?unit=${unit.id}&depth=${depth}&from=${months.from}&to=${months.to}`
        const [status, body] = await getJson<{ rows?: Array<{ unitId: string }> }>(server.send, path, chair)
        expect(status, unit.id).toBe(inside(unit.id) ? 200 : 403)
        for (const row of body.rows ?? []) expect(inside(row.unitId)).toBe(true)
      }
    }
  }, 120_000)

  it('/stats of the store itself returns nothing outside the scope, even when asked directly', async () => {
    const rows = await server.store.stats(DISTRICT, {
      unitId: dataset.rootId,
      depth: 2,
      grain: 'month',
      ...months,
    })
    expect(rows).toEqual([])
  })

  it('/targets: only the district and below', async () => {
    const [, { targets }] = await getJson<{ targets: Array<{ unitId: string }> }>(
      server.send,
      `/targets?year=${year}`,
      chair,
    )
    for (const target of targets) expect(inside(target.unitId), target.unitId).toBe(true)
  })

  it('PUT /targets: 403 for every unit outside, and nothing written', async () => {
    const before = rowsOf(await server.database.db.execute(sql`SELECT * FROM targets ORDER BY unit_id, year`))
    const outside = dataset.units.filter((u) => !inside(u.id))
    expect(outside.length).toBeGreaterThan(10)
    for (const unit of outside) {
      const body = { unitId: unit.id, year, onlineRate: 0.99 }
      const response = await server.send(request('PUT', '/targets', { token: writer, body }))
      expect(response.status, unit.id).toBe(403)
    }
    const after = rowsOf(await server.database.db.execute(sql`SELECT * FROM targets ORDER BY unit_id, year`))
    expect(after).toEqual(before)
    const inScope = await server.send(
      request('PUT', '/targets', { token: writer, body: { unitId: DISTRICT, year, onlineRate: 0.5 } }),
    )
    expect(inScope.status).toBe(200)
    const [history] = rowsOf<{ n: number }>(
      await server.database.db.execute(sql`SELECT count(*)::int AS n FROM target_history WHERE unit_id <> ${DISTRICT}`),
    )
    expect(Number(history!.n)).toBe(0)
  })

  it('imports: the history shows only imports within the district, and one outside cannot be reverted', async () => {
    // old communes (rows in LAST_OLD_MONTH), one in the district and one outside it
    const commune = (inDistrict: boolean) =>
      dataset.units.find((u) => u.kind === 'commune' && u.validTo === LAST_OLD_MONTH && inside(u.id) === inDistrict)!
    const report = (by: string) => ({
      fileName: 'x.csv',
      format: 'template',
      periods: [LAST_MONTH],
      rows: 1,
      accepted: 1,
      rejected: [],
      by,
    })
    const row = (unitId: string) => ({
      unitId,
      grain: 'month' as const,
      period: LAST_MONTH,
      month: LAST_MONTH,
      received: 5,
    })
    const mine = await server.store.applyImport([row(commune(true).id)], report('chair.writer'))
    const theirs = await server.store.applyImport([row(commune(false).id)], report('lanhdao.tinh'))
    const [, { imports }] = await getJson<{ imports: Array<{ id: string }> }>(server.send, '/imports', writer)
    expect(imports.map((i) => i.id)).toEqual([mine.id])
    const revert = await server.send(request('POST', `/imports/${theirs.id}/revert`, { token: writer }))
    expect(revert.status).toBe(404)
    const [, theirsNow] = await getJson<{ rows: Array<{ received: number }> }>(
      server.send,
      `/stats?unit=${commune(false).id}&depth=0&from=${LAST_MONTH}&to=${LAST_MONTH}`,
      await signIn(server.send, 'lanhdao.tinh'),
    )
    expect(theirsNow.rows[0]?.received).toBe(5)
  })
})
