// The service index's files read back: every sheet holds every row of its table with each column's value as the
// column definition gives it; the slides hold the same cells as the screen writes them, continued, never cut.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { cellText } from '../../src/domain/cell-text'
import { rowValues, type TableColumn } from '../../src/domain/columns'
import { FOOTER, SLIDE } from '../../src/export/slide-layout'
import { rollupByUnit } from '../../src/domain/rollup'
import { SERVICE_INDEX } from '../../src/domain/service-index-config'
import { sortByColumn } from '../../src/domain/sorting'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import { accountabilityModel } from '../../src/features/service-index/accountability-model'
import {
  groupColumns,
  holderColumns,
  lossColumns,
  resolutionColumns,
} from '../../src/features/service-index/index-columns'
import { indexFiles, type IndexExportSubject } from '../../src/features/service-index/index-files'
import { indexModel } from '../../src/features/service-index/index-model'
import { indexPeriods, type IndexPeriod } from '../../src/features/service-index/index-period'
import { makeViewFile } from '../../src/features/shared/view-files'
import { row } from '../domain/helpers'
import { readSlides } from './pptx-read'
import { sheetCell, sheetHeader, stamp, t, words } from './view-words'

// A province and 14 departments over five weeks, each department a little worse than the one before.
const units: UnitLike[] = [
  { id: 'P', code: 'P', name: 'Tỉnh Đồng Tháp', kind: 'province', parentId: null },
  ...Array.from({ length: 14 }, (_, i): UnitLike => ({
    id: `S${i}`,
    code: `S${i}`,
    name: `Sở số ${i + 1}`,
    kind: 'department',
    parentId: 'P',
  })),
]
const weeks = ['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48']
const rows = units.slice(1).flatMap((u, i) =>
  weeks.map((week, w) =>
    row(
      u.id,
      week,
      {
        received: 100 + 10 * i,
        receivedOnline: 90 - 4 * i + w,
        feeDossiers: 50,
        feePaidOnline: 45 - 2 * i,
        resolved: 80,
        resolvedEarly: 60 - i,
        resolvedOnTime: 15,
        resolvedLate: 5 + i,
        ratedDissatisfied: i % 3,
        pending: 40 + i,
        pendingOverdue: 3 * i + w,
        digitizedAtIntake: 70 + i,
      },
      true,
    ),
  ),
)
const period: IndexPeriod = { grain: 'week', week: '2026-W48' }
const tree = buildUnitTree(units)
const input = {
  rolled: rollupByUnit(rows, tree),
  unitId: 'P',
  children: units.slice(1).map((u) => ({ id: u.id, name: u.name })),
  periods: indexPeriods(period),
  keys: weeks,
}
const model = indexModel({ ...input, config: SERVICE_INDEX })
const accountability = accountabilityModel(input)
const label = (key: string) => `Tuần ${Number(key.slice(6))}`
const subject: IndexExportSubject = {
  figures: { period, model, accountability },
  unitName: 'Tỉnh Đồng Tháp',
  periodLabel: 'Tuần 48/2026',
  periodKeys: ['2026-W48'],
  updatedAt: '2026-12-02T11:09:00Z',
  exportedBy: 'Văn phòng (vanphong)',
  structureNote: 'Cơ cấu đơn vị: sau sắp xếp',
}
const files = indexFiles(subject, { t, words, label, stamp })
const file = async (id: string) => {
  const [blob, name] = await makeViewFile(id, files, new AbortController().signal)
  return { data: Buffer.from(await blob.arrayBuffer()), name }
}

// The tables as the test states them: each from its column definition over the model's rows, in the screen's order.
const measured = model.groups.filter((g) => g.state !== 'notMeasured')
const expected: Array<{ sheet: string; columns: TableColumn<never>[]; rows: unknown[] }> = [
  { sheet: 'Điểm theo nhóm', columns: groupColumns(t, period) as never, rows: model.groups },
  ...measured.map((g) => ({
    sheet: `Mất điểm - ${t(`serviceIndex.shortGroups.${g.id}`)}`,
    columns: lossColumns(t, period) as never,
    rows: sortByColumn(model.losses[g.id], (l) => Math.round(l.lost * 100) / 100, 'descending'),
  })),
  {
    sheet: 'Giải quyết theo thời hạn',
    columns: resolutionColumns(t) as never,
    rows: weeks.map((key, i) => ({
      key,
      label: label(key),
      early: accountability.early[i],
      onTime: accountability.onTime[i],
      late: accountability.late[i],
      overdue: accountability.overdue[i],
    })),
  },
  {
    sheet: 'Giữ hồ sơ quá hạn',
    columns: holderColumns(t, period) as never,
    rows: [...accountability.holders].sort((a, b) => b.overdue - a.overdue),
  },
]

