// A table's columns on a slide or page: in proportion to what each asks for, a number never narrower than its
// longest cell (so "0,03 điểm %" stays on one line), a name column as its hint says (names may take two lines).
import { describe, expect, it } from 'vitest'
import { columnWidths, slideChunks } from '../../src/export/slide-layout'
import type { ExportColumn } from '../../src/export/table'

const columns: ExportColumn[] = [
  { key: 'name', label: 'Đơn vị', kind: 'text', width: 28 },
  { key: 'gap', label: 'Còn thiếu', kind: 'points', width: 10 },
]

describe('columnWidths', () => {
  it('gives each column its hint, without cells', () => {
    expect(columnWidths(columns, 380)).toEqual([280, 100])
  })
  it("widens a number's column to its longest cell, not a name's", () => {
    const cells = [
      ['Xã Vĩnh Bình', '0,03 điểm %'],
      ['Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Tháp', '3,8 điểm %'],
    ]
    // "0,03 điểm %" is 11 characters: the gap asks for 12 of 28 + 12.
    expect(columnWidths(columns, 400, cells)).toEqual([280, 120])
  })
})

describe('slideChunks', () => {
  it('keeps every row once, in order, the slides as even as possible', () => {
    const rows = Array.from({ length: 35 }, (_, i) => i)
    const chunks = slideChunks(rows, 16)
    expect(chunks.map((c) => c.length)).toEqual([12, 12, 11])
    expect(chunks.flat()).toEqual(rows)
  })
})
