// The ranking on a slide: a native bar chart (editable) with met and not-met units as two series in two
// colours, the value axis fitted to the data, the plot placed by hand so that the target's dashed line, its
// label above the bars and each value written as the screen writes it (vi-VN: "94,9%") sit exactly on it.
import type PptxGenJS from 'pptxgenjs'
import type { PackSection } from './pptx'
import { slideChunks } from './slide-layout'
import { rankingGeometry, type Rect } from './slide-ranking'

type BarSection = Extract<PackSection, { kind: 'bar' }>
type Slide = ReturnType<PptxGenJS['addSlide']>

export const MET = '0072B2'
export const NOT_MET = 'E69F00'
const TARGET = 'D55E00'
const FONT = 'Arial'
/** Bars on one slide: with more, the names would be smaller than 9 pt. */
export const MAX_BARS = 24

/** The ranking on as many slides as it needs (a country's 63 provinces: three), every slide on the same axis. */
export function addRankingSlides(pptx: PptxGenJS, section: BarSection, box: Rect, slideFor: (part: number) => Slide) {
  const indices = section.labels.map((_, i) => i)
  slideChunks(indices, MAX_BARS).forEach((rows, part) => {
    const pick = <T>(list: readonly T[]) => rows.map((i) => list[i]!)
    const values = pick(section.values)
    const slice = { ...section, labels: pick(section.labels), values, valueLabels: pick(section.valueLabels) }
    addRankingChart(pptx, slideFor(part), slice, box, { axisValues: section.values })
  })
}

/** `axisValues`: every unit's value, where the section is one slide's part of a longer ranking (same axis). */
export function addRankingChart(
  pptx: PptxGenJS,
  slide: Slide,
  section: BarSection,
  box: Rect,
  { axisValues = section.values }: { axisValues?: readonly number[] } = {},
) {
  const n = section.labels.length
  const g = rankingGeometry(box, n, axisValues, section.target)
  const isMet = (v: number) => section.target === null || v >= section.target
  // Bar charts draw the first category at the bottom: reverse, so the best is on top.
  const labels = [...section.labels].reverse()
  const values = [...section.values].reverse()
  const series = [
    { name: section.seriesNames.met, labels, values: values.map((v) => (isMet(v) ? v : 0)) },
    { name: section.seriesNames.notMet, labels, values: values.map((v) => (isMet(v) ? 0 : v)) },
  ]
  const fontSize = Math.max(7, Math.min(11, Math.floor(g.row * 72 * 0.5)))
  slide.addChart(pptx.ChartType.bar, section.target === null ? series.slice(0, 1) : series, {
    ...box,
    layout: {
      x: (g.plot.x - box.x) / box.w,
      y: (g.plot.y - box.y) / box.h,
      w: g.plot.w / box.w,
      h: g.plot.h / box.h,
    },
    barDir: 'bar',
    barGrouping: 'stacked',
    barGapWidthPct: 40,
    valAxisMinVal: 0,
    valAxisMaxVal: g.max,
    valAxisMajorUnit: g.step,
    valAxisLabelFormatCode: '0%',
    valAxisLabelFontSize: 10,
    catAxisLabelFontSize: fontSize,
    catAxisLabelFontFace: FONT,
    chartColors: section.target === null ? [MET] : [MET, NOT_MET],
    showLegend: section.target !== null,
    legendPos: 'b',
    legendFontSize: 10,
  })
  section.labels.forEach((_, i) => {
    const value = section.values[i] ?? 0
    slide.addText(section.valueLabels[i] ?? '', {
      x: g.x(value) + 0.04,
      y: g.plot.y + i * g.row,
      w: 0.75,
      h: g.row,
      fontFace: FONT,
      fontSize,
      color: '1F2937',
      valign: 'middle',
      margin: 0,
    })
  })
  if (section.target === null) return
  const tx = g.x(section.target)
  slide.addShape(pptx.ShapeType.line, {
    x: tx,
    y: g.plot.y - 0.08,
    w: 0,
    h: g.plot.h + 0.08,
    line: { color: TARGET, width: 1.75, dashType: 'dash' },
  })
  slide.addText(section.targetLabel, {
    x: Math.min(tx + 0.06, box.x + box.w - 2.6),
    y: g.plot.y - 0.36,
    w: 2.6,
    h: 0.28,
    fontFace: FONT,
    fontSize: 11,
    bold: true,
    color: TARGET,
    margin: 0,
  })
}
