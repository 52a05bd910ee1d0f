import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { meetingPackPdf } from '../../src/export/pdf'
import type { MeetingPack } from '../../src/export/pptx'
import type { CellValue } from '../../src/domain/columns'
import type { ExportColumn, ExportTable } from '../../src/export/table'

const format = (column: ExportColumn, row: Record<string, CellValue>) => {
  const value = row[column.key]
  if (typeof value !== 'number') return String(value ?? '—')
  return column.kind === 'points'
    ? `${value > 0 ? '+' : ''}${(value * 100).toFixed(1).replace('.', ',')} điểm %`
    : String(value)
}
const table = (title: string, count: number): ExportTable => ({
  sheet: title,
  title,
  columns: [
    { key: 'name', label: 'Đơn vị', kind: 'text' },
    { key: 'change', label: 'Thay đổi so với kỳ trước', kind: 'points' },
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ({
      key,
      label: `Số hồ sơ tiếp nhận ${key}`,
      kind: 'count' as const,
    })),
  ],
  rows: Array.from({ length: count }, (_, i) => ({
    name: `Xã Tân Phú Đông ${i + 1}`,
    change: 0.343,
    a: 123456,
    b: 1,
    c: 2,
    d: 3,
    e: 4,
    f: 5,
  })),
})

async function write(pack: MeetingPack, images: Record<number, string> = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'))
  const path = join(dir, 'pack.pdf')
  writeFileSync(path, Buffer.from(await (await meetingPackPdf(pack, images)).arrayBuffer()))
  return path
}

async function pagesOf(pack: MeetingPack, images: Record<number, string> = {}): Promise<string[]> {
  return execFileSync('pdftotext', ['-layout', await write(pack, images), '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '')
}

/** A grey PNG of width × height pixels, as a data URL. */
function png(width: number, height: number): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x99)
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])
  const file = Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
  return `data:image/png;base64,${file.toString('base64')}`
}

/** Each picture's page and placed size in pt (pdfimages: pixels over pixels per inch). */
function placedImages(path: string): Array<{ page: number; w: number; h: number }> {
  return execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f[2] === 'image')
    .map((f) => ({
      page: Number(f[0]),
      w: (Number(f[3]) / Number(f[12])) * 72,
      h: (Number(f[4]) / Number(f[13])) * 72,
    }))
}

