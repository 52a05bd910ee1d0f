// Where things go on a 16:9 slide (inches), and how a table is laid out on slides: widths from its columns,
// as many rows as fit above the footer, the rest on following slides. Pure, so the geometry is tested.
import { columnChars, type ExportColumn } from './table'

export const SLIDE = { w: 13.333, h: 7.5 }
export const MARGIN_X = 0.4
export const CONTENT_W = SLIDE.w - 2 * MARGIN_X
/** The body's box: under the heading and the unit/period line, above the source line. */
export const BODY = { y: 1.4, bottom: 6.9 }
export const FOOTER = { y: 6.98, h: 0.32 }
export const TABLE_ROW_H = 0.3
/** Room for a header of two lines. */
export const TABLE_HEADER_H = 0.55

/**
 * Column widths over the content width (inches on a slide, pt on a page), in proportion to what each column asks
 * for. A header is written on at most two lines: a column is at least half its header's length wide. A number
 * is never wrapped ("0,03 điểm %" is wider than a points column's usual "3,8 điểm %"): with the cells' words
 * (`cells`, a row's texts in the columns' order), a column that is not text is as wide as its longest cell.
 */
export function columnWidths(
  columns: readonly ExportColumn[],
  width = CONTENT_W,
  cells: readonly (readonly string[])[] = [],
): number[] {
  const longest = (i: number) => cells.reduce((most, row) => Math.max(most, row[i]?.length ?? 0), 0)
  const chars = columns.map((c, i) =>
    Math.max(columnChars(c), Math.ceil(c.label.length / 2) + 1, c.kind === 'text' ? 0 : longest(i) + 1),
  )
  const total = chars.reduce((a, b) => a + b, 0)
  return chars.map((c) => Math.floor((c / total) * width * 1000) / 1000)
}

/** How many body rows fit under the header between the body's top and bottom. */
export const rowsPerSlide = (): number => Math.floor((BODY.bottom - BODY.y - TABLE_HEADER_H) / TABLE_ROW_H)

/**
 * Rows split into slides of at most `perSlide`, the slides as even as possible (19 rows at 16 a slide:
 * 10 and 9, not 16 and 3). Every row is on exactly one slide, in order.
 */
export function slideChunks<T>(rows: readonly T[], perSlide = rowsPerSlide()): T[][] {
  if (rows.length === 0) return [[]]
  const slides = Math.ceil(rows.length / perSlide)
  const size = Math.ceil(rows.length / slides)
  const chunks: T[][] = []
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size))
  return chunks
}
