// The importer's table of bad inputs: each gets its own reason, names its row and column, and takes nothing
// from a row it rejects; figures are checked against the numbers the test wrote into the sheet.
import { describe, expect, it } from 'vitest'
import { parseImport } from '../../../src/domain/imports/parse'
import type { Cell } from '../../../src/domain/imports/types'
import { BIEU06_HEADER, BIEU06_TITLE, bieu06Cells, lineCells, type Bieu06Line } from './bieu06-sheet'
import { scopeOf } from './fixture'

const scope = scopeOf('p87')
const line = (name: string, n: number): Bieu06Line => ({
  name,
  online: 10 * n,
  direct: 5 * n,
  carried: 2,
  early: 3 * n,
  onTime: 4 * n,
  late: 1,
  within: 6,
  overdue: n,
})

describe('Biểu số 06/VPCP/KSTT', () => {
  const lines = [line('Xã Tân Quới', 1), line('UBND xã Phường 1', 2), line('Sở Tư pháp', 3)]

  it('reads each unit line: received = online + direct/postal (new in the period), the rest as reported', () => {
    const parsed = parseImport(bieu06Cells(lines), scope)
    expect(parsed.format).toBe('bieu06')
    expect(parsed.periods).toEqual(['2024-10'])
    expect(parsed.rejected).toEqual([])
    expect(parsed.rows).toBe(3)
    const first = lines[0]!
    expect(parsed.accepted[0]!.row).toEqual({
      unitId: 'c30133',
      month: '2024-10',
      received: first.online + first.direct,
      receivedOnline: first.online,
      resolved: first.early + first.onTime + first.late,
      resolvedEarly: first.early,
      resolvedOnTime: first.onTime,
      resolvedLate: first.late,
      pending: first.within + first.overdue,
      pendingOverdue: first.overdue,
    })
    expect(parsed.accepted.map((a) => a.row.unitId)).toEqual(['c30133', 'c29869', 'p87-stp'])
  })

  it('never reports what the form lacks (postal split, full-online, fees, ratings) as 0', () => {
    const { row } = parseImport(bieu06Cells(lines), scope).accepted[0]!
    for (const field of ['receivedPostal', 'receivedOnlineFull', 'feeDossiers', 'ratedSatisfied', 'complaints'])
      expect(row).not.toHaveProperty(field)
  })

  it('skips the group row and the total row, naming them, and imports neither', () => {
    const cells = bieu06Cells(lines)
    const parsed = parseImport(cells, scope)
    const totalRow = cells.findIndex((row) => row[0] === 'Tổng cộng') + 1
    const groupRow = cells.findIndex((row) => row[1] === 'Cấp xã') + 1
    expect(parsed.skipped).toEqual([
      { row: groupRow, reason: 'groupRow' },
      { row: totalRow, reason: 'totalRow' },
    ])
    expect(parsed.accepted).toHaveLength(3)
  })

  it('reads the period from the title, else the one given, else refuses', () => {
    const weekTitle = [['Biểu số 06/VPCP/KSTT'], ['Từ ngày 07/10/2024 đến ngày 13/10/2024']]
    expect(parseImport(bieu06Cells(lines, weekTitle), scope).periods).toEqual(['2024-W41'])
    const noPeriod = [['Biểu số 06/VPCP/KSTT']]
    expect(parseImport(bieu06Cells(lines, noPeriod), scope, { period: '2024-09' }).periods).toEqual(['2024-09'])
    expect(parseImport(bieu06Cells(lines, noPeriod), scope).rejected).toEqual([{ row: 0, reason: 'noPeriod' }])
    const quarter = [['Biểu số 06/VPCP/KSTT'], ['Từ ngày 01/07/2024 đến ngày 30/09/2024']]
    expect(parseImport(bieu06Cells(lines, quarter), scope).rejected).toEqual([{ row: 0, reason: 'badPeriod' }])
  })

  const at = (cells: Cell[][], name: string) => cells.findIndex((row) => row[1] === name)
  const withCell = (name: string, column: number, value: Cell) => {
    const cells = bieu06Cells(lines)
    cells[at(cells, name)]![column] = value
    return { cells, row: at(cells, name) + 1 }
  }

  it.each([
    ['numbers as text with Vietnamese separators', 3, '1.010', null], // online 1010; total no longer adds up
    ['a negative number', 9, -1, { column: 'J', reason: 'negative' }],
    ['a decimal', 3, '10,5', { column: 'D', reason: 'notWhole' }],
    ['a word for a number', 7, 'ba', { column: 'H', reason: 'notANumber' }],
    ['a formula as text', 7, '=1+2', { column: 'H', reason: 'notANumber' }],
    ['a total that does not add up', 2, 999, { column: 'C', reason: 'sumMismatch' }],
  ])('%s is a rejected row', (_what, column, value, problem) => {
    const { cells, row } = withCell('Xã Tân Quới', column, value)
    const parsed = parseImport(cells, scope)
    const expected = problem ?? { column: 'C', reason: 'sumMismatch' }
    expect(parsed.rejected).toEqual([expect.objectContaining({ row, ...expected })])
    expect(parsed.accepted.map((a) => a.row.unitId)).toEqual(['c29869', 'p87-stp'])
  })

  it('"76.574" is 76574 where the row adds up', () => {
    const cells = bieu06Cells(lines)
    const row = at(cells, 'Xã Tân Quới')
    cells[row] = lineCells(1, { ...line('Xã Tân Quới', 1), online: 76574 }).map((c) =>
      c === 76574 ? '76.574' : c === 76574 + 5 + 2 ? '76.581' : c,
    )
    expect(parseImport(cells, scope).accepted[0]!.row.receivedOnline).toBe(76574)
  })

  it.each([
    ['a unit outside the scope', 'Xã Mỹ Phong', 'outsideScope'],
    ['an unknown unit', 'Xã Không Có', 'unknownUnit'],
    ['an ambiguous name', 'Xã Tân Hòa', 'ambiguousUnit'],
  ])('%s is a rejected row naming the unit', (_what, name, reason) => {
    const parsed = parseImport(bieu06Cells([...lines, line(name, 4)]), scope)
    expect(parsed.rejected).toEqual([
      expect.objectContaining({ column: 'B', reason, params: { unit: name, period: '2024-10' } }),
    ])
    expect(parsed.accepted).toHaveLength(3)
  })

  it('a group row naming a unit decides between the same name in several districts', () => {
    const cells = bieu06Cells([line('Xã Tân Hòa', 4)], BIEU06_TITLE, 'II. Huyện Thanh Bình')
    const parsed = parseImport(cells, scope)
    expect(parsed.rejected).toEqual([])
    expect(parsed.accepted.map((a) => a.row.unitId)).toEqual(['c30136'])
  })

  it('two rows for one unit and period are both rejected, each naming the other', () => {
    const cells = bieu06Cells([...lines, line('Tân Quới', 5)])
    const first = at(cells, 'Xã Tân Quới') + 1
    const second = at(cells, 'Tân Quới') + 1
    const parsed = parseImport(cells, scope)
    expect(parsed.rejected).toEqual([
      { row: first, reason: 'duplicateRow', params: { rows: String(second), period: '2024-10' } },
      { row: second, reason: 'duplicateRow', params: { rows: String(first), period: '2024-10' } },
    ])
    expect(parsed.accepted).toHaveLength(2)
  })

  it.each([
    ['an extra column', (row: Cell[]) => [...row, row === BIEU06_HEADER[1] ? 'Ghi chú' : null], 14],
    ['a missing column', (row: Cell[]) => row.slice(0, 12), 12],
  ])('%s refuses the whole file', (_what, change, found) => {
    const cells = [...BIEU06_TITLE, ...BIEU06_HEADER.map(change), lineCells(1, lines[0]!)]
    expect(parseImport(cells, scope).rejected).toEqual([
      { row: 0, reason: 'columnCount', params: { found, expected: 13 } },
    ])
  })

  it('columns in another order are refused, naming the column', () => {
    const header = BIEU06_HEADER.map((row) => [...row])
    ;[header[1]![7], header[1]![8]] = [header[1]![8]!, header[1]![7]!]
    const parsed = parseImport([...BIEU06_TITLE, ...header, lineCells(1, lines[0]!)], scope)
    expect(parsed.rejected).toEqual([
      expect.objectContaining({ row: 0, reason: 'unknownColumn', params: expect.objectContaining({ column: 'H' }) }),
    ])
  })
})

