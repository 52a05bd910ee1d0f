import { describe, expect, it } from 'vitest'
import type { ChildFigure } from '../../src/domain/breakdown'
import { childFigure } from './child-figure'
import type { TierFigure } from '../../src/domain/tiers'
import { buildUnitTree } from '../../src/domain/units'
import { inFile, onScreen, type TableColumn } from '../../src/domain/columns'
import type { ExportTable } from '../../src/export/table'
import { cellText, type CellWords } from '../../src/domain/cell-text'
import { rankingColumns, rankingTable, ranksOf } from '../../src/features/overview/ranking-columns'
import { overviewLaggingColumns, overviewLaggingTable } from '../../src/features/overview/lagging-columns'
import { tiersColumns, tiersTable } from '../../src/features/overview/tiers-table'
import { monthFigures, monthsColumns, monthsTable } from '../../src/features/overview/months-columns'
import { trackerColumns, trackerTable } from '../../src/features/targets/tracker-columns'
import { laggingColumns, laggingTable } from '../../src/features/lagging/lagging-columns'
import { heatmapColumns, heatmapTable } from '../../src/features/targets/heatmap-columns'
import type { HeatmapRow } from '../../src/domain/heatmap'

const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as never
const context = { t, metric: 'onlineRate' as const, comparison: 'previousPeriod' as const }
const words: CellWords = {
  dash: '—',
  status: (id) => `status:${id}`,
  count: (n) => `n${n}`,
  percent: (r) => `p${r}`,
  rate: (r, target) => `r${r}/${target}`,
  points: (r) => `pt${r}`,
  pointChange: (r) => `±${r}`,
  score: (v, signed) => `s${signed ? '±' : ''}${v}`,
  month: (m) => `m${m}`,
}

const figure = childFigure
const figures: ChildFigure[] = [
  figure({}),
  figure({ unitId: 'c2', name: 'Xã B', monthsBehind: 24, isMonthsBehindOpen: true }),
  figure({ unitId: 'c3', name: 'Xã C', value: 0.35, status: 'met', gap: -0.05, monthsBehind: 0, change: 0.01 }),
  figure({
    unitId: 'c4',
    name: 'Xã D',
    value: null,
    noValueReason: 'noReceived',
    status: 'noValue',
    gap: null,
    change: null,
  }),
  figure({ unitId: 'c5', name: 'Xã E', target: null, status: 'noTarget', gap: null, isLowVolume: true }),
  figure({ unitId: 'c6', name: 'Xã F', isMonthsBehindPending: true, monthsBehind: 12 }),
]
const tree = buildUnitTree([
  { id: 'd1', code: 'd1', name: 'Huyện X', kind: 'district', parentId: null },
  ...figures.map((f) => ({ id: f.unitId, code: f.code, name: f.name, kind: 'commune' as const, parentId: 'd1' })),
])

/** The file holds, cell by cell, the definition's value; and the screen reads, cell by cell, that same value. */
function expectFileEqualsDefinition<Row>(table: ExportTable, columns: TableColumn<Row>[], rows: readonly Row[]) {
  expect(table.columns.map((c) => c.key)).toEqual(inFile(columns).map((c) => c.key))
  expect(table.columns.map((c) => c.label)).toEqual(inFile(columns).map((c) => c.header))
  expect(table.rows).toHaveLength(rows.length)
  rows.forEach((row, i) => {
    for (const column of inFile(columns)) expect(table.rows[i]![column.key], column.key).toEqual(column.value(row))
    for (const column of onScreen(columns).filter((c) => c.on !== 'screen')) {
      expect(cellText(column, table.rows[i]!, words)).toBe(
        cellText(column, Object.fromEntries(columns.map((c) => [c.key, c.value(row)])), words),
      )
    }
  })
}

