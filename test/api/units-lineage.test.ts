import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import { UnitsResponseSchema } from '../../src/api/contract'
import { failure } from './failure'

/** A client whose server answers every call with `body`. */
function clientAnswering(body: unknown) {
  return createApiClient({
    baseUrl: 'http://api.test/api/v1',
    getToken: () => 'token',
    fetch: async () => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
  })
}

const province = (id: string, code: string, name: string) => ({ id, code, name, kind: 'province', parentId: null })

// Old Đồng Tháp (87) and old Tiền Giang (82) until 2025-06, merged whole into the new Đồng Tháp (code 82 again).
const V2_ANSWER = {
  units: [
    { ...province('p87', '87', 'Tỉnh Đồng Tháp'), validTo: '2025-06' },
    { ...province('p82-2008', '82', 'Tỉnh Tiền Giang'), validFrom: null, validTo: '2025-06' },
    { ...province('p82-2025', '82', 'Tỉnh Đồng Tháp'), validFrom: '2025-07' },
  ],
  lineage: [
    { from: 'p87', to: 'p82-2025', month: '2025-07', share: 'whole' },
    { from: 'p82-2008', to: 'p82-2025', month: '2025-07', share: 'whole' },
  ],
}

describe('/units across the reform of July 2025', () => {
  it('gives each unit its months and the links from the old units to the new', async () => {
    const answer = await clientAnswering(V2_ANSWER).unitsWithLineage()
    expect(answer.units.map((u) => [u.id, u.code, u.validFrom ?? null, u.validTo ?? null])).toEqual([
      ['p87', '87', null, '2025-06'],
      ['p82-2008', '82', null, '2025-06'],
      ['p82-2025', '82', '2025-07', null],
    ])
    expect(answer.lineage).toEqual(V2_ANSWER.lineage)
  })

  it('keeps units() as callers use it: the unit list alone', async () => {
    const units = await clientAnswering(V2_ANSWER).units()
    expect(units.map((u) => u.id)).toEqual(['p87', 'p82-2008', 'p82-2025'])
  })

  it('takes a v1 answer (no validity, no lineage): every unit valid always, no links', async () => {
    const v1 = { units: [province('p87', '87', 'Tỉnh Đồng Tháp')] }
    const answer = await clientAnswering(v1).unitsWithLineage()
    expect(answer.lineage).toEqual([])
    expect(answer.units[0]).not.toHaveProperty('validFrom')
    expect(answer.units[0]).not.toHaveProperty('validTo')
    expect(UnitsResponseSchema.safeParse(v1).success).toBe(true)
  })

  it.each([
    [
      'a share that is neither whole nor part',
      { lineage: [{ ...V2_ANSWER.lineage[0], share: 'half' }] },
      'lineage[0].share',
    ],
    [
      'a link month that is not YYYY-MM',
      { lineage: [{ ...V2_ANSWER.lineage[0], month: '2025-7' }] },
      'lineage[0].month',
    ],
    ['a link without its new unit', { lineage: [{ ...V2_ANSWER.lineage[0], to: undefined }] }, 'lineage[0].to'],
    [
      'a validity month that is not YYYY-MM',
      { units: [{ ...V2_ANSWER.units[0], validTo: '6/2025' }] },
      'units[0].validTo',
    ],
  ])('rejects %s, naming the field', async (_, change, field) => {
    const error = await failure(clientAnswering({ ...V2_ANSWER, ...change }).unitsWithLineage())
    expect([error.kind, error.endpoint, error.field]).toEqual(['malformed', 'units', field])
  })
})