describe("the service index's files", () => {
  it('are named after the unit and the week', async () => {
    expect((await file('xlsx')).name).toBe('tien-do-dvctt_dong-thap_chi-so-phuc-vu_2026-W48.xlsx')
  })

  it('xlsx: a cover, then a sheet per table holding every row and column as the definitions give them', async () => {
    const sheets = await readXlsxFile((await file('xlsx')).data)
    expect(sheets.map((s) => s.sheet)).toEqual(['Thông tin', ...expected.map((e) => e.sheet)])
    const cover = sheets[0]!.data
    expect(cover).toContainEqual(['Điểm các nhóm đo được', `${words.score(model.index.points)} / 82 điểm`])
    expect(cover.flat().join(' ')).toContain('không phải điểm chính thức')
    for (const { sheet, columns, rows } of expected) {
      const { data } = sheets.find((s) => s.sheet === sheet)!
      const header = data.findIndex((r) => r[0] === columns[0]!.header)
      expect(data.slice(0, header).flat().join(' '), sheet).toContain('Tỉnh Đồng Tháp · Tuần 48/2026')
      expect(data[header], sheet).toEqual(columns.map(sheetHeader))
      const body = data.slice(header + 1)
      expect(body, sheet).toHaveLength(rows.length)
      body.forEach((cells, i) =>
        columns.forEach((c, j) => {
          const want = sheetCell(c, rows[i] as never)
          if (typeof want === 'number') expect(cells[j], `${sheet} ${i} ${c.key}`).toBeCloseTo(want, 9)
          else expect(cells[j], `${sheet} ${i} ${c.key}`).toEqual(want)
        }),
      )
    }
  })

  it('pptx: every table as on screen (the first ten of a long list, said in its title), within the slide', async () => {
    const slides = await readSlides((await file('pptx')).data)
    const worst = [...model.groups].filter((g) => (g.lost ?? 0) > 0).sort((a, b) => b.lost! - a.lost!)[0]!
    const groupsSlide = slides.find((s) => s.text.startsWith(`${words.score(model.index.points)} / 82 điểm`))!
    expect(groupsSlide.text.split('\n')[0]).toContain(`nhóm ${t(`serviceIndex.groups.${worst.id}`)}`)
    expect(groupsSlide.text).toContain('điểm = điểm tối đa × tỷ lệ ÷ mức chuẩn') // the rule under the table
    // The tables in slide order, by header (the groups' losses share theirs): the first ten of a long list.
    const want = new Map<string, string[][]>()
    for (const { columns, rows } of expected) {
      const shown = columns.filter((c) => c.on === undefined || c.on === 'file')
      const top = columns === expected.at(-2)!.columns ? rows : rows.slice(0, 10)
      const key = JSON.stringify(shown.map((c) => c.header))
      want.set(key, [
        ...(want.get(key) ?? []),
        ...top.map((r) => shown.map((c) => cellText(c, rowValues(columns, r as never), words))),
      ])
    }
    for (const [header, texts] of want) {
      const written = slides
        .flatMap((s) => s.tables)
        .filter((tb) => JSON.stringify(tb[0]) === header)
        .flatMap((tb) => tb.slice(1))
      expect(written, header).toEqual(texts)
    }
    const losses = slides.filter((s) => s.text.startsWith('Tiến độ giải quyết: '))
    expect(losses).toHaveLength(1)
    expect(losses[0]!.text).toContain('10 đơn vị đầu trong 14') // the note says the list is the first ten
    for (const slide of slides.slice(1)) {
      expect(slide.text).toContain('không phải điểm chính thức') // the source line on every slide
      for (const b of slide.boxes) {
        expect(b.x + b.w).toBeLessThanOrEqual(SLIDE.w + 1e-3)
        if (b.y < FOOTER.y) expect(b.y + b.h, b.text.slice(0, 40)).toBeLessThanOrEqual(FOOTER.y)
      }
    }
  })

  it('pdf: A4 landscape; the rule, the groups and the unit costing the most points are there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'index-'))
    const path = join(dir, 'index.pdf')
    writeFileSync(path, (await file('pdf')).data)
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 595\.28 pts/)
    // Every page carries a table or a heading above its footer: none is left blank.
    const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1)
    pages.forEach((page, i) => expect(page.trim().split('\n').length, `page ${i + 1}`).toBeGreaterThan(2))
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('điểm = điểm tối đa × tỷ lệ ÷ mức chuẩn')
    for (const g of measured) expect(text).toContain(t(`serviceIndex.groups.${g.id}`))
    const top = [...model.losses.progress].sort((a, b) => b.lost - a.lost)[0]!
    expect(text).toContain(`Tiến độ giải quyết: ${top.name} làm mất nhiều điểm nhất`)
  })
})
