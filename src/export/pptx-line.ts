// The meeting pack's trend slide: a native, editable line chart, and the month of the reorganisation marked
// over it with its name (the plot's place in the chart's box is fixed so that the mark lands on its month).
import type PptxGenJS from 'pptxgenjs'
import type { PackSection } from './pptx'

const FONT = 'Arial'
const DARK = '1F2937'

// Where the plot sits in the chart's box (fractions), fixed so that a marked month can be drawn over it.
const LINE_PLOT = { x: 0.06, y: 0.05, w: 0.92, h: 0.75 }

export function addLineChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  section: Extract<PackSection, { kind: 'line' }>,
  box: { x: number; y: number; w: number; h: number },
) {
  const { marker } = section
  slide.addChart(
    pptx.ChartType.line,
    section.series.map((s) => ({ name: s.name, labels: section.labels, values: s.values })),
    {
      ...box,
      valAxisLabelFormatCode: '0%',
      valAxisMinVal: 0,
      showLegend: true,
      legendPos: 'b',
      chartColors: ['0B3A75', 'D55E00'],
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 6,
      catAxisLabelFontSize: 10,
      ...(marker ? { layout: LINE_PLOT } : {}),
    },
  )
  if (!marker) return
  // The month's category centre: categories share the plot's width evenly, each point in the middle of its own.
  const x = box.x + box.w * (LINE_PLOT.x + (LINE_PLOT.w * (marker.index + 0.5)) / section.labels.length)
  const top = box.y + box.h * LINE_PLOT.y
  const h = box.h * LINE_PLOT.h
  slide.addShape(pptx.ShapeType.line, { x, y: top, w: 0, h, line: { color: DARK, width: 1.5 } })
  // The name beside the line, running into the plot: rightwards in its first half, leftwards in its second.
  const rightwards = marker.index < section.labels.length / 2
  const w = 3.2
  slide.addText(marker.label, {
    x: rightwards ? x + 0.05 : x - 0.05 - w,
    y: top,
    w,
    h: 0.3,
    align: rightwards ? 'left' : 'right',
    fontFace: FONT,
    fontSize: 10,
    color: DARK,
    margin: 0,
  })
}
