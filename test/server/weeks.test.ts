// grain=week on the server beyond what the contract suite compares with the mock: a server that keeps only
// months says so (400, /meta without weeks), and a unit that ended with the reform still answers the days of
// its last week (2025-W27 starts on Monday 30 June), and nothing after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS } from '../../mocks/accounts'
import { loadDataset } from '../../mocks/datasets'
import { ownWeekRow } from '../../mocks/weeks'
import { getJson, serverBackend, signIn, type ServerBackend } from './harness'

describe('grain=week on the server (PGlite)', () => {
  let monthsOnly: ServerBackend
  let withWeeks: ServerBackend
  const district = DEMO_ACCOUNTS.find((a) => a.username === 'chutich.thanhbinh')!.scopeUnitId

  beforeAll(async () => {
    ;[monthsOnly, withWeeks] = await Promise.all([
      serverBackend('pglite', { months: { from: '2025-06', to: '2025-07' } }),
      serverBackend('pglite', {
        months: { from: '2025-06', to: '2025-07' },
        weeks: { from: '2025-W26', to: '2025-W28' },
      }),
    ])
  }, 60_000)
  afterAll(async () => {
    await monthsOnly.close()
    await withWeeks.close()
  })

  it('a server without weekly rows answers 400 to grain=week and lists no weeks in /meta', async () => {
    const token = await signIn(monthsOnly.send, 'lanhdao.tinh')
    const [status, body] = await getJson<{ detail: string }>(
      monthsOnly.send,
      `/stats?grain=week&unit=${district}&from=2025-W26&to=2025-W27`,
      token,
    )
    expect([status, body.detail]).toEqual([400, 'grain: this server keeps months only'])
    const [, meta] = await getJson<Record<string, unknown>>(monthsOnly.send, '/meta', token)
    expect(meta.grains).toEqual(['month', 'period'])
    expect(meta).not.toHaveProperty('firstWeek')
  })

  it('a unit that ended in 2025-06 answers its own days of 2025-W27 and no week after', async () => {
    const dataset = await loadDataset('demo')
    const unit = dataset.tree.byId.get(district)!
    expect(unit.validTo).toBe('2025-06')
    const token = await signIn(withWeeks.send, 'chutich.thanhbinh')
    const [status, { rows }] = await getJson<{ rows: Array<{ week: string; received: number; pending: number }> }>(
      withWeeks.send,
      `/stats?grain=week&unit=${district}&depth=0&from=2025-W26&to=2025-W28`,
      token,
    )
    expect(status).toBe(200)
    expect(rows.map((r) => r.week)).toEqual(['2025-W26', '2025-W27'])
    // Its whole subtree's share of 30 June, summed from the mock's own weekly rows of each unit.
    const subtree = [district]
    for (let i = 0; i < subtree.length; i++)
      subtree.push(...dataset.units.filter((u) => u.parentId === subtree[i]).map((u) => u.id))
    const received = subtree.reduce(
      (sum, id) => sum + (ownWeekRow(dataset.tree.byId.get(id)!, '2025-W27')?.received ?? 0),
      0,
    )
    expect(rows[1]).toMatchObject({ received, pending: 0 }) // no stock on Sunday 6 July: it no longer exists
    expect(received).toBeGreaterThan(0)
  })
})
