// A file's cell reads as the screen's: the one cellText, fed a file's column (tableFromColumns keeps what the words
// need: the target a rate is read against, whether a number is a change).
import { describe, expect, it } from 'vitest'
import { cellText } from '../../src/domain/cell-text'
import type { TableColumn } from '../../src/domain/columns'
import { tableFromColumns } from '../../src/export/columns'
import { words } from './view-words'

interface Row {
  month: string
  rate: number
  target: number
  gap: number
  change: number
  added: number
}
const columns: TableColumn<Row>[] = [
  { key: 'month', header: 'Tháng', kind: 'month', value: (r) => r.month },
  { key: 'rate', header: 'Tỷ lệ', kind: 'rate', against: 'target', value: (r) => r.rate },
  { key: 'target', header: 'Chỉ tiêu', kind: 'rate', value: (r) => r.target },
  { key: 'gap', header: 'Thiếu', kind: 'points', value: (r) => r.gap },
  { key: 'change', header: 'Thay đổi', kind: 'points', isSigned: true, value: (r) => r.change },
  { key: 'added', header: 'Thêm', kind: 'count', isSigned: true, value: (r) => r.added },
]
const row: Row = { month: '2021-03', rate: 0.9496, target: 0.95, gap: 0.343, change: 0.343, added: 1200 }

describe("a file's cell in words", () => {
  it('reads as on screen: a shortfall without a sign, a change with one, a month by name', () => {
    const table = tableFromColumns({ sheet: 's', title: 't' }, columns, [row])
    const texts = table.columns.map((c) => cellText(c, table.rows[0]!, words))
    // 94,96% read against 95%: the digits that keep it below; 0,343 = 34,3 points.
    expect(texts).toEqual(['Tháng 3/2021', '94,96%', '95,0%', '34,3 điểm %', '+34,3 điểm %', '+1.200'])
  })
})
