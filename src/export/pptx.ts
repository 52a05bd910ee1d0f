// The meeting pack as PowerPoint (loaded on demand): 16:9, a title slide, then a slide per section
// whose heading states the finding; line and bar charts native and editable, tables as real tables.
import PptxGenJS from 'pptxgenjs'
import type { ExportColumn, ExportTable, ExportValue } from './table'

export type PackSection =
  | { kind: 'table'; heading: string; table: ExportTable; formatValue: (column: ExportColumn, row: Record<string, ExportValue>) => string }
  | { kind: 'line'; heading: string; labels: string[]; series: Array<{ name: string; values: Array<number | null> }> }
  | { kind: 'bar'; heading: string; labels: string[]; values: number[]; target: number | null; targetName: string }
  | { kind: 'image'; heading: string; dataUrl: string; aspect: number }

export interface MeetingPack {
  title: string
  unitName: string
  periodLabel: string
  dateLine: string
  sourceLine: string
  sections: PackSection[]
}

const FONT = 'Arial'
const DARK = '1F2937'
const ACCENT = '0B3A75'
const MAX_TABLE_ROWS = 14

function frame(pptx: PptxGenJS, pack: MeetingPack, heading: string) {
  const slide = pptx.addSlide()
  slide.addText(heading, { x: 0.4, y: 0.25, w: 12.5, h: 0.8, fontFace: FONT, fontSize: 22, bold: true, color: ACCENT })
  slide.addText(`${pack.unitName} · ${pack.periodLabel}`, { x: 0.4, y: 0.95, w: 12.5, h: 0.35, fontFace: FONT, fontSize: 12, color: '4B5563' })
  slide.addText(pack.sourceLine, { x: 0.4, y: 7.0, w: 12.5, h: 0.3, fontFace: FONT, fontSize: 9, color: '6B7280' })
  return slide
}

/** Builds the pack; percentages are given as fractions and drawn with % formats. */
export async function meetingPackPptx(pack: MeetingPack): Promise<Blob> {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = `${pack.title} — ${pack.unitName}`

  const cover = pptx.addSlide()
  cover.background = { color: ACCENT }
  cover.addText(pack.title, { x: 0.6, y: 2.2, w: 12, h: 1, fontFace: FONT, fontSize: 34, bold: true, color: 'FFFFFF' })
  cover.addText(pack.unitName, { x: 0.6, y: 3.3, w: 12, h: 0.8, fontFace: FONT, fontSize: 26, color: 'FFFFFF' })
  cover.addText(`${pack.periodLabel} · ${pack.dateLine}`, { x: 0.6, y: 4.1, w: 12, h: 0.6, fontFace: FONT, fontSize: 16, color: 'DCE6F5' })

  for (const section of pack.sections) {
    const slide = frame(pptx, pack, section.heading)
    if (section.kind === 'table') {
      const { table } = section
      const header = table.columns.map((c) => ({ text: c.label, options: { bold: true, fill: { color: 'E5E7EB' } } }))
      const rows = table.rows.slice(0, MAX_TABLE_ROWS).map((row) =>
        table.columns.map((c) => ({ text: section.formatValue(c, row), options: { align: c.kind === 'text' ? 'left' as const : 'right' as const } })))
      slide.addTable([header, ...rows], {
        x: 0.4, y: 1.45, w: 12.5, fontFace: FONT, fontSize: 11, color: DARK, border: { type: 'solid', pt: 0.5, color: 'D1D5DB' },
      })
    } else if (section.kind === 'line') {
      slide.addChart(pptx.ChartType.line, section.series.map((s) => ({ name: s.name, labels: section.labels, values: s.values })), {
        x: 0.4, y: 1.45, w: 12.5, h: 5.4, valAxisLabelFormatCode: '0%', valAxisMinVal: 0, showLegend: true, legendPos: 'b',
        chartColors: ['0B3A75', 'D55E00'], lineDataSymbol: 'circle', lineDataSymbolSize: 6, catAxisLabelFontSize: 10,
      })
    } else if (section.kind === 'image') {
      const h = Math.min(5.4, 12.5 / section.aspect)
      slide.addImage({ data: section.dataUrl, x: 0.4 + (12.5 - h * section.aspect) / 2, y: 1.45, w: h * section.aspect, h })
    } else {
      // Bar charts draw the first category at the bottom: reverse, so the best is on top.
      slide.addChart(pptx.ChartType.bar, [{ name: section.heading, labels: [...section.labels].reverse(), values: [...section.values].reverse() }], {
        x: 0.4, y: 1.45, w: 12.5, h: 5.4, barDir: 'bar', valAxisLabelFormatCode: '0%', valAxisMinVal: 0, valAxisMaxVal: 1,
        showValue: true, dataLabelFormatCode: '0.0%', chartColors: ['0072B2'], catAxisLabelFontSize: 10,
      })
      if (section.target !== null) {
        slide.addText(`${section.targetName}: ${(section.target * 100).toFixed(1)}%`, { x: 9.4, y: 1.05, w: 3.5, h: 0.35, fontFace: FONT, fontSize: 12, color: 'D55E00', align: 'right' })
      }
    }
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob
}
