// The meeting pack as a PDF (loaded on demand): A4 landscape, every section, page numbers and the
// source on every page, Roboto embedded so that Vietnamese is right whatever the reader's machine has.
// Charts fill their page's room (pdf-layout.ts); small tables share a page, with each other and with the chart
// after them, and are never split; a long table repeats its header.
import pdfMake from 'pdfmake/build/pdfmake'
import vfs from 'pdfmake/build/vfs_fonts'
import { PAGE, SMALL_TABLE_ROWS, pdfPlan } from './pdf-layout'
import { rankingContent } from './pdf-ranking'
import type { MeetingPack, PackSection } from './pptx'
import { columnWidths } from './slide-layout'

pdfMake.addVirtualFileSystem(vfs)
pdfMake.addFonts({
  Roboto: {
    normal: 'Roboto-Regular.ttf',
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf',
  },
})

export { pdfPlan } from './pdf-layout'

const ACCENT = '#0b3a75'
/** The padding lightHorizontalLines puts between columns (pt). */
const COLUMN_GAP = 16

function tableContent(section: Extract<PackSection, { kind: 'table' }>): unknown {
  const { table } = section
  const isText = (kind: string) => kind === 'text'
  const texts = table.rows.map((row) => table.columns.map((c) => section.formatValue(c, row)))
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      // The same proportions as on the slides: each column what its kind or width hint asks for.
      widths: columnWidths(table.columns, PAGE.w - COLUMN_GAP * (table.columns.length - 1), texts),
      body: [
        table.columns.map((c) => ({
          text: c.label,
          bold: true,
          fillColor: '#e5e7eb',
          alignment: isText(c.kind) ? 'left' : 'right',
        })),
        // Numbers never wrap ("+34,3 điểm %" on one line); names take the room that is left.
        ...texts.map((row) =>
          table.columns.map((c, i) => ({
            text: row[i]!,
            alignment: isText(c.kind) ? 'left' : 'right',
            noWrap: !isText(c.kind),
          })),
        ),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 0, 0, 18],
  }
}

/** `images` holds pictures for chart sections (by section index); a line chart without one is left out. */
export async function meetingPackPdf(pack: MeetingPack, images: Record<number, string>): Promise<Blob> {
  const content: unknown[] = [
    { text: pack.title, fontSize: 24, bold: true, color: ACCENT, margin: [0, 120, 0, 8] },
    { text: pack.unitName, fontSize: 20, margin: [0, 0, 0, 6] },
    { text: `${pack.periodLabel} · ${pack.dateLine}`, fontSize: 12, color: '#4b5563' },
    ...(pack.notes ?? []).map((note, i) => ({ text: note, fontSize: 11, margin: [0, i === 0 ? 16 : 4, 0, 0] })),
  ]
  const plan = pdfPlan(pack.sections)
  pack.sections.forEach((section, index) => {
    const isSmallTable = section.kind === 'table' && section.table.rows.length <= SMALL_TABLE_ROWS
    const { newPage, box } = plan[index]!
    const pageBreak = newPage ? 'before' : undefined
    const fit = box ? [box.w, box.h] : [PAGE.w, PAGE.h]
    const heading = {
      text: section.heading,
      headlineLevel: 1,
      fontSize: 16,
      bold: true,
      color: ACCENT,
      margin: [0, 0, 0, 10],
    }
    let body: unknown
    if (section.kind === 'table')
      body = section.note
        ? { stack: [tableContent(section), { text: section.note, color: '#4b5563', margin: [0, -8, 0, 18] }] }
        : tableContent(section)
    else if (section.kind === 'bar') body = rankingContent(section)
    else if (section.kind === 'image') body = { image: section.dataUrl, fit, alignment: 'center' }
    else if (images[index]) body = { image: images[index], fit, alignment: 'center' }
    else return
    // An unbreakable block keeps its heading with it; a heading-level break inside one as well left blank pages
    // after a run of small tables (pdfmake moved the block, then broke before its heading again).
    const unbreakable = isSmallTable || box !== null
    const { headlineLevel: _level, ...plain } = heading
    content.push({ stack: [unbreakable ? plain : heading, body], pageBreak, unbreakable })
  })
  return pdfMake
    .createPdf({
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: [36, 36, 36, 44],
      info: { title: `${pack.title} — ${pack.unitName}`, subject: pack.periodLabel },
      defaultStyle: { font: 'Roboto', fontSize: 10, color: '#1f2937' },
      footer: (page: number, pages: number) => ({
        margin: [36, 12, 36, 0],
        fontSize: 8,
        color: '#6b7280',
        columns: [
          { text: `${pack.unitName} · ${pack.periodLabel} · ${pack.sourceLine}` },
          { text: `${page} / ${pages}`, alignment: 'right', width: 60 },
        ],
      }),
      content,
      // A heading never ends a page: it moves to the next one with what it heads.
      pageBreakBefore: (node: { headlineLevel?: number; startPosition: { verticalRatio: number } }) =>
        node.headlineLevel === 1 && node.startPosition.verticalRatio > 0.8,
    })
    .getBlob()
}
