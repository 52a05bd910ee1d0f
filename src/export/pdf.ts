// The meeting pack as a PDF (loaded on demand): A4 landscape, every section, page numbers and the
// source on every page, Roboto embedded so that Vietnamese is right whatever the reader's machine has.
import pdfMake from 'pdfmake/build/pdfmake'
import vfs from 'pdfmake/build/vfs_fonts'
import type { MeetingPack } from './pptx'

pdfMake.addVirtualFileSystem(vfs)
pdfMake.addFonts({
  Roboto: { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' },
})

const ACCENT = '#0b3a75'

/** `images` holds pictures for chart sections (by section index); a chart without one is left out. */
export async function meetingPackPdf(pack: MeetingPack, images: Record<number, string>): Promise<Blob> {
  const content: unknown[] = [
    { text: pack.title, fontSize: 24, bold: true, color: ACCENT, margin: [0, 120, 0, 8] },
    { text: pack.unitName, fontSize: 20, margin: [0, 0, 0, 6] },
    { text: `${pack.periodLabel} · ${pack.dateLine}`, fontSize: 12, color: '#4b5563' },
  ]
  pack.sections.forEach((section, index) => {
    const heading = { text: section.heading, fontSize: 16, bold: true, color: ACCENT, margin: [0, 0, 0, 10], pageBreak: 'before' }
    if (section.kind === 'table') {
      const { table } = section
      content.push(heading, {
        table: {
          headerRows: 1,
          widths: table.columns.map((c) => (c.kind === 'text' ? '*' : 'auto')),
          body: [
            table.columns.map((c) => ({ text: c.label, bold: true, fillColor: '#e5e7eb' })),
            ...table.rows.map((row) => table.columns.map((c) => ({
              text: section.formatValue(c, row), alignment: c.kind === 'text' ? 'left' : 'right',
            }))),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: 9,
      })
    } else if (section.kind === 'image') {
      content.push(heading, { image: section.dataUrl, fit: [770, 440], alignment: 'center' })
    } else if (images[index]) {
      content.push(heading, { image: images[index], width: 770 })
    }
  })
  return pdfMake.createPdf({
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 44],
    info: { title: `${pack.title} — ${pack.unitName}`, subject: pack.periodLabel },
    defaultStyle: { font: 'Roboto', fontSize: 10, color: '#1f2937' },
    footer: (page: number, pages: number) => ({
      margin: [36, 12, 36, 0],
      fontSize: 8,
      color: '#6b7280',
      columns: [{ text: `${pack.unitName} · ${pack.periodLabel} · ${pack.sourceLine}` }, { text: `${page} / ${pages}`, alignment: 'right', width: 60 }],
    }),
    content,
  }).getBlob()
}
