// A sparkline as SVG path data: light enough for six on a phone, no chart library needed.

export interface SparklineGeometry {
  /** "M x y L x y …" per run of months with values (a month without one breaks the line). */
  line: string
  /** The y of the target, if any. */
  targetY: number | null
  /** The last point, to mark it. */
  last: { x: number; y: number } | null
}

const PAD = 2

/** The x of the `index`th of `count` months across a box `width` wide (a month marked on the line). */
export function sparklineX(index: number, count: number, width: number): number {
  return PAD + (count === 1 ? (width - 2 * PAD) / 2 : (index * (width - 2 * PAD)) / (count - 1))
}

/** Fits values (0..1, null = gap) and the target into a width × height box with a little padding. */
export function sparklineGeometry(
  values: Array<number | null>,
  target: number | null,
  width: number,
  height: number,
): SparklineGeometry {
  const present = values.filter((v): v is number => v !== null)
  if (present.length === 0) return { line: '', targetY: null, last: null }
  const all = target === null ? present : [...present, target]
  let lo = Math.min(...all)
  let hi = Math.max(...all)
  if (hi - lo < 0.02) {
    lo -= 0.01
    hi += 0.01
  }
  const x = (i: number) => sparklineX(i, values.length, width)
  const y = (v: number) => PAD + (1 - (v - lo) / (hi - lo)) * (height - 2 * PAD)
  let line = ''
  let previousPresent = false
  let last: SparklineGeometry['last'] = null
  values.forEach((value, i) => {
    if (value === null) {
      previousPresent = false
      return
    }
    const point = `${x(i).toFixed(1)} ${y(value).toFixed(1)}`
    line += `${line ? ' ' : ''}${previousPresent ? 'L' : 'M'} ${point}`
    previousPresent = true
    last = { x: x(i), y: y(value) }
  })
  return { line, targetY: target === null ? null : y(target), last }
}