describe('the dashboard template', () => {
  const header = [
    'unit',
    'unitName',
    'period',
    'received',
    'receivedOnline',
    'resolved',
    'resolvedEarly',
    'resolvedOnTime',
    'resolvedLate',
  ]
  const good = [
    ['c30133', 'Xã Tân Quới', '2024-10', 120, 80, 100, 30, 60, 10],
    ['874', 'Huyện Thanh Bình', '2024-11', '1.200', '800', null, null, null, null],
  ]

  it('reads one row per unit and period; an empty cell is not reported, never 0', () => {
    const parsed = parseImport([header, ...good], scope)
    expect(parsed.rejected).toEqual([])
    expect(parsed.periods).toEqual(['2024-10', '2024-11'])
    expect(parsed.accepted.map((a) => a.row)).toEqual([
      {
        unitId: 'c30133',
        month: '2024-10',
        received: 120,
        receivedOnline: 80,
        resolved: 100,
        resolvedEarly: 30,
        resolvedOnTime: 60,
        resolvedLate: 10,
      },
      { unitId: 'd874', month: '2024-11', received: 1200, receivedOnline: 800 },
    ])
  })

  it.each([
    ['an empty file', [], { row: 0, reason: 'emptyFile' }],
    ['a blank sheet', [[null, ''], []], { row: 0, reason: 'emptyFile' }],
    [
      'an unknown column',
      [[...header, 'ghiChu'], ...good],
      { row: 0, reason: 'unknownColumn', params: { column: 'J', name: 'ghiChu' } },
    ],
    [
      'a merged (empty) header cell',
      [['unit', null, 'period', 'received'], ...good],
      { row: 0, reason: 'emptyHeader', params: { column: 'B' } },
    ],
    [
      'a missing required column',
      [['unit', 'period', 'receivedOnline']],
      { row: 0, reason: 'missingColumn', params: { name: 'received' } },
    ],
    [
      'a repeated column',
      [['unit', 'period', 'received', 'received']],
      { row: 0, reason: 'duplicateColumn', params: { column: 'D', name: 'received' } },
    ],
    [
      'no period column and none given',
      [
        ['unit', 'received'],
        ['c30133', 1],
      ],
      { row: 0, reason: 'noPeriod' },
    ],
    ['neither format', [['Báo cáo'], ['x', 'y']], { row: 0, reason: 'unknownFormat' }],
  ])('%s refuses the whole file', (_what, cells, problem) => {
    const parsed = parseImport(cells as Cell[][], scope)
    expect(parsed.rejected).toEqual([problem])
    expect(parsed.accepted).toEqual([])
  })

  it.each([
    [
      'a row breaking received ≥ online + postal',
      ['c30133', '', '2024-10', 10, 11, null, null, null, null],
      { reason: 'invariant' },
    ],
    ['resolved ≠ early + on time + late', ['c30133', '', '2024-10', 10, 1, 5, 1, 1, 1], { reason: 'invariant' }],
    ['a bad period', ['c30133', '', '2024-13', 10, 1, null, null, null, null], { column: 'C', reason: 'badPeriod' }],
    [
      'no received',
      ['c30133', '', '2024-10', null, 1, null, null, null, null],
      { column: 'D', reason: 'missingValue' },
    ],
    [
      'a value past the header',
      ['c30133', '', '2024-10', 10, 1, null, null, null, null, 5],
      { column: 'J', reason: 'extraCell' },
    ],
  ])('%s is a rejected row', (_what, bad, problem) => {
    const parsed = parseImport([header, bad as Cell[], ...good], scope)
    expect(parsed.rejected).toEqual([expect.objectContaining({ row: 2, ...problem })])
    expect(parsed.accepted).toHaveLength(2)
  })

  it('uses the given period where the sheet has no period column', () => {
    const parsed = parseImport(
      [
        ['unit', 'received'],
        ['c30133', 5],
      ],
      scope,
      { period: '2024-W41' },
    )
    expect(parsed.accepted.map((a) => a.row)).toEqual([{ unitId: 'c30133', week: '2024-W41', received: 5 }])
  })
})
