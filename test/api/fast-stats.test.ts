import { describe, expect, it } from 'vitest'
import {
  PeriodStatsResponseSchema,
  StatsResponseSchema,
  WeekStatsResponseSchema,
  type PeriodStatRow,
  type StatRow,
  type WeekStatRow,
} from '../../src/api/contract'
import { fastPeriodStatsResponse, fastStatsResponse, fastWeekStatsResponse } from '../../src/api/fast-stats'
import { loadDataset } from '../../mocks/datasets'
import { periodStatsRows } from '../../mocks/period-stats'
import { statsRows } from '../../mocks/stats'
import { weekStatsRows } from '../../mocks/weeks'

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

describe('the week and period answers’ fast checks', () => {
  async function weekRows(): Promise<WeekStatRow[]> {
    const dataset = await loadDataset('demo')
    return weekStatsRows(dataset, dataset.tree.byId.get('p2025-82')!, 1, ['2026-W10', '2026-W11'])
  }
  async function periodRows(): Promise<PeriodStatRow[]> {
    const dataset = await loadDataset('demo')
    const rows = periodStatsRows(
      dataset,
      dataset.tree.byId.get('p2025-82')!,
      2,
      { from: '2026-01', to: '2026-06' },
      true,
    )
    // as asked with `behind`: each unit's run of months behind and its trend
    return rows.map((row, i) => ({ ...row, monthsBehind: i % 4, trend: [0.5, null, i / 7] }))
  }
  const cases = [
    ['week', weekRows, fastWeekStatsResponse, WeekStatsResponseSchema],
    ['period', periodRows, fastPeriodStatsResponse, PeriodStatsResponseSchema],
  ] as const
  const breaks: Record<string, Array<[string, (row: Record<string, unknown>) => void]>> = {
    week: [
      ['week 54', (row) => void (row.week = '2026-W54')],
      ['a month for a week', (row) => void (row.week = '2026-03')],
      ['negative count', (row) => void (row.received = -2)],
      ['a week as a number', (row) => void (row.week = 202610)],
    ],
    period: [
      ['`from` not a month', (row) => void (row.from = '2026-1')],
      ['no `to`', (row) => delete row.to],
      ['months behind negative', (row) => void (row.monthsBehind = -1)],
      ['months behind fractional', (row) => void (row.monthsBehind = 1.5)],
      ['a trend point as text', (row) => void (row.trend = [0.5, '0.4'])],
      ['a trend not a list', (row) => void (row.trend = 0.5)],
      ['a fractional count', (row) => void (row.resolved = 2.5)],
      ['flag missing', (row) => delete row.includesDescendants],
    ],
  }

  it.each(cases)('a real %s answer is accepted as is, as the schema does', async (_, rowsOf, check, schema) => {
    const body = { rows: await rowsOf() }
    expect(body.rows.length).toBeGreaterThan(10)
    expect(check(body)).toBe(body)
    expect(schema.safeParse(body)).toMatchObject({ success: true, data: body })
  })

  it.each(cases)(
    '%s rows: each broken row is left to the schema, which rejects it there',
    async (kind, rowsOf, check, schema) => {
      const rows = (await rowsOf()) as unknown as Array<Record<string, unknown>>
      for (const [name, breakRow] of breaks[kind]!) {
        const broken = { ...rows[5]! }
        breakRow(broken)
        const body = { rows: [...rows.slice(0, 5), broken, ...rows.slice(6)] }
        expect(check(body), name).toBeNull()
        const parsed = schema.safeParse(body)
        expect(parsed.success, name).toBe(false)
        expect(parsed.error!.issues[0]!.path.slice(0, 2), name).toEqual(['rows', 5])
      }
    },
  )

  it.each(cases)('%s rows: an extra field is left to the schema, which strips it', async (_, rowsOf, check, schema) => {
    const rows = await rowsOf()
    const body = { rows: [{ ...rows[0]!, note: 'x' }] }
    expect(check(body)).toBeNull()
    expect(schema.parse(body).rows[0]).toEqual(rows[0])
  })
})
