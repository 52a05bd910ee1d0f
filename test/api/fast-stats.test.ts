import { describe, expect, it } from 'vitest'
import { StatsResponseSchema, type StatRow } from '../../src/api/contract'
import { fastStatsResponse } from '../../src/api/fast-stats'
import { loadDataset } from '../../mocks/datasets'
import { statsRows } from '../../mocks/stats'

async function sampleRows(): Promise<StatRow[]> {
  const dataset = await loadDataset('demo')
  // old Đồng Tháp (p87) in 2022: a province with departments, districts and communes
  return statsRows(dataset, dataset.tree.byId.get('p87')!, 2, ['2022-11', '2022-12'])
}

// Each case breaks one row; the schema is the judge the fast check must agree with.
const BREAKS: Array<[string, (row: Record<string, unknown>) => void]> = [
  [
    'negative count',
    (row) => {
      row.received = -1
    },
  ],
  [
    'fractional count',
    (row) => {
      row.resolvedLate = 1.5
    },
  ],
  [
    'count as text',
    (row) => {
      row.pending = '3'
    },
  ],
  [
    'unsafe integer',
    (row) => {
      row.complaints = 2 ** 60
    },
  ],
  [
    'missing received (the one count always there)',
    (row) => {
      delete row.received
    },
  ],
  [
    'month 13',
    (row) => {
      row.month = '2022-13'
    },
  ],
  [
    'month without zero',
    (row) => {
      row.month = '2022-1'
    },
  ],
  [
    'empty unit',
    (row) => {
      row.unitId = ''
    },
  ],
  [
    'unit as number',
    (row) => {
      row.unitId = 87
    },
  ],
  [
    'flag as text',
    (row) => {
      row.includesDescendants = 'true'
    },
  ],
  [
    'null count',
    (row) => {
      row.received = null
    },
  ],
]

describe('fastStatsResponse', () => {
  it('accepts a real answer as is, as the schema does', async () => {
    const body = { rows: await sampleRows() }
    expect(body.rows.length).toBeGreaterThan(100)
    expect(fastStatsResponse(body)).toBe(body)
    expect(StatsResponseSchema.safeParse(body)).toMatchObject({ success: true, data: body })
  })

  it.each(BREAKS)('leaves a row with a %s to the schema, which rejects it', async (_, breakRow) => {
    const rows = await sampleRows()
    const broken = { ...rows[7]! } as Record<string, unknown>
    breakRow(broken)
    const body = { rows: [...rows.slice(0, 7), broken, ...rows.slice(8)] }
    expect(fastStatsResponse(body)).toBeNull()
    const parsed = StatsResponseSchema.safeParse(body)
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues[0]!.path.slice(0, 2)).toEqual(['rows', 7])
  })

  it('accepts a row that leaves out counts it does not report, as the schema does', async () => {
    const rows = await sampleRows()
    const { ratedSatisfied: _r, feeDossiers: _f, ...partial } = rows[3]!
    const body = { rows: [...rows.slice(0, 3), partial, ...rows.slice(4)] }
    expect(fastStatsResponse(body)).toBe(body)
    expect(StatsResponseSchema.safeParse(body).success).toBe(true)
  })

  it('leaves extra fields to the schema, which strips them', async () => {
    const rows = await sampleRows()
    const body = { rows: [{ ...rows[0]!, note: 'x' }] }
    expect(fastStatsResponse(body)).toBeNull()
    expect(StatsResponseSchema.parse(body).rows[0]).toEqual(rows[0])
  })

  it.each([null, [], 'rows', { rows: 'none' }, { rows: [], more: 1 }])('leaves %j to the schema', (body) => {
    expect(fastStatsResponse(body)).toBeNull()
  })
})
