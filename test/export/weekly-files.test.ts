// The weekly view's files read back: named after their weeks; every sheet holds every row and column as the
// column definition gives them, in the screen's order; the slides hold the cells as the screen writes them.
import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { cellText } from '../../src/domain/cell-text'
import { rowValues } from '../../src/domain/columns'
import { FOOTER, SLIDE } from '../../src/export/slide-layout'
import { rollupByUnit } from '../../src/domain/rollup'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import { weeklyColumns } from '../../src/features/weekly/weekly-columns'
import { weeklyFiles } from '../../src/features/weekly/weekly-files'
import { weeklyModel, type WeeklyLine } from '../../src/features/weekly/weekly-model'
import { makeViewFile } from '../../src/features/shared/view-files'
import { row } from '../domain/helpers'
import { readSlides } from './pptx-read'
import { sheetCell, sheetHeader, stamp, t, words } from './view-words'

// 19 departments: more than a slide's rows; department i online 40 + 2i % this week, 45 + i % last week.
const units: UnitLike[] = [
  { id: 'P', code: 'P', name: 'Tỉnh Đồng Tháp', kind: 'province', parentId: null },
  ...Array.from({ length: 19 }, (_, i): UnitLike => ({
    id: `S${i}`,
    code: `S${i}`,
    name: `Sở số ${i + 1}`,
    kind: 'department',
    parentId: 'P',
  })),
]
const rows = units
  .slice(1)
  .flatMap((u, i) => [
    row(u.id, '2026-W47', { received: 100, receivedOnline: 45 + i }, true),
    row(u.id, '2026-W48', { received: 100, receivedOnline: 40 + 2 * i }, true),
  ])
const model = weeklyModel(
  {
    rolled: rollupByUnit(rows, buildUnitTree(units)),
    unitId: 'P',
    children: units.slice(1),
    current: ['2026-W48'],
    previous: ['2026-W47'],
    metric: 'onlineRate',
    targetOf: () => 0.5,
  },
  units[0]!,
  null,
)
const files = weeklyFiles(
  {
    figures: { model, metric: 'onlineRate', unitName: 'Tỉnh Đồng Tháp' },
    range: { from: '2026-W48', to: '2026-W48' },
    periodLabel: 'Tuần 48/2026 (23/11 – 29/11)',
    previousLabel: 'Tuần 47/2026 (16/11 – 22/11)',
    updatedAt: '2026-12-02T11:09:00Z',
    exportedBy: 'Văn phòng (vanphong)',
    structureNote: null,
  },
  { t, words, stamp },
)
const file = async (id: string) => {
  const [blob, name] = await makeViewFile(id, files, new AbortController().signal)
  return { data: Buffer.from(await blob.arrayBuffer()), name }
}
const columns = weeklyColumns(t)
// The screen's order of the units: the largest fall first (department i changes by i − 5 points).
const byChange = [...model.lines].sort((a, b) => a.change! - b.change!)
const expected: Array<{ sheet: string; rows: WeeklyLine[] }> = [
  { sheet: 'Toàn đơn vị', rows: [model.own] },
  { sheet: 'Theo dõi hằng tuần', rows: byChange },
  { sheet: 'Giảm so với kỳ trước', rows: byChange.filter((l) => l.change! < 0) },
]

describe("the weekly view's files", () => {
  it('are named after the unit and the week', async () => {
    expect((await file('xlsx')).name).toBe('tien-do-dvctt_dong-thap_theo-doi-hang-tuan_2026-W48.xlsx')
    expect((await file('pdf')).name).toBe('tien-do-dvctt_dong-thap_theo-doi-hang-tuan_2026-W48.pdf')
  })

  it('xlsx: every row and column of every table as the definition gives them', async () => {
    const sheets = await readXlsxFile((await file('xlsx')).data)
    expect(sheets.map((s) => s.sheet)).toEqual(['Thông tin', ...expected.map((e) => e.sheet)])
    expect(expected[2]!.rows).toHaveLength(5) // departments 1–5 fell
    for (const { sheet, rows: lines } of expected) {
      const { data } = sheets.find((s) => s.sheet === sheet)!
      const header = data.findIndex((r) => r[0] === 'Đơn vị')
      expect(data[header - 3]![0]).toBe('Tỉnh Đồng Tháp · Tuần 48/2026 (23/11 – 29/11)')
      expect(data[header]).toEqual(columns.map(sheetHeader))
      expect(data.slice(header + 1)).toHaveLength(lines.length)
      data.slice(header + 1).forEach((cells, i) =>
        columns.forEach((c, j) => {
          const want = sheetCell(c, lines[i]!)
          if (typeof want === 'number') expect(cells[j], `${sheet} ${i} ${c.key}`).toBeCloseTo(want, 9)
          else expect(cells[j], `${sheet} ${i} ${c.key}`).toEqual(want)
        }),
      )
    }
  })

  it('pptx: the finding first, then every unit (continued, none cut) as on screen, within the slide', async () => {
    const slides = await readSlides((await file('pptx')).data)
    expect(slides[1]!.text.split('\n')[0]).toBe(
      `Tỉnh Đồng Tháp: Tỷ lệ hồ sơ trực tuyến ${words.rate(model.own.value!, 0.5)} ` +
        `(${words.pointChange(model.own.change!)} so với kỳ trước) — đạt chỉ tiêu 50,0%`,
    )
    const texts = (lines: WeeklyLine[]) =>
      lines.map((l) => columns.map((c) => cellText(c, rowValues(columns, l), words)))
    const tablesOf = (heading: string) =>
      slides.filter((s) => s.text.startsWith(heading)).flatMap((s) => s.tables[0]!.slice(1))
    const lines = slides.filter((s) => s.text.startsWith('Tỷ lệ hồ sơ trực tuyến theo đơn vị'))
    expect(lines.length).toBe(2) // 19 rows: continued on a second slide
    expect(tablesOf('Tỷ lệ hồ sơ trực tuyến theo đơn vị')).toEqual(texts(byChange))
    expect(tablesOf('5 đơn vị giảm so với kỳ trước')).toEqual(texts(expected[2]!.rows))
    for (const slide of slides.slice(1))
      for (const b of slide.boxes) {
        expect(b.x + b.w).toBeLessThanOrEqual(SLIDE.w + 1e-3)
        if (b.y < FOOTER.y) expect(b.y + b.h, b.text.slice(0, 40)).toBeLessThanOrEqual(FOOTER.y)
      }
  })
})
