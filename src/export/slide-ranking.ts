// Where the ranking's parts go on a slide (inches): the plot inside the chart's box, the value axis fitted to
// the data, each bar's row, the target's line. Pure, so the slide and its test agree on the geometry.

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export interface RankingGeometry {
  /** The plot (bars' area) in slide inches; the names are written left of it. */
  plot: Rect
  /** The value axis: 0 to `max` in steps of `step` (fractions). */
  max: number
  step: number
  /** The height of one unit's row; row i (best first, from the top) is centred at plot.y + (i + 0.5) * row. */
  row: number
  /** Where a value lies across the slide. */
  x: (value: number) => number
}

/** Width left of the plot for the units' names (two lines of about 24 characters at 10 pt). */
export const NAME_AREA_W = 3.2
/** Room right of the plot for the longest value ("100,0%"). */
const VALUE_AREA_W = 0.8
/** Room above the plot for the target's label, below it for the axis' labels and the legend. */
const TOP_ROOM = 0.4
const AXIS_ROOM = 0.75

const STEPS = [0.02, 0.05, 0.1, 0.2, 0.25]

/** The axis: from 0 to the first step above the largest value or target, at most 100%, with 4 to 10 steps. */
export function fittedAxis(values: readonly number[], target: number | null): { max: number; step: number } {
  const top = Math.max(0.01, ...values, target ?? 0)
  const step = STEPS.find((s) => top / s <= 8) ?? 0.25
  const max = Math.min(Math.max(1, Math.ceil(top - 1e-9)), Math.ceil((top + 1e-9) / step) * step)
  return { max: Number(max.toFixed(4)), step }
}

export function rankingGeometry(
  box: Rect,
  count: number,
  values: readonly number[],
  target: number | null,
): RankingGeometry {
  const { max, step } = fittedAxis(values, target)
  const plot = {
    x: box.x + NAME_AREA_W,
    y: box.y + TOP_ROOM,
    w: box.w - NAME_AREA_W - VALUE_AREA_W,
    h: box.h - TOP_ROOM - AXIS_ROOM,
  }
  return {
    plot,
    max,
    step,
    row: plot.h / Math.max(1, count),
    x: (value: number) => plot.x + (Math.min(Math.max(value, 0), max) / max) * plot.w,
  }
}
