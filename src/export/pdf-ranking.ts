// The ranking as drawn in the PDF: one row per unit, its name, a bar (met and not met in different colours)
// and its value, the target as a dashed line running down through the rows. Vector, in the document's font.
import type { PackSection } from './pptx'

type BarSection = Extract<PackSection, { kind: 'bar' }>

const MET = '#0072B2'
const NOT_MET = '#E69F00'
const TARGET = '#D55E00'
const BAR_W = 420
/** A row's height (pt; pdfmake adds 4 of padding): the bars fill most of the page, each 14 to 22 high. */
const ROW_MIN = 14
const ROW_MAX = 22
const BARS_H = 340
const TEXT_H = 11
/** About the width of "Chỉ tiêu: 30,0%" at 9 pt. */
const LABEL_W = 90

export const rankingRowHeight = (count: number): number =>
  Math.max(ROW_MIN, Math.min(ROW_MAX, Math.floor(BARS_H / Math.max(1, count))))

/** The pdfmake content of the ranking: a table whose middle column draws the bars. */
export function rankingContent(section: BarSection): unknown {
  const top = Math.max(...section.values, section.target ?? 0)
  // The axis fitted to the data: up to the next tenth above the largest value or the target.
  const max = Math.min(1, Math.ceil((top + 0.001) * 10) / 10) || 1
  const x = (value: number) => (Math.max(0, value) / max) * BAR_W
  const rowH = rankingRowHeight(section.labels.length)
  // Names and values in the middle of their bar's row.
  const middle = [0, (rowH - TEXT_H) / 2, 0, 0]
  const rows = section.labels.map((label, i) => {
    const value = section.values[i] ?? 0
    const isMet = section.target !== null && value >= section.target
    const canvas: unknown[] = [
      { type: 'rect', x: 0, y: 2, w: x(value), h: rowH - 4, color: isMet || section.target === null ? MET : NOT_MET },
    ]
    if (section.target !== null) {
      canvas.push({
        type: 'line',
        x1: x(section.target),
        y1: 0,
        x2: x(section.target),
        y2: rowH,
        lineWidth: 1.2,
        lineColor: TARGET,
        dash: { length: 3 },
      })
    }
    return [
      { text: label, noWrap: true, margin: middle },
      { canvas, margin: [0, 0, 0, 0] },
      { text: section.valueLabels?.[i] ?? '', alignment: 'right', noWrap: true, margin: middle },
    ]
  })
  // The target's label heads its line, above the bars (right-aligned to the line where it would run past them).
  const labelRow =
    section.target === null
      ? []
      : [
          [
            '',
            x(section.target) + LABEL_W <= BAR_W
              ? { text: section.targetLabel, color: TARGET, bold: true, margin: [x(section.target) - 2, 0, 0, 0] }
              : {
                  text: section.targetLabel,
                  color: TARGET,
                  bold: true,
                  alignment: 'right',
                  margin: [0, 0, BAR_W - x(section.target) + 2, 0],
                },
            '',
          ],
        ]
  return [{ table: { widths: ['*', BAR_W, 'auto'], body: [...labelRow, ...rows] }, layout: 'noBorders', fontSize: 9 }]
}
