// Imports and targets through the client against the mock API: a dry run changes nothing, an import is
// all or nothing (unless the valid rows are asked for), /stats then answers the sheet's numbers, a revert
// restores the generated ones; PUT /targets checks permission, scope and range, and keeps who set it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import type { StatRow } from '../../src/api/contract'
import { resetImports } from '../../mocks/import-store'
import { createMockServer, TEST_BASE_URL } from '../../mocks/node'
import { resetTargetEdits, targetAudit } from '../../mocks/target-edits'
import { bieu06Cells, bieu06Title, type Bieu06Line } from '../domain/imports/bieu06-sheet'
import { cellsToXlsx } from '../domain/imports/bieu06-xlsx'
import { failure } from './failure'

const server = createMockServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  resetImports()
  resetTargetEdits()
})
afterAll(() => server.close())

async function signedIn(username: string) {
  let token: string | null = null
  const api = createApiClient({ baseUrl: TEST_BASE_URL, getToken: () => token })
  token = (await api.login({ username, password: 'demo' })).token
  return api
}

const MONTH = '2022-10'
const lines: Bieu06Line[] = [
  {
    name: 'Xã Tân Quới',
    online: 412,
    direct: 88,
    carried: 7,
    early: 150,
    onTime: 300,
    late: 9,
    within: 40,
    overdue: 6,
  },
  {
    name: 'UBND xã Tân Hòa',
    online: 55,
    direct: 145,
    carried: 0,
    early: 20,
    onTime: 170,
    late: 2,
    within: 11,
    overdue: 0,
  },
]
const sheet = async (extra: Bieu06Line[] = []) =>
  new Blob([(await cellsToXlsx(bieu06Cells([...lines, ...extra], bieu06Title(MONTH), 'Huyện Thanh Bình'))) as BlobPart])
const communeRows = async (api: Awaited<ReturnType<typeof signedIn>>) =>
  (await api.stats({ unit: 'd874', depth: 1, from: MONTH, to: MONTH })).filter((r) => r.unitId !== 'd874')
const byUnit = (rows: StatRow[]) => new Map(rows.map((r) => [r.unitId, r]))

