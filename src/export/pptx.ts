// The meeting pack as PowerPoint (loaded on demand): 16:9, a title slide, then a slide per section
// whose heading states the finding; line and bar charts native and editable, tables as real tables that
// continue on following slides ("(tiếp)") rather than being cut; slide numbers and the source on every slide.
import type { CellValue } from '../domain/columns'
import PptxGenJS from 'pptxgenjs'
import type { ExportColumn, ExportTable } from './table'
import { addLineChart } from './pptx-line'
import { addRankingSlides } from './pptx-ranking'
import {
  BODY,
  CONTENT_W,
  FOOTER,
  MARGIN_X,
  TABLE_HEADER_H,
  TABLE_ROW_H,
  columnWidths,
  rowsPerSlide,
  slideChunks,
} from './slide-layout'

export type PackSection =
  | {
      kind: 'table'
      heading: string
      table: ExportTable
      formatValue: (column: ExportColumn, row: Record<string, CellValue>) => string
      /** A line or two under the table (how its figures are worked out), on its last slide. */
      note?: string
    }
  | {
      kind: 'line'
      heading: string
      labels: string[]
      series: Array<{ name: string; values: Array<number | null> }>
      /** A month marked on the axis (the reorganisation of 2025-07): its index among the labels, and its name. */
      marker?: { index: number; label: string } | null
    }
  | {
      kind: 'bar'
      heading: string
      labels: string[]
      values: number[]
      target: number | null
      targetLabel: string
      /** The values as the screen writes them ("34,3%"), for files that draw the chart themselves. */
      valueLabels: string[]
      /** The names of the two series, met and not met ("Đạt", "Chưa đạt"). */
      seriesNames: { met: string; notMet: string }
    }
  | { kind: 'image'; heading: string; dataUrl: string; aspect: number }

export interface MeetingPack {
  title: string
  unitName: string
  periodLabel: string
  dateLine: string
  sourceLine: string
  /** Put after the heading of a table's following slides: "(tiếp)". */
  continued: string
  /** Which structure of units the figures show, and incomplete histories: on the cover and the first page. */
  notes?: string[]
  sections: PackSection[]
}

const FONT = 'Arial'
const DARK = '1F2937'
const ACCENT = '0B3A75'
const BODY_H = BODY.bottom - BODY.y
/** The rows' height a table's note takes. */
const NOTE_ROWS = 3

function frame(pptx: PptxGenJS, pack: MeetingPack, heading: string) {
  const slide = pptx.addSlide()
  const text = { x: MARGIN_X, w: CONTENT_W, fontFace: FONT, margin: 0 }
  slide.addText(heading, {
    ...text,
    y: 0.25,
    h: 0.65,
    fontSize: 20,
    bold: true,
    color: ACCENT,
    valign: 'top',
    fit: 'shrink',
  })
  slide.addText(`${pack.unitName} · ${pack.periodLabel}`, { ...text, y: 0.92, h: 0.32, fontSize: 12, color: '4B5563' })
  slide.addText(pack.sourceLine, { ...text, y: FOOTER.y, h: FOOTER.h, w: CONTENT_W - 1, fontSize: 9, color: '6B7280' })
  slide.slideNumber = {
    x: MARGIN_X + CONTENT_W - 0.8,
    y: FOOTER.y,
    w: 0.8,
    h: FOOTER.h,
    fontFace: FONT,
    fontSize: 9,
    color: '6B7280',
    align: 'right',
  }
  return slide
}

function addTableSlides(pptx: PptxGenJS, pack: MeetingPack, section: Extract<PackSection, { kind: 'table' }>) {
  const { table } = section
  const align = (c: ExportColumn) => (c.kind === 'text' ? ('left' as const) : ('right' as const))
  const header = table.columns.map((c) => ({
    text: c.label,
    options: { bold: true, fontSize: 10, fill: { color: 'E5E7EB' }, align: align(c), valign: 'bottom' as const },
  }))
  const texts = table.rows.map((row) => table.columns.map((c) => section.formatValue(c, row)))
  const colW = columnWidths(table.columns, CONTENT_W, texts)
  // A note under the table takes the room of NOTE_ROWS rows on every slide, so that the last one has it.
  const chunks = slideChunks(texts, rowsPerSlide() - (section.note ? NOTE_ROWS : 0))
  chunks.forEach((rows, index) => {
    const slide = frame(pptx, pack, index === 0 ? section.heading : `${section.heading} ${pack.continued}`)
    const body = rows.map((row) => table.columns.map((c, i) => ({ text: row[i]!, options: { align: align(c) } })))
    slide.addTable([header, ...body], {
      x: MARGIN_X,
      y: BODY.y,
      w: colW.reduce((a, b) => a + b, 0),
      colW,
      rowH: [TABLE_HEADER_H, ...rows.map(() => TABLE_ROW_H)],
      fontFace: FONT,
      fontSize: 11,
      color: DARK,
      valign: 'middle',
      margin: [0.03, 0.06, 0.03, 0.06],
      border: { type: 'solid', pt: 0.5, color: 'D1D5DB' },
    })
    if (section.note && index === chunks.length - 1)
      slide.addText(section.note, {
        x: MARGIN_X,
        y: BODY.y + TABLE_HEADER_H + rows.length * TABLE_ROW_H + 0.15,
        w: CONTENT_W,
        h: NOTE_ROWS * TABLE_ROW_H - 0.15,
        fontFace: FONT,
        fontSize: 11,
        color: '4B5563',
        valign: 'top',
        fit: 'shrink',
        margin: 0,
      })
  })
}

/** Builds the pack; percentages are given as fractions and drawn with % formats. */
export async function meetingPackPptx(pack: MeetingPack): Promise<Blob> {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = `${pack.title} — ${pack.unitName}`

  const cover = pptx.addSlide()
  cover.background = { color: ACCENT }
  const coverText = { x: 0.6, w: 12, fontFace: FONT, color: 'FFFFFF' }
  cover.addText(pack.title, { ...coverText, y: 2.2, h: 1, fontSize: 34, bold: true })
  cover.addText(pack.unitName, { ...coverText, y: 3.3, h: 0.8, fontSize: 26 })
  cover.addText(`${pack.periodLabel} · ${pack.dateLine}`, {
    ...coverText,
    y: 4.1,
    h: 0.6,
    fontSize: 16,
    color: 'DCE6F5',
  })
  const notes = pack.notes ?? []
  if (notes.length > 0)
    cover.addText(notes.join('\n'), {
      ...coverText,
      y: 4.85,
      h: 2.1,
      fontSize: 13,
      color: 'DCE6F5',
      valign: 'top',
      fit: 'shrink',
      paraSpaceAfter: 4,
    })

  const box = { x: MARGIN_X, y: BODY.y, w: CONTENT_W, h: BODY_H }
  for (const section of pack.sections) {
    if (section.kind === 'table') {
      addTableSlides(pptx, pack, section)
      continue
    }
    if (section.kind === 'bar') {
      addRankingSlides(pptx, section, box, (part) =>
        frame(pptx, pack, part === 0 ? section.heading : `${section.heading} ${pack.continued}`),
      )
      continue
    }
    const slide = frame(pptx, pack, section.heading)
    if (section.kind === 'line') {
      addLineChart(pptx, slide, section, box)
    } else {
      const h = Math.min(BODY_H, CONTENT_W / section.aspect)
      slide.addImage({
        data: section.dataUrl,
        x: MARGIN_X + (CONTENT_W - h * section.aspect) / 2,
        y: BODY.y,
        w: h * section.aspect,
        h,
      })
    }
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob
}
