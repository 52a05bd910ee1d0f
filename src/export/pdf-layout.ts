// Where the PDF's sections go on A4 landscape pages (pt): a chart fills what is left of its page, and
// shares a page with the small tables before it when enough is left (the key figures do not sit alone on
// an empty page). Pure: the document and the pictures drawn for it agree on each chart's box.
import { rankingRowHeight } from './pdf-ranking'
import type { PackSection } from './pptx'

/** A4 landscape inside the margins [36, 36, 36, 44]. */
export const PAGE = { w: 770, h: 515 }
/** A table this short is kept whole, with its heading, on one page. */
export const SMALL_TABLE_ROWS = 12
const HEADING_H = 34
const HEADER_H = 28
const ROW_H = 16
const TABLE_GAP = 18
/** A table's note: two lines. */
const NOTE_H = 28
/** Under this height a chart is too small to read: it takes a page of its own. */
const MIN_CHART_H = 250
/** What pdfmake's line heights may add to the estimates. */
const SLACK = 24

export interface SectionPlace {
  /** Starts a new page. */
  newPage: boolean
  /** A picture's box (pt) where the section is a chart drawn as a picture. */
  box: { w: number; h: number } | null
}

const tableHeight = (rows: number) => HEADING_H + HEADER_H + rows * ROW_H + TABLE_GAP

export function pdfPlan(sections: readonly PackSection[]): SectionPlace[] {
  let used = Infinity // the cover's page: nothing follows it
  let previous: PackSection['kind'] | null = null
  return sections.map((section) => {
    if (section.kind === 'table') {
      const rows = section.table.rows.length
      const newPage = previous !== 'table'
      if (newPage) used = 0
      // A long table breaks over pages: where its last page ends is not known, so nothing joins it.
      used = rows <= SMALL_TABLE_ROWS ? used + tableHeight(rows) + (section.note ? NOTE_H : 0) : Infinity
      previous = 'table'
      return { newPage, box: null }
    }
    const needs =
      section.kind === 'bar'
        ? HEADING_H + 40 + section.labels.length * (rankingRowHeight(section.labels.length) + 4)
        : MIN_CHART_H
    const left = PAGE.h - used - SLACK
    const shares = previous === 'table' && left >= needs
    previous = section.kind
    const h = (shares ? left : PAGE.h - SLACK) - HEADING_H
    used = Infinity // nothing follows a chart on its page
    return { newPage: !shares, box: section.kind === 'bar' ? null : { w: PAGE.w, h: Math.floor(h) } }
  })
}
