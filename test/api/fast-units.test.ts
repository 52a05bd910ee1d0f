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

// Each case breaks one unit (the 10th) or lineage link (the 4th); the fast check must agree with the schema
type Break = [string, 'units' | 'lineage', number, (item: Record<string, unknown>) => void]
const unit = (name: string, breakUnit: Break[3]): Break => [name, 'units', 9, breakUnit]
const link = (name: string, breakLink: Break[3]): Break => [name, 'lineage', 3, breakLink]
const BREAKS: Break[] = [
  unit('empty id', (u) => void (u.id = '')),
  unit('code as number', (u) => void (u.code = 12)),
  unit('unknown kind', (u) => void (u.kind = 'ward')),
  unit('parent as number', (u) => void (u.parentId = 7)),
  unit('parent missing', (u) => delete u.parentId),
  unit('validFrom not a month', (u) => void (u.validFrom = '2025-7')),
  unit('validTo as number', (u) => void (u.validTo = 202506)),
  unit('name missing', (u) => delete u.name),
  link('share unknown', (l) => void (l.share = 'half')),
  link('month not a month', (l) => void (l.month = 'July')),
  link('empty to', (l) => void (l.to = '')),
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

  it.each(BREAKS)('leaves %s (in %s) to the schema, which rejects it there', async (_, list, index, breakItem) => {
    const body = await countryAnswer()
    breakItem(body[list][index]!)
    expect(fastUnitsResponse(body)).toBeNull()
    const parsed = UnitsResponseSchema.safeParse(body)
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues[0]!.path.slice(0, 2)).toEqual([list, index])
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