describe('meeting pack PDF', () => {
  const pack: MeetingPack = {
    title: 'Tiến độ dịch vụ công trực tuyến',
    unitName: 'Huyện Thanh Bình',
    periodLabel: 'Tháng 1/2021 – Tháng 6/2021',
    dateLine: 'Xuất ngày 02/12/2026 18:09',
    sourceLine: 'Nguồn: hệ thống một cửa điện tử',
    continued: '(tiếp)',
    sections: [
      { kind: 'table', heading: 'Chỉ số chính', table: table('Chỉ số chính', 3), formatValue: format },
      { kind: 'table', heading: 'Theo cấp tiếp nhận', table: table('Theo cấp', 4), formatValue: format },
      {
        kind: 'bar',
        heading: 'Xếp hạng theo tỷ lệ',
        labels: ['Xã Tân Quới', 'Xã An Phong'],
        values: [0.42, 0.12],
        target: 0.3,
        targetLabel: 'Chỉ tiêu: 30,0%',
        valueLabels: ['42,0%', '12,0%'],
        seriesNames: { met: 'Đạt', notMet: 'Chưa đạt' },
      },
      { kind: 'table', heading: '40 đơn vị chưa đạt', table: table('Chưa đạt', 40), formatValue: format },
    ],
  }

  it('small tables share a page, the ranking after them too where it fits, with names, values, target', async () => {
    const pages = await pagesOf(pack)
    const small = pages.filter((p) => p.includes('Chỉ số chính') && p.includes('Theo cấp tiếp nhận'))
    expect(small).toHaveLength(1)
    const ranking = pages.find((p) => p.includes('Xếp hạng theo tỷ lệ'))!
    expect(ranking).toMatch(/Xã Tân Quới\s+42,0%/)
    expect(ranking).toContain('Chỉ tiêu: 30,0%')
  })

  it.each([[[5, 10, 10, 12, 8]], [[3, 11, 11, 11, 11, 11]]])(
    'a run of small tables (%j rows) leaves no page blank: a heading moves with its table, never alone',
    async (sizes) => {
      const run: MeetingPack = {
        ...pack,
        sections: sizes.map((n, i) => ({
          kind: 'table' as const,
          heading: `Bảng số ${i + 1}`,
          table: table(`Bảng ${i + 1}`, n),
          formatValue: format,
        })),
      }
      const pages = await pagesOf(run)
      // Every page after the cover holds a heading or rows above its footer line.
      for (const [i, page] of pages.slice(1).entries())
        expect(page.trim().split('\n').length, `page ${i + 2}`).toBeGreaterThan(2)
      sizes.forEach((_, i) => expect(pages.filter((p) => p.includes(`Bảng số ${i + 1}`))).toHaveLength(1))
    },
  )

  it("19 departments' bars, taller to use the page, stay on it: none runs onto a page of its own", async () => {
    const labels = Array.from({ length: 19 }, (_, i) => `Sở số ${i + 1}`)
    const values = labels.map((_, i) => 0.64 - i * 0.033)
    const [bar] = pack.sections.filter((s) => s.kind === 'bar')
    const pages = await pagesOf({
      ...pack,
      sections: [{ ...bar!, labels, values, valueLabels: values.map((v) => `${(v * 100).toFixed(1)}%`) }],
    })
    expect(pages).toHaveLength(2) // the cover and the ranking
    for (const label of labels) expect(pages[1]).toContain(label)
  })

  it("the target's label heads its dashed line above the bars, not at the page's edge", async () => {
    const html = execFileSync('pdftotext', ['-bbox', await write(pack), '-'], { encoding: 'utf8' })
    const page = html.split('<page ').find((p) => p.includes('>Quới<'))!
    const word = (text: string) => {
      const m = new RegExp(`xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${text}<`).exec(page)!
      return { xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! }
    }
    const label = word('Chỉ(?=</word>\\s*<word [^>]*>tiêu:)') // the label's first word, not "Chỉ số chính"'s
    const value = word('42,0%') // the values' column begins where the bars' 420 pt end (and 2 × 4 pt padding)
    const barsStart = value.xMin - 8 - 420
    const top = Math.max(0.42, 0.3) // the axis runs to the next tenth above the largest value or target: 0.5
    const lineX = barsStart + (0.3 / (Math.ceil(top * 10 + 0.01) / 10)) * 420
    expect(Math.abs(label.xMin - lineX)).toBeLessThan(8)
    expect(label.yMax).toBeLessThanOrEqual(word('Quới').yMin) // above the first bar's row
  })

  it('every row of a long table is there, and no "+34,3 điểm %" is wrapped', async () => {
    const text = (await pagesOf(pack)).join('\n')
    for (let i = 1; i <= 40; i++) expect(text).toMatch(new RegExp(`Xã Tân Phú Đông ${i}\\s+\\+34,3 điểm %`))
  })

  it(
    'the key figures share their page with the trend after them, which fills the rest of it; ' +
      'a chart on its own page fills the page',
    async () => {
      const withCharts: MeetingPack = {
        ...pack,
        sections: [
          { kind: 'table', heading: 'Chỉ số chính', table: table('Chỉ số chính', 4), formatValue: format },
          { kind: 'line', heading: 'Tỷ lệ tăng từ 29,8% lên 38,3%', labels: [], series: [] },
          { kind: 'image', heading: 'Bản đồ', dataUrl: png(640, 700), aspect: 640 / 700 },
        ],
      }
      const { pdfPlan } = await import('../../src/export/pdf-layout')
      const box = pdfPlan(withCharts.sections)[1]!.box!
      const images = { 1: png(900, Math.round((900 * box.h) / box.w)) }
      const path = await write(withCharts, images)
      const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f')
      const kpiPage = pages.findIndex((p) => p.includes('Chỉ số chính')) + 1
      expect(pages[kpiPage - 1]).toContain('Tỷ lệ tăng từ 29,8% lên 38,3%')
      const [trend, map] = placedImages(path)
      expect(trend!.page).toBe(kpiPage)
      // A4 landscape inside its margins is 770 × 515 pt: the trend takes the full width and what the table left.
      expect(trend!.w).toBeGreaterThan(760)
      expect(trend!.h).toBeGreaterThan(250)
      expect(map!.page).toBe(kpiPage + 1)
      expect(map!.h).toBeGreaterThan(0.85 * 515)
    },
  )
})