describe('every table: the file is made from the same column definition as the screen', () => {
  it('the ranking', () => {
    expectFileEqualsDefinition(
      rankingTable(figures, context, 's', 'title'),
      rankingColumns(context, ranksOf(figures)),
      figures,
    )
  })
  it("the overview's lagging list", () => {
    expectFileEqualsDefinition(
      overviewLaggingTable(figures, context, 's', 'title'),
      overviewLaggingColumns(context),
      figures,
    )
  })
  it('the tracker', () => {
    expectFileEqualsDefinition(trackerTable(figures, context, 's', 'title'), trackerColumns(context), figures)
  })
  it('the lagging page, with the unit each lies in', () => {
    const table = laggingTable(figures, context, tree, 's', 'title')
    expectFileEqualsDefinition(table, laggingColumns(context, tree), figures)
    expect(table.rows.map((r) => r.parent)).toEqual(figures.map(() => 'Huyện X'))
  })
  it('the heat-map: a unit a row, each month its own cell, in the order given', () => {
    const months = ['2021-01', '2021-02']
    const cell = (month: string, value: number | null) => ({ month, value, target: 0.5, band: 'none' as const })
    // Cells out of month order and one missing: each column still takes its own month's value.
    const rows: HeatmapRow[] = [
      {
        unitId: 'c2',
        name: 'Xã B',
        cells: [cell('2021-02', 0.4), cell('2021-01', 0.3)],
        latest: 0.4,
        isLowVolume: false,
      },
      { unitId: 'c1', name: 'Xã A', cells: [cell('2021-01', 0.6)], latest: null, isLowVolume: false },
    ]
    const heatContext = { t, monthName: (m: string) => `month ${m}` }
    const table = heatmapTable(rows, months, heatContext, 's', 'title')
    expectFileEqualsDefinition(table, heatmapColumns(months, heatContext), rows)
    expect(table.columns.map((c) => c.label)).toEqual(['overview.columns.unit', 'month 2021-01', 'month 2021-02'])
    expect(table.rows).toEqual([
      { name: 'Xã B', '2021-01': 0.3, '2021-02': 0.4 },
      { name: 'Xã A', '2021-01': 0.6, '2021-02': null },
    ])
  })
  it("the tier split, its rates read against the unit's target", () => {
    const tiers = [
      { tier: 'communes', value: { value: 0.25, numerator: 25, denominator: 100 } },
      { tier: 'districtDesks', value: { value: null, reason: 'noReceived' } },
    ] as unknown as TierFigure[]
    const table = tiersTable(tiers, 'onlineRate', t, 0.3)
    expectFileEqualsDefinition(table, tiersColumns('onlineRate', 0.3, t), tiers)
    expect(table.columns.find((c) => c.key === 'value')?.against).toBe('target')
    expect(table.rows[0]).toMatchObject({ value: 0.25, target: 0.3, volume: 100 })
  })
  it('the months of the trend, a channel no unit reported saying so', () => {
    const trend = {
      months: ['2021-01', '2021-02'],
      values: [0.2, null],
      targets: [0.3, 0.3],
      channels: { online: [20, null], postal: [5, 6], desk: [75, 80] },
    }
    const table = monthsTable(trend, 'onlineRate', t)
    const rows = monthFigures(trend)
    expectFileEqualsDefinition(table, monthsColumns('onlineRate', t), rows)
    expect(table.rows.map((r) => [r.month, r.value, r.target, r.online, r.postal, r.desk])).toEqual([
      ['2021-01', 0.2, 0.3, 20, 5, 75],
      ['2021-02', null, 0.3, 'kpi.notReported', 6, 80],
    ])
  })
})

describe('a cell says in the file what it says on screen', () => {
  const table = trackerTable(figures, context, 's', 'title')
  const columns = trackerColumns(context)
  const screen = (key: string, i: number) =>
    cellText(
      columns.find((c) => c.key === key)!,
      table.rows[i]!,
      words,
    )
  it.each([
    ['a run reaching the first month with data: "24+", not 24', 1, 'monthsBehind', '24+', '24+'],
    ['a run still being counted: "…", not a number', 5, 'monthsBehind', '…', '…'],
    ['a unit above its target has no shortfall: "—", not a negative gap', 2, 'gap', null, '—'],
    ['a unit with no value has no status: an empty cell, not "no data"', 3, 'status', null, '—'],
    ['a change keeps its sign', 0, 'change', -0.02, '±-0.02'],
  ])('%s', (_name, row, key, file, text) => {
    expect(table.rows[row]![key]).toBe(file)
    expect(screen(key, row)).toBe(text)
  })
  it('a rate no unit reported reads "not reported" in the file and on screen, "—" where the base is 0', () => {
    const rows = [
      figure({ value: null, noValueReason: 'notReported', status: 'noValue' }),
      figure({ value: null, noValueReason: 'noReceived', status: 'noValue' }),
    ]
    const ranking = rankingTable(rows, context, 's', 'title')
    const value = rankingColumns(context, ranksOf(rows)).find((c) => c.key === 'value')!
    expect(ranking.rows.map((r) => r.value)).toEqual(['kpi.notReported', null])
    expect(ranking.rows.map((r) => cellText(value, r, words))).toEqual(['kpi.notReported', '—'])
  })
  it("the change's header names its baseline in the file too", () => {
    expect(table.columns.find((c) => c.key === 'change')?.label).toContain('overview.columns.changeVs')
  })
})
