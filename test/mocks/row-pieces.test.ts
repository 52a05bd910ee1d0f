// mock:serve's /stats answers gzipped from pieces kept at its start (mocks/row-pieces.ts): each must decode to the very
// bytes the handlers answer (JSON.stringify of the rows), whatever the unit, depth and months; where the pieces cannot
// make an answer (a month not kept, the data changed since) they say so rather than answer.
import { gunzipSync } from 'node:zlib'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ImportReport } from '../../src/api/contract'
import { addMonths, monthsOf } from '../../src/domain/periods'
import { loadDataset } from '../../mocks/datasets'
import { LAST_MONTH } from '../../mocks/generator'
import { applyImport, resetImports } from '../../mocks/import-store'
import { RowPieces } from '../../mocks/row-pieces'
import { monthlyAnswer, rowsPlanOf, statsRows, type RowsPlan } from '../../mocks/stats'
import type { Dataset } from '../../mocks/units'

const KEPT = monthsOf({ from: addMonths(LAST_MONTH, -11), to: LAST_MONTH })
let dataset: Dataset
let pieces: RowPieces

beforeAll(async () => {
  dataset = await loadDataset('demo')
})
// Made again for each test: an import, or forgetting one, voids them.
beforeEach(() => {
  pieces = new RowPieces(dataset, KEPT)
})
afterEach(() => resetImports())

const planOf = (unitId: string, depth: number, from: string, to: string): RowsPlan => ({
  dataset,
  root: dataset.tree.byId.get(unitId)!,
  depth,
  months: monthsOf({ from, to }),
})
const rowsOf = (unitId: string, depth: number, from: string, to: string) =>
  statsRows(dataset, dataset.tree.byId.get(unitId)!, depth, monthsOf({ from, to }))
const decoded = (gzip: Uint8Array | null) => gzip && gunzipSync(gzip).toString('utf8')

describe('a monthly /stats answer made from the kept pieces', () => {
  it.each([
    ['the province, two levels, the 12 months kept', 'p2025-82', 2, KEPT[0]!, LAST_MONTH],
    ['the province, one level, months in the middle', 'p2025-82', 1, KEPT[3]!, KEPT[7]!],
    ['the province alone, its own and its subtree’s rows', 'p2025-82', 0, KEPT[0]!, LAST_MONTH],
    ['a commune, one month', 'c2025-30154', 0, LAST_MONTH, LAST_MONTH],
    ['a commune, its last three months', 'c2025-30154', 1, KEPT[9]!, LAST_MONTH],
  ])('is the gzip of the answer’s JSON: %s', (_, unitId, depth, from, to) => {
    const rows = rowsOf(unitId, depth, from, to)
    expect(rows.length).toBeGreaterThan(0)
    expect(decoded(pieces.gzipOf(planOf(unitId, depth, from, to)))).toBe(JSON.stringify({ rows }))
  })

  it('an answer without rows is `{"rows":[]}`: a district of before the reform, over the 12 months', () => {
    const gone = dataset.units.find((unit) => unit.kind === 'district' && unit.validTo && unit.validTo < KEPT[0]!)!
    expect(rowsOf(gone.id, 1, KEPT[0]!, LAST_MONTH)).toEqual([])
    expect(decoded(pieces.gzipOf(planOf(gone.id, 1, KEPT[0]!, LAST_MONTH)))).toBe('{"rows":[]}')
  })

  it('compresses every row of the 12 months; of fewer, stores each unit’s first row as it is', () => {
    for (const from of [KEPT[0]!, KEPT[4]!]) {
      const rows = rowsOf('p2025-82', 1, from, LAST_MONTH)
      const gzip = Buffer.from(pieces.gzipOf(planOf('p2025-82', 1, from, LAST_MONTH))!)
      const firsts = rows.filter((row, i) => i === 0 || rows[i - 1]!.unitId !== row.unitId)
      const laters = rows.filter((row, i) => i > 0 && rows[i - 1]!.unitId === row.unitId)
      for (const row of firsts) expect(gzip.includes(JSON.stringify(row))).toBe(from !== KEPT[0])
      for (const row of laters) expect(gzip.includes(JSON.stringify(row))).toBe(false)
      expect(gzip.length).toBeLessThan(JSON.stringify({ rows }).length / 3)
    }
  })

  it('cannot make an answer with a month it did not keep', () => {
    const before = addMonths(KEPT[0]!, -1)
    expect(pieces.gzipOf(planOf('p2025-82', 1, before, KEPT[2]!))).toBeNull()
  })

  it('cannot make an answer of another dataset than its own', async () => {
    const other = await loadDataset('national')
    const plan = {
      ...planOf('p2025-82', 1, KEPT[0]!, LAST_MONTH),
      dataset: other,
      root: other.tree.byId.get('p2025-82')!,
    }
    expect(plan.root).toBeDefined()
    expect(pieces.gzipOf(plan)).toBeNull()
  })

  it('cannot make an answer once an import changed the data; pieces made after it hold the imported rows', () => {
    const report = { id: 'test', fileName: 't.xlsx' } as ImportReport
    const imported = { unitId: 'c2025-30154', month: KEPT[5]!, received: 4321, receivedOnline: 1234 }
    applyImport(report, [imported])
    const rows = rowsOf('p2025-82', 1, KEPT[0]!, LAST_MONTH)
    const plan = planOf('p2025-82', 1, KEPT[0]!, LAST_MONTH)
    expect(pieces.gzipOf(plan)).toBeNull()
    const json = decoded(new RowPieces(dataset, KEPT).gzipOf(plan))
    expect(json).toBe(JSON.stringify({ rows }))
    expect(json).toContain('"received":4321')
  })
})

describe('a monthly answer (the handlers’ /stats of months)', () => {
  const plan = () => planOf('p2025-82', 1, KEPT[0]!, LAST_MONTH)

  it('is the rows of its plan, made when first read; its plan is given only until then', () => {
    const answer = monthlyAnswer(plan())
    expect(rowsPlanOf(answer)).toMatchObject({ depth: 1, months: KEPT })
    expect(JSON.stringify(answer)).toBe(JSON.stringify({ rows: rowsOf('p2025-82', 1, KEPT[0]!, LAST_MONTH) }))
    expect(rowsPlanOf(answer)).toBeNull()
  })

  it('takes rows given to it (an injected fault’s), and has no plan any more', () => {
    const answer = monthlyAnswer(plan())
    answer.rows = [...answer.rows, ...answer.rows]
    expect(answer.rows.length).toBe(2 * rowsOf('p2025-82', 1, KEPT[0]!, LAST_MONTH).length)
    expect(rowsPlanOf(answer)).toBeNull()
  })

  it('other values have no plan', () => {
    expect(rowsPlanOf({ rows: [] })).toBeNull()
    expect(rowsPlanOf(null)).toBeNull()
    expect(rowsPlanOf('rows')).toBeNull()
  })
})
