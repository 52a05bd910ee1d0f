import { describe, expect, it } from 'vitest'
import { fileDateTime } from '../../src/export/file-date'
import { meetingPackPptx, type MeetingPack } from '../../src/export/pptx'
import { FOOTER, SLIDE } from '../../src/export/slide-layout'
import type { CellValue } from '../../src/domain/columns'
import type { ExportColumn, ExportTable } from '../../src/export/table'
import { readCharts, readSlides } from './pptx-read'

const format = (column: ExportColumn, row: Record<string, CellValue>) => {
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

const ranking = { labels: ['Sở Tư pháp', 'Sở Y tế', 'Sở Xây dựng'], values: [0.42, 0.31, 0.12], target: 0.35 }

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
      labels: ranking.labels,
      values: ranking.values,
      target: ranking.target,
      targetLabel: 'Chỉ tiêu: 35,0%',
      valueLabels: ranking.values.map((v) => `${(v * 100).toFixed(1).replace('.', ',')}%`),
      seriesNames: { met: 'Đạt', notMet: 'Chưa đạt' },
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

  it(
    'the ranking chart: met and not met as two series, the axis fitted to the data, ' +
      'values written in vi-VN, the target a line at its value with its label above the bars',
    async () => {
      const blob = await meetingPackPptx(pack([]))
      const data = new Uint8Array(await blob.arrayBuffer())
      const slide = (await readSlides(data)).find((s) => s.text.startsWith('Xếp hạng'))!
      const chart = (await readCharts(data)).find((c) => c.series.some((s) => s.name === 'Chưa đạt'))!
      // Bars are drawn bottom up: the series hold the units reversed, each value in exactly one of them.
      const reversed = [...ranking.values].reverse()
      const met = chart.series.find((s) => s.name === 'Đạt')!.values
      const notMet = chart.series.find((s) => s.name === 'Chưa đạt')!.values
      expect(met).toEqual(reversed.map((v) => (v >= ranking.target ? v : 0)))
      expect(notMet).toEqual(reversed.map((v) => (v < ranking.target ? v : 0)))
      const top = Math.max(...ranking.values, ranking.target)
      expect(chart.axisMax).toBeGreaterThanOrEqual(top)
      expect(chart.axisMax!).toBeLessThanOrEqual(top + 0.1) // not 0–100% for values under 50%
      expect(chart.showsValues).toBe(false) // no "42.0%" from the viewer's locale…
      for (const label of ['42,0%', '31,0%', '12,0%']) expect(slide.text).toContain(label) // …but as on screen
      const frame = slide.boxes.find((b) => b.w > 5 && b.h > 3 && b.text === '')!
      const plotX = frame.x + chart.layout!.x * frame.w
      const plotY = frame.y + chart.layout!.y * frame.h
      const line = slide.boxes.find((b) => b.w === 0)!
      expect(line.x).toBeCloseTo(plotX + (ranking.target / chart.axisMax!) * chart.layout!.w * frame.w, 2)
      expect(line.y + line.h).toBeCloseTo(plotY + chart.layout!.h * frame.h, 2)
      const label = slide.boxes.find((b) => b.text === 'Chỉ tiêu: 35,0%')!
      expect(label.y + label.h).toBeLessThanOrEqual(plotY)
    },
  )

  it("a country's 63 provinces continue on following slides: every bar once, legible, on one axis", async () => {
    const values = Array.from({ length: 63 }, (_, i) => 0.95 - i * 0.012)
    const labels = values.map((_, i) => `Tỉnh số ${i + 1}`)
    const many: MeetingPack = {
      ...pack([]),
      sections: [
        {
          kind: 'bar',
          heading: 'Xếp hạng',
          labels,
          values,
          target: 0.5,
          targetLabel: 'Chỉ tiêu: 50,0%',
          valueLabels: values.map((v) => `${(v * 100).toFixed(1).replace('.', ',')}%`),
          seriesNames: { met: 'Đạt', notMet: 'Chưa đạt' },
        },
      ],
    }
    const data = new Uint8Array(await (await meetingPackPptx(many)).arrayBuffer())
    const slides = (await readSlides(data)).slice(1)
    const charts = await readCharts(data)
    expect(slides.map((s) => s.text.split('\n')[0])).toEqual(['Xếp hạng', 'Xếp hạng (tiếp)', 'Xếp hạng (tiếp)'])
    // Each chart's bars (bottom up), met and not met together, are the next units in rank order.
    const drawn = charts.flatMap((c) => c.series[0]!.values.map((v, i) => v + c.series[1]!.values[i]!).reverse())
    expect(drawn.map((v) => v.toFixed(4))).toEqual(values.map((v) => v.toFixed(4)))
    for (const c of charts) expect(c.series[0]!.values.length).toBeLessThanOrEqual(24)
    expect(new Set(charts.map((c) => c.axisMax))).toEqual(new Set([1])) // the same axis on every slide
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