describe('POST /imports (Biểu 06)', () => {
  it('a dry run reports what would change and changes nothing', async () => {
    const api = await signedIn('nhaplieu')
    const before = await communeRows(api)
    const report = await api.importFile(await sheet(), 'bieu06.xlsx', { dryRun: true })
    expect(report).toMatchObject({ id: null, format: 'bieu06', periods: [MONTH], rows: 2, accepted: 2, rejected: [] })
    expect(report.unitMonthsAdded! + report.unitMonthsReplaced!).toBe(2)
    expect(await communeRows(api)).toEqual(before)
    expect(await api.imports()).toEqual([])
  })

  it('imports: /stats answers the sheet, the parent adds it up, what the form lacks is not reported', async () => {
    const api = await signedIn('nhaplieu')
    const generated = byUnit(await communeRows(api))
    const report = await api.importFile(await sheet(), 'bieu06.xlsx', { dryRun: false })
    expect(report.id).toBeTruthy()
    const after = byUnit(await communeRows(api))
    const tanQuoi = after.get('c30133')!
    expect([tanQuoi.received, tanQuoi.receivedOnline, tanQuoi.resolved, tanQuoi.pending]).toEqual([500, 412, 459, 46])
    expect(tanQuoi.voided?.values().next().value?.fields).toContain('ratedSatisfied') // not reported, not 0
    expect(after.get('c30136')!.received).toBe(200)
    // Every other commune keeps its generated row.
    expect(after.get('c30139')).toEqual(generated.get('c30139'))
    // The district's total is its communes' and its own desk's sum, with the imported ones in.
    const [district] = await api.stats({ unit: 'd874', depth: 0, from: MONTH, to: MONTH })
    const parts = await api.stats({ unit: 'd874', depth: 1, from: MONTH, to: MONTH })
    expect(district!.received).toBe(parts.reduce((sum, r) => sum + r.received, 0))
    expect(district!.voided).toBeDefined() // its ratings are partial: not reported either

    const [listed] = await api.imports()
    expect(listed).toMatchObject({ id: report.id, by: 'nhaplieu', accepted: 2 })
    const reverted = await api.revertImport(report.id!)
    expect(reverted.revertedAt).toBeTruthy()
    expect(byUnit(await communeRows(api))).toEqual(generated)
    expect((await failure(api.revertImport(report.id!))).status).toBe(409)
  })

  it('is all or nothing: a rejected row stops the import unless the valid rows are asked for', async () => {
    const api = await signedIn('nhaplieu')
    const before = await communeRows(api)
    const outside: Bieu06Line = { ...lines[0]!, name: 'Xã Không Tồn Tại' }
    const dry = await api.importFile(await sheet([outside]), 'x.xlsx', { dryRun: true })
    expect(dry.rejected).toEqual([expect.objectContaining({ column: 'B', reason: 'unknownUnit' })])
    expect((await failure(api.importFile(await sheet([outside]), 'x.xlsx', { dryRun: false }))).status).toBe(400)
    expect(await communeRows(api)).toEqual(before)
    const partial = await api.importFile(await sheet([outside]), 'x.xlsx', { dryRun: false, validOnly: true })
    expect(partial.accepted).toBe(2)
    expect(byUnit(await communeRows(api)).get('c30133')!.received).toBe(500)
  })

  it('a file that is not a spreadsheet is reported, and refused for real', async () => {
    const api = await signedIn('nhaplieu')
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4])])
    const report = await api.importFile(png, 'a.png', { dryRun: true })
    expect(report.rejected).toEqual([{ row: 0, reason: 'notSpreadsheet' }])
    expect((await failure(api.importFile(png, 'a.png', { dryRun: false }))).status).toBe(400)
  })

  it('only users with canImport may upload or revert', async () => {
    const api = await signedIn('lanhdao.tinh')
    expect((await failure(api.importFile(await sheet(), 'b.xlsx', { dryRun: true }))).status).toBe(403)
  })
})

describe('PUT /targets', () => {
  it('sets a unit’s own target, keeps who and when, and null makes it inherit again', async () => {
    const api = await signedIn('lanhdao.tinh')
    const inherited = (await api.targets(2022)).find((t) => t.unitId === 'p87')!.onlineRate
    const set = await api.setTarget({ unitId: 'd874', year: 2022, onlineRate: 0.65, digitizationRate: 0.3 })
    expect(set).toMatchObject({ unitId: 'd874', onlineRate: 0.65, digitizationRate: 0.3, setBy: 'lanhdao.tinh' })
    expect((await api.targets(2022)).find((t) => t.unitId === 'd874')).toMatchObject({ onlineRate: 0.65 })
    await api.setTarget({ unitId: 'd874', year: 2022, onlineRate: null, digitizationRate: null })
    expect((await api.targets(2022)).find((t) => t.unitId === 'd874')).toBeUndefined()
    expect(inherited).toBe(0.5)
    expect(targetAudit().map((e) => [e.unitId, e.metric, e.from, e.to])).toEqual([
      ['d874', 'onlineRate', null, 0.65],
      ['d874', 'digitizationRate', null, 0.3],
      ['d874', 'onlineRate', 0.65, null],
      ['d874', 'digitizationRate', 0.3, null],
    ])
  })

  it.each([
    ['vanphong', { unitId: 'd874', year: 2022, onlineRate: 0.5 }, 403], // no canSetTargets
    ['lanhdao.tinh', { unitId: 'd874', year: 2022, onlineRate: 1.5 }, 400],
    ['lanhdao.tinh', { unitId: 'd874', year: 2019, onlineRate: 0.5 }, 400], // no data months
    ['lanhdao.tinh', { unitId: 'p01', year: 2022, onlineRate: 0.5 }, 404],
  ])('%s %j → %i', async (username, update, status) => {
    const api = await signedIn(username)
    expect((await failure(api.setTarget(update))).status).toBe(status)
    expect(targetAudit()).toEqual([])
  })
})
