import { describe, expect, it } from 'vitest'
import { fileDateTime } from '../../src/export/file-date'
import { meetingPackPptx, type MeetingPack } from '../../src/export/pptx'
import { FOOTER, SLIDE } from '../../src/export/slide-layout'
import type { ExportColumn, ExportTable, ExportValue } from '../../src/export/table'
import { readSlides } from './pptx-read'

const format = (column: ExportColumn, row: Record<string, ExportValue>) => {
  const value = row[column.key]
  if (value === null || value === undefined) return '—'
  return typeof value === 'number' && column.kind === 'rate'
    ? `${(value * 100).toFixed(1).replace('.', ',')}%`
    : String(value)
}

function units(count: number): ExportTable {
  return {
    sheet: 'Xếp hạng',
    title: 'Xếp hạng',
    columns: [
      { key: 'name', label: 'Đơn vị', kind: 'text' },
      { key: 'level', label: 'Cấp', kind: 'text', width: 10 },
      { key: 'value', label: 'Tỷ lệ hồ sơ trực tuyến', kind: 'rate' },
      { key: 'gap', label: 'Khoảng cách đến chỉ tiêu', kind: 'points' },
      { key: 'monthsBehind', label: 'Số tháng chưa đạt liên tiếp', kind: 'count' },
      { key: 'volume', label: 'Hồ sơ tiếp nhận', kind: 'count' },
      { key: 'numerator', label: 'Hồ sơ nộp trực tuyến toàn trình', kind: 'count' },
    ],
    rows: Array.from({ length: count }, (_, i) => ({
      name: `Xã Tân Phú Đông số ${i + 1}`,
      level: 'Cấp xã',
      value: i / count,
      gap: -0.343,
      monthsBehind: i,
      volume: 1000 + i,
      numerator: 500 + i,
    })),
  }
}

const pack = (tables: ExportTable[]): MeetingPack => ({
  title: 'Tiến độ dịch vụ công trực tuyến',
  unitName: 'Huyện Thanh Bình',
  periodLabel: 'Tháng 1/2021 – Tháng 6/2021',
  dateLine: 'Xuất ngày 02/12/2026 18:09',
  sourceLine: 'Nguồn: hệ thống một cửa điện tử',
  continued: '(tiếp)',
  sections: [
    ...tables.map((table) => ({
      kind: 'table' as const,
      heading: `${table.rows.length} đơn vị chưa đạt`,
      table,
      formatValue: format,
    })),
    { kind: 'line', heading: 'Diễn biến', labels: ['T1', 'T2'], series: [{ name: 'Tỷ lệ', values: [0.1, 0.2] }] },
    {
      kind: 'bar',
      heading: 'Xếp hạng',
      labels: ['A', 'B'],
      values: [0.5, 0.2],
      target: 0.3,
      targetLabel: 'Chỉ tiêu: 30,0%',
    },
  ],
})

async function slidesOf(p: MeetingPack) {
  const blob = await meetingPackPptx(p)
  return readSlides(new Uint8Array(await blob.arrayBuffer()))
}

describe('meeting pack PPTX', () => {
  it(
    'a table too long for one slide continues on the next ' + 'under "(tiếp)": every row and column, none cut',
    async () => {
      const table = units(19)
      const slides = await slidesOf(pack([table, units(3)]))
      const first = slides.filter((s) => s.text.startsWith('19 đơn vị chưa đạt'))
      expect(first).toHaveLength(2)
      expect(first[1]!.text.startsWith('19 đơn vị chưa đạt (tiếp)')).toBe(true)
      const written = first.flatMap((s) => s.tables[0]!)
      const header = table.columns.map((c) => c.label)
      expect(first.map((s) => s.tables[0]![0])).toEqual([header, header]) // the header again on the following slide
      expect(written.filter((r) => r[0] !== 'Đơn vị')).toEqual(
        table.rows.map((row) => table.columns.map((c) => format(c, row))),
      )
      expect(slides.filter((s) => s.text.startsWith('3 đơn vị chưa đạt'))).toHaveLength(1)
    },
  )

  it('every shape lies within the 13.33 × 7.5 in slide and none but the footer reaches the source line', async () => {
    const slides = await slidesOf(pack([units(40), units(5)]))
    expect(slides.length).toBeGreaterThan(5)
    for (const slide of slides.slice(1)) {
      for (const b of slide.boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0)
        expect(b.x + b.w).toBeLessThanOrEqual(SLIDE.w + 1e-3)
        expect(b.y + b.h).toBeLessThanOrEqual(SLIDE.h + 1e-3)
        if (b.y < FOOTER.y) expect(b.y + b.h, b.text.slice(0, 40)).toBeLessThanOrEqual(FOOTER.y)
      }
      expect(slide.hasSlideNumber).toBe(true)
      expect(slide.text).toContain('Nguồn: hệ thống một cửa điện tử')
    }
  })

  it('the cover carries the period and the export date line as given', async () => {
    const [cover] = await slidesOf(pack([]))
    expect(cover!.text).toContain('Tháng 1/2021 – Tháng 6/2021 · Xuất ngày 02/12/2026 18:09')
  })
})

describe('fileDateTime', () => {
  it.each([
    ['2026-12-02T11:09:00Z', '02/12/2026 18:09'],
    ['2026-12-31T17:30:00Z', '01/01/2027 00:30'], // past midnight in Vietnam
  ])('%s is %s in Vietnam time, day first as on a document', (iso, expected) => {
    expect(fileDateTime(iso)).toBe(expected)
  })
})
