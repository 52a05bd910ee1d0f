// Every file of the overview says which structure of units it shows and names the incomplete histories
// (the view model's `structureNote` and `incompleteHistories`), and its trend marks the reorganisation.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { computed } from 'vue'
import { indexTargets } from '../../src/domain/targets'
import * as f from '../../src/domain/format'
import { monthsOf } from '../../src/domain/periods'
import { rollupByUnit } from '../../src/domain/rollup'
import { buildUnitTree } from '../../src/domain/units'
import { childrenModel, kpiModel, trendModel, type OverviewInput } from '../../src/features/overview/overview-model'
import { makeOverviewFile, type FileWords } from '../../src/features/overview/overview-files'
import type { ExportSubject } from '../../src/features/overview/use-overview-export'
import { createTranslate } from '../../src/i18n/use-messages'
import { vi } from '../../src/i18n/vi'
import { row } from '../domain/helpers'
import { words as cellWords } from '../export/view-words'
import { readSlides } from '../export/pptx-read'
import { REFORM_UNITS } from '../domain/reform-fixture'

const translate = createTranslate(() => vi)
const t = (key: string, values?: Record<string, unknown>) => translate('vi', key, values)
const format = {
  locale: computed(() => 'vi' as const),
  count: (v: number) => f.formatCount(v, 'vi'),
  compactCount: (v: number) => f.formatCompactCount(v, 'vi'),
  percent: (r: number, d?: number) => f.formatPercent(r, 'vi', d),
  rate: (r: number | null, target: number | null = null, d?: number) =>
    r === null ? '—' : f.formatPercentAgainst(r, target, 'vi', d),
  pointChange: (d: number) => f.formatPointChange(d, 'vi'),
  points: (r: number) => f.formatPoints(r, 'vi'),
  relativeChange: (r: number) => f.formatRelativeChange(r, 'vi'),
  month: (m: string) => f.formatMonth(m, 'vi'),
  monthShort: (m: string) => f.formatMonthShort(m, 'vi'),
  monthRange: (r: { from: string; to: string }) => f.formatMonthRange(r, 'vi'),
  dateTime: (iso: string) => f.formatDateTime(iso, 'vi'),
} as FileWords['format']
const words: FileWords = {
  t,
  format,
  figureWords: { ...cellWords, t, percent: format.percent },
}

// The new Đồng Tháp and two of its communes, January to October 2025 (figures by hand, as the API would send).
const tree = buildUnitTree(REFORM_UNITS)
const range = { from: '2025-01', to: '2025-10' }
const rows = monthsOf(range).flatMap((month, i) => [
  row('n30154', month, { received: 100, receivedOnline: 40 + i, resolved: 90 }),
  row('n30079', month, { received: 80, receivedOnline: 20 + i, resolved: 70 }),
])
const input: OverviewInput = {
  state: { unitId: 'p82', range, comparison: 'previousPeriod', metric: 'onlineRate', group: null, minVolume: 0 },
  rolled: rollupByUnit(rows, tree),
  tree,
  targets: indexTargets([]),
  available: range,
  history: monthsOf(range),
}
const STRUCTURE = 'Cơ cấu đơn vị: sau sắp xếp đơn vị hành chính (từ 7/2025); thử nghiệm.'
const INCOMPLETE =
  'Lịch sử chưa đầy đủ — Xã Tân Long: số liệu trước 7/2025 không gồm phần của Xã Phú Thuận B ' +
  '(chỉ nhập một phần vào đơn vị này).'
const subject: ExportSubject = {
  unitName: 'Tỉnh Đồng Tháp',
  range,
  comparison: 'previousPeriod',
  updatedAt: '2026-12-01T00:00:00Z',
  user: null,
  figures: {
    metric: 'onlineRate',
    comparison: 'previousPeriod',
    kpis: kpiModel(input),
    trend: trendModel(input),
    children: childrenModel(input),
    tiers: null,
    map: null,
  },
  structureNote: STRUCTURE,
  incompleteHistories: [{ unitName: 'Xã Tân Long', partPredecessorNames: ['Xã Phú Thuận B'] }],
  trendImage: async () => null,
  mapImage: async () => null,
}

const file = async (id: string) => {
  const [blob] = await makeOverviewFile(id, subject, new AbortController().signal, words)
  return Buffer.from(await blob.arrayBuffer())
}

describe("the overview's files say which units they show", () => {
  it.each(['ranking-csv', 'ranking-csv-vi'])('%s: after the table and a blank line, one cell a line', async (id) => {
    const lines = (await file(id)).toString('utf8').split('\r\n')
    expect(lines[0]).toMatch(/^\uFEFFĐơn vị/) // the header stays first, for programs
    // A line of one cell, quoted where it holds the separator (either dialect's) or a quote.
    const cell = (line: string) => (line.startsWith('"') ? line.slice(1, -1).replace(/""/g, '"') : line)
    const at = lines.findIndex((line) => cell(line) === STRUCTURE)
    expect(at).toBeGreaterThan(2)
    expect(lines[at - 1]).toBe('')
    expect(cell(lines[at + 1]!)).toBe(INCOMPLETE)
  })

  it('xlsx: on the cover and above every sheet', async () => {
    const sheets = await readXlsxFile(await file('xlsx'))
    expect(sheets.map((s) => s.sheet)).toEqual(['Thông tin', 'Chỉ số chính', 'Theo tháng', 'Xếp hạng', 'Chưa đạt'])
    const cover = sheets[0]!.data
    expect(cover).toContainEqual(['Cơ cấu đơn vị', STRUCTURE])
    expect(cover).toContainEqual([null, INCOMPLETE])
    for (const { data } of sheets.slice(1)) {
      const firstColumn = data.slice(0, 6).map((r) => r[0])
      expect(firstColumn).toContain(STRUCTURE)
      expect(firstColumn).toContain(INCOMPLETE)
    }
  })

  it('pptx: on the cover; the trend marks 2025-07 with its name', async () => {
    const slides = await readSlides(await file('pptx'))
    expect(slides[0]!.text).toContain(STRUCTURE)
    expect(slides[0]!.text).toContain(INCOMPLETE)
    const trend = slides.find((s) => s.text.includes('Sắp xếp đơn vị hành chính'))
    expect(trend).toBeDefined()
    // The mark stands over July, the seventh of ten months: its x is 6.5 tenths across the plot.
    const label = trend!.boxes.find((b) => b.text === 'Sắp xếp đơn vị hành chính')!
    const plot = { x: 0.4 + 12.533 * 0.06, w: 12.533 * 0.92 }
    // In the axis's second half, its name ends at the line.
    expect(label.x + label.w + 0.05).toBeCloseTo(plot.x + (plot.w * 6.5) / 10, 2)
  })

  it('pdf: on the first page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'structure-'))
    const path = join(dir, 'pack.pdf')
    writeFileSync(path, await file('pdf'))
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' })
    const flat = first.replace(/\s+/g, ' ')
    expect(flat).toContain(STRUCTURE)
    expect(flat).toContain(INCOMPLETE)
  })
})
