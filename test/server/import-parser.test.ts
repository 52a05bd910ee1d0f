// POST /imports on the real server with the shared importer: a Biểu 06 sheet made here is reported on a dry
// run, imported, answered by /stats as the sheet says (what the form lacks left out), and reverted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../mocks/datasets'
import { LAST_MONTH } from '../../mocks/generator'
import { spreadsheetImportParser } from '../../server/import-parser'
import { bieu06Cells, bieu06Title, type Bieu06Line } from '../domain/imports/bieu06-sheet'
import { cellsToXlsx } from '../domain/imports/bieu06-xlsx'
import { addTestAccount, BASE, getJson, serverBackend, signIn, type ServerBackend } from './harness'

describe('POST /imports on the server (PGlite)', () => {
  let server: ServerBackend
  let token: string
  let communes: Array<{ id: string; name: string }>
  const line = { online: 700, direct: 300, carried: 12, early: 400, onTime: 500, late: 20, within: 30, overdue: 4 }

  beforeAll(async () => {
    server = await serverBackend(
      'pglite',
      { months: { from: LAST_MONTH, to: LAST_MONTH } },
      {
        importParser: spreadsheetImportParser,
      },
    )
    const dataset = await loadDataset('demo')
    communes = (dataset.tree.childrenOf.get(dataset.rootId) ?? []).filter((u) => u.kind === 'commune').slice(0, 2)
    await addTestAccount(server.store, { username: 'uploader', scopeUnitId: dataset.rootId, canImport: true })
    token = await signIn(server.send, 'uploader', 'test-password')
  }, 60_000)
  afterAll(() => server.close())

  const upload = async (query: string) => {
    const lines: Bieu06Line[] = communes.map((c) => ({ name: c.name, ...line }))
    const bytes = await cellsToXlsx(bieu06Cells(lines, bieu06Title(LAST_MONTH)))
    const form = new FormData()
    form.set('file', new Blob([bytes as BlobPart]), 'bieu06.xlsx')
    const headers = { Authorization: `Bearer ${token}` }
    return server.send(new Request(`${BASE}/imports?${query}`, { method: 'POST', body: form, headers }))
  }
  const received = async (unitId: string) => {
    const [, { rows }] = await getJson<{ rows: Array<Record<string, number>> }>(
      server.send,
      `/stats?unit=${unitId}&depth=0&from=${LAST_MONTH}&to=${LAST_MONTH}`,
      token,
    )
    return rows[0]
  }

  it('dry run, import, /stats, revert', async () => {
    const before = await received(communes[0]!.id)
    const dry = await upload('dryRun=true')
    expect(dry.status).toBe(200)
    expect(await dry.json()).toMatchObject({ format: 'bieu06', periods: [LAST_MONTH], accepted: 2, rejected: [] })
    expect(await received(communes[0]!.id)).toEqual(before)

    const done = await upload('dryRun=false')
    expect(done.status).toBe(200)
    const report = (await done.json()) as { id: string }
    const row = await received(communes[0]!.id)
    expect(row).toMatchObject({ received: 1000, receivedOnline: 700, resolved: 920, pending: 34, pendingOverdue: 4 })
    expect(row).not.toHaveProperty('ratedSatisfied')

    const revert = await server.send(
      new Request(`${BASE}/imports/${report.id}/revert`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      }),
    )
    expect(revert.status).toBe(200)
    expect(await received(communes[0]!.id)).toEqual(before)
  })
})
