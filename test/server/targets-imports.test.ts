// Writes: targets set with inheritance intact and a trail old → new; imports atomic and reverted exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { loadDataset } from '../../mocks/datasets'
import { LAST_MONTH } from '../../mocks/generator'
import { rowsOf } from '../../server/db/open'
import type { OwnRow } from '../../server/store/store'
import { addTestAccount, DATABASES, getJson, request, serverBackend, signIn, type ServerBackend } from './harness'

const year = Number(LAST_MONTH.slice(0, 4))
type T = { unitId: string; onlineRate?: number; setBy?: string }

describe.each(DATABASES)('writes on %s', (kind) => {
  let server: ServerBackend
  let setter: string
  let district: string
  let province: string

  beforeAll(async () => {
    server = await serverBackend(kind, { months: { from: `${year}-01`, to: LAST_MONTH } })
    const dataset = await loadDataset('demo')
    province = dataset.rootId
    // A unit of the current structure (with rows in the seeded months) under the dataset's root: Xã Tân Long.
    district = 'c2025-30154'
    expect(dataset.tree.byId.get(district)?.parentId).toBe(province)
    await addTestAccount(server.store, { username: 'setter', scopeUnitId: province, canSetTargets: true })
    await addTestAccount(server.store, { username: 'viewer', scopeUnitId: district })
    setter = await signIn(server.send, 'setter', 'test-password')
  }, 60_000)
  afterAll(() => server.close())

  const put = (body: unknown, token = setter) => server.send(request('PUT', '/targets', { token, body }))
  const viewerRoot = async () => {
    const token = await signIn(server.send, 'viewer', 'test-password')
    const [, { targets }] = await getJson<{ targets: T[] }>(server.send, `/targets?year=${year}`, token)
    return targets.find((t) => t.unitId === district)
  }

  it("sets a unit's own value, which its people then see; null gives the inherited value back", async () => {
    const inherited = (await viewerRoot())?.onlineRate
    const response = await put({ unitId: district, year, onlineRate: 0.42 })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ unitId: district, year, onlineRate: 0.42, setBy: 'setter' })
    expect((await viewerRoot())?.onlineRate).toBe(0.42)
    const [, { targets }] = await getJson<{ targets: T[] }>(server.send, `/targets?year=${year}`, setter)
    expect(targets.find((t) => t.unitId === district)).toMatchObject({ onlineRate: 0.42, setBy: 'setter' })
    expect((await put({ unitId: district, year, onlineRate: null })).status).toBe(200)
    expect((await viewerRoot())?.onlineRate).toBe(inherited)
    const history = rowsOf<{ metric: string; old_value: number | null; new_value: number | null; changed_by: string }>(
      await server.database.db.execute(
        sql`SELECT metric, old_value, new_value, changed_by FROM target_history
          WHERE unit_id = ${district} ORDER BY id`,
      ),
    )
    expect(history).toEqual([
      { metric: 'onlineRate', old_value: null, new_value: 0.42, changed_by: 'setter' },
      { metric: 'onlineRate', old_value: 0.42, new_value: null, changed_by: 'setter' },
    ])
    const audit = rowsOf<{ action: string }>(
      await server.database.db.execute(sql`SELECT action FROM audit WHERE action = 'target.set'`),
    )
    expect(audit).toHaveLength(2)
  })

  it.each([
    ['a rate above 1', { onlineRate: 1.5 }, 400],
    ['a negative rate', { onTimeRate: -0.1 }, 400],
    ['a year without data', { year: 1999, onlineRate: 0.5 }, 400],
    ['an unknown metric', { speed: 0.5 }, 400],
    ['an unknown unit', { unitId: 'p00', onlineRate: 0.5 }, 404],
  ])('%s → %i, and nothing written', async (_what, change, status) => {
    const before = rowsOf(await server.database.db.execute(sql`SELECT count(*)::int AS n FROM target_history`))
    expect((await put({ unitId: district, year, ...change })).status).toBe(status)
    const after = rowsOf(await server.database.db.execute(sql`SELECT count(*)::int AS n FROM target_history`))
    expect(after).toEqual(before)
  })

  it('403 for a user without canSetTargets, even in scope', async () => {
    const token = await signIn(server.send, 'viewer', 'test-password')
    expect((await put({ unitId: district, year, onlineRate: 0.5 }, token)).status).toBe(403)
  })

  const statsOf = async (unitId: string) =>
    rowsOf<{ period: string; received: number; received_online: number | null }>(
      await server.database.db.execute(
        sql`SELECT period, received, received_online FROM stat_rows WHERE unit_id = ${unitId} ORDER BY period`,
      ),
    )
  const report = {
    fileName: 't.csv',
    format: 'template',
    periods: [LAST_MONTH],
    rows: 2,
    accepted: 2,
    rejected: [],
    by: 'x',
  }

  it('an import replaces and adds rows, and its revert restores exactly what was there', async () => {
    const before = await statsOf(district)
    expect(before.length).toBeGreaterThan(0)
    const next = `${year + 1}-01`
    const rows: OwnRow[] = [
      { unitId: district, grain: 'month', period: LAST_MONTH, month: LAST_MONTH, received: 7 }, // replaces
      { unitId: district, grain: 'month', period: next, month: next, received: 3, receivedOnline: 1 }, // adds
    ]
    const record = await server.store.applyImport(rows, report)
    expect(record).toMatchObject({ unitMonthsAdded: 1, unitMonthsReplaced: 1 })
    const during = await statsOf(district)
    expect(during.find((r) => r.period === LAST_MONTH)).toMatchObject({ received: 7, received_online: null })
    expect(during.find((r) => r.period === next)).toMatchObject({ received: 3, received_online: 1 })
    const reverted = await server.store.revertImport(record.id, 'x')
    expect(reverted?.revertedAt).toBeTruthy()
    expect(await statsOf(district)).toEqual(before)
    expect(await server.store.revertImport(record.id, 'x')).toBeNull() // once
  })

  it('answers asked before an import are not served after it (cached answers follow the data)', async () => {
    const token = await signIn(server.send, 'setter', 'test-password')
    const path = `/stats?unit=${district}&depth=0&from=${LAST_MONTH}&to=${LAST_MONTH}`
    const received = async () =>
      (await getJson<{ rows: Array<{ received: number }> }>(server.send, path, token))[1].rows[0]
    const before = await received()
    expect(await received()).toEqual(before)
    const row: OwnRow = { unitId: district, grain: 'month', period: LAST_MONTH, month: LAST_MONTH, received: 1 }
    const record = await server.store.applyImport([row], report)
    const during = await received()
    expect(during?.received).not.toBe(before?.received)
    await server.store.revertImport(record.id, 'x')
    expect(await received()).toEqual(before)
  })

  it("a client's tag (If-None-Match) gets 304 until an import changes the rows, then the new answer", async () => {
    const token = await signIn(server.send, 'setter', 'test-password')
    const path = `/stats?unit=${district}&depth=0&from=${LAST_MONTH}&to=${LAST_MONTH}`
    const ask = (tag?: string) =>
      server.send(request('GET', path, { token, headers: tag ? { 'If-None-Match': tag } : {} }))
    const first = await ask()
    const tag = first.headers.get('etag')!
    const before = ((await first.json()) as { rows: Array<{ received: number }> }).rows[0]!
    expect(tag).toBeTruthy()
    const held = await ask(tag)
    expect(held.status).toBe(304)
    expect(await held.text()).toBe('')

    const row: OwnRow = { unitId: district, grain: 'month', period: LAST_MONTH, month: LAST_MONTH, received: 2 }
    const record = await server.store.applyImport([row], report)
    const during = await ask(tag)
    expect(during.status).toBe(200)
    expect(during.headers.get('etag')).not.toBe(tag)
    const rows = ((await during.json()) as { rows: Array<{ received: number }> }).rows
    expect(rows[0]?.received).toBe(2)
    expect(before.received).not.toBe(2)

    await server.store.revertImport(record.id, 'x')
    const after = await ask(during.headers.get('etag')!) // reverted: the tag of the import's answer is stale too
    expect(after.status).toBe(200)
    expect(((await after.json()) as { rows: unknown[] }).rows[0]).toEqual(before)
  })

  it('an import that fails on one row writes none of them', async () => {
    const before = await statsOf(district)
    const [imports] = rowsOf<{ n: number }>(
      await server.database.db.execute(sql`SELECT count(*)::int AS n FROM imports`),
    )
    const rows: OwnRow[] = [
      { unitId: district, grain: 'month', period: LAST_MONTH, month: LAST_MONTH, received: 11 },
      { unitId: 'no-such-unit', grain: 'month', period: LAST_MONTH, month: LAST_MONTH, received: 1 },
    ]
    await expect(server.store.applyImport(rows, report)).rejects.toThrow()
    expect(await statsOf(district)).toEqual(before)
    const [after] = rowsOf<{ n: number }>(await server.database.db.execute(sql`SELECT count(*)::int AS n FROM imports`))
    expect(after).toEqual(imports)
  })
})
