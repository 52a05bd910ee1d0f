import { describe, expect, it } from 'vitest'
import { UnitsResponseSchema } from '../../src/api/contract'
import { fastUnitsResponse } from '../../src/api/fast-units'
import { loadDataset } from '../../mocks/datasets'
import { scopeOf } from '../../mocks/scope'
import { toApiUnit } from '../../mocks/units'

/** The /units answer the mock API gives the central user (the country: units before and after the reform). */
async function countryAnswer() {
  const dataset = await loadDataset('national')
  const scope = scopeOf(dataset, dataset.rootId)
  return JSON.parse(JSON.stringify({ units: scope.units.map(toApiUnit), lineage: scope.lineage })) as {
    units: Array<Record<string, unknown>>
    lineage: Array<Record<string, unknown>>
  }
}

// Each case breaks one unit or link; the schema is the judge the fast check must agree with.
const UNIT_BREAKS: Array<[string, (unit: Record<string, unknown>) => void]> = [
  ['empty id', (unit) => void (unit.id = '')],
  ['code as number', (unit) => void (unit.code = 12)],
  ['unknown kind', (unit) => void (unit.kind = 'ward')],
  ['parent as number', (unit) => void (unit.parentId = 7)],
  ['parent missing', (unit) => delete unit.parentId],
  ['validFrom not a month', (unit) => void (unit.validFrom = '2025-7')],
  ['validTo as number', (unit) => void (unit.validTo = 202506)],
  ['name missing', (unit) => delete unit.name],
]
const LINK_BREAKS: Array<[string, (link: Record<string, unknown>) => void]> = [
  ['share unknown', (link) => void (link.share = 'half')],
  ['month not a month', (link) => void (link.month = 'July')],
  ['empty to', (link) => void (link.to = '')],
]

describe('fastUnitsResponse', () => {
  it("accepts the country's as is (units before and after the reform, lineage), as the schema does", async () => {
    const body = await countryAnswer()
    expect(body.units.length).toBeGreaterThan(10_000)
    expect(body.lineage.length).toBeGreaterThan(100)
    expect(body.units.some((unit) => unit.validTo) && body.units.some((unit) => unit.validFrom)).toBe(true)
    expect(fastUnitsResponse(body)).toBe(body)
    expect(UnitsResponseSchema.safeParse(body)).toMatchObject({ success: true, data: body })
    const v1 = { units: body.units.slice(0, 50).map(({ validFrom: _f, validTo: _t, ...unit }) => unit) }
    expect(fastUnitsResponse(v1)).toBe(v1) // a v1 server: no validity, no lineage
  })

  it.each(UNIT_BREAKS)('leaves a unit with %s to the schema, which rejects it', async (_, breakUnit) => {
    const body = await countryAnswer()
    breakUnit(body.units[9]!)
    expect(fastUnitsResponse(body)).toBeNull()
    const parsed = UnitsResponseSchema.safeParse(body)
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues[0]!.path.slice(0, 2)).toEqual(['units', 9])
  })

  it.each(LINK_BREAKS)('leaves a lineage link with %s to the schema, which rejects it', async (_, breakLink) => {
    const body = await countryAnswer()
    breakLink(body.lineage[3]!)
    expect(fastUnitsResponse(body)).toBeNull()
    const parsed = UnitsResponseSchema.safeParse(body)
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues[0]!.path.slice(0, 2)).toEqual(['lineage', 3])
  })

  it('leaves a name with bidi controls to the schema, which cleans it; extra fields too, which it strips', async () => {
    const body = await countryAnswer()
    const name = body.units[4]!.name as string
    body.units[4]!.name = `\u202E${name}`
    expect(fastUnitsResponse(body)).toBeNull()
    expect(UnitsResponseSchema.parse(body).units[4]!.name).toBe(name)

    const extra = { units: [{ ...body.units[0]!, note: 'x' }] }
    expect(fastUnitsResponse(extra)).toBeNull()
    expect(UnitsResponseSchema.parse(extra).units[0]).toEqual(body.units[0])
  })

  it.each([null, [], 'units', { units: 'none' }, { units: [], more: 1 }, { units: [], lineage: {} }])(
    'leaves %j to the schema',
    (body) => {
      expect(fastUnitsResponse(body)).toBeNull()
    },
  )
})
