// The overview's state as it lives in the URL: parsed, checked and corrected to the nearest valid view. The period is
// a range of months (`from=2026-01&to=2026-06`) or, where the server keeps weeks, of ISO weeks (`from=2026-W45`).
import { clipRange, isMonth, monthIndex, presetRange, type Comparison, type MonthRange } from './periods'
import { isWeek, weekIndex } from './weeks'

export const VIEW_METRICS = [
  'onlineRate',
  'fullOnlineRate',
  'onTimeRate',
  'satisfactionRate',
  'onlinePaymentRate',
  'digitizationRate',
] as const
export type ViewMetric = (typeof VIEW_METRICS)[number]

const CHILD_GROUPS = ['departments', 'districts', 'communes', 'provinces'] as const
export type ChildGroup = (typeof CHILD_GROUPS)[number]

export interface ViewState {
  unitId: string
  /** Months, or ISO weeks (periods.ts reads both). */
  range: MonthRange
  comparison: Comparison
  metric: ViewMetric
  /** Which kind of children the ranking shows; null = the first kind the unit has. */
  group: ChildGroup | null
  /** Children with fewer dossiers than this (in the metric's denominator) are not ranked. */
  minVolume: number
}

export type Correction =
  | 'unknownUnit'
  | 'badMonth'
  | 'monthOutOfRange'
  | 'weeksUnavailable'
  | 'weekOutOfRange'
  | 'weekFromAfterTo'
  | 'fromAfterTo'
  | 'badComparison'
  | 'badMetric'
  | 'badGroup'
  | 'badMinVolume'

export interface ViewContext {
  /** Months that have data. */
  available: MonthRange
  /** Weeks that have data (/meta), or null/absent when the server keeps months only. */
  weeks?: MonthRange | null
  /** The user's scope root: the default unit, and where an unknown one falls back to. */
  scopeId: string
  isKnownUnit: (unitId: string) => boolean
}

type Query = Record<string, unknown>

const first = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined

/** The view when the URL says nothing: the latest month with data, against the previous month. */
function defaultView(context: ViewContext): ViewState {
  return {
    unitId: context.scopeId,
    range: presetRange('thisMonth', context.available.to),
    comparison: 'previousPeriod',
    metric: 'onlineRate',
    group: null,
    minVolume: 0,
  }
}

/** Reads the URL's query; whatever is impossible is replaced and named in `corrections`. */
export function parseViewQuery(query: Query, context: ViewContext): { state: ViewState; corrections: Correction[] } {
  const state = defaultView(context)
  const corrections: Correction[] = []

  const unit = first(query.unit)
  if (unit !== undefined) {
    if (context.isKnownUnit(unit)) state.unitId = unit
    else corrections.push('unknownUnit')
  }

  const from = first(query.from)
  const to = first(query.to)
  const asked = from !== undefined || to !== undefined ? { from: from ?? to!, to: to ?? from! } : null
  if (asked && isWeek(asked.from) && isWeek(asked.to)) {
    const weeks = readWeeks(asked, context.weeks ?? null)
    corrections.push(...weeks.corrections)
    if (weeks.range) state.range = weeks.range
  } else if (asked) {
    let range: MonthRange = asked
    if (!isMonth(range.from) || !isMonth(range.to)) {
      corrections.push('badMonth')
      range = state.range
    } else if (monthIndex(range.from) > monthIndex(range.to)) {
      corrections.push('fromAfterTo')
      range = { from: range.to, to: range.from }
    }
    const clipped = clipRange(range, context.available)
    if (!clipped) {
      corrections.push('monthOutOfRange')
    } else {
      if (clipped.from !== range.from || clipped.to !== range.to) corrections.push('monthOutOfRange')
      state.range = clipped
    }
  }

  const comparison = first(query.cmp)
  if (comparison !== undefined) {
    if (comparison === 'prev') state.comparison = 'previousPeriod'
    else if (comparison === 'yoy') state.comparison = 'samePeriodLastYear'
    else corrections.push('badComparison')
  }

  const metric = first(query.metric)
  if (metric !== undefined) {
    if ((VIEW_METRICS as readonly string[]).includes(metric)) state.metric = metric as ViewMetric
    else corrections.push('badMetric')
  }

  const group = first(query.tab)
  if (group !== undefined) {
    if ((CHILD_GROUPS as readonly string[]).includes(group)) state.group = group as ChildGroup
    else corrections.push('badGroup')
  }

  const minVolume = first(query.minVol)
  if (minVolume !== undefined) {
    const value = Number(minVolume)
    if (Number.isInteger(value) && value >= 0 && value <= 1_000_000) state.minVolume = value
    else corrections.push('badMinVolume')
  }

  return { state, corrections: [...new Set(corrections)] }
}

/** The periods with data in the range's grain: the weeks for a range of weeks, else the months. */
export function availableFor(context: Pick<ViewContext, 'available' | 'weeks'>, range: MonthRange): MonthRange {
  return isWeek(range.from) && context.weeks ? context.weeks : context.available
}

/** A range of weeks from the URL: in order, within the weeks with data; none (the latest month) without weeks. */
function readWeeks(
  asked: MonthRange,
  weeks: MonthRange | null,
): { range: MonthRange | null; corrections: Correction[] } {
  if (!weeks) return { range: null, corrections: ['weeksUnavailable'] }
  const corrections: Correction[] = []
  let range = asked
  if (weekIndex(range.from) > weekIndex(range.to)) {
    corrections.push('weekFromAfterTo')
    range = { from: range.to, to: range.from }
  }
  const clipped = clipRange(range, weeks)
  if (!clipped || clipped.from !== range.from || clipped.to !== range.to) corrections.push('weekOutOfRange')
  // Wholly outside the weeks with data: the latest week, as the months fall back to the latest month.
  return { range: clipped ?? { from: weeks.to, to: weeks.to }, corrections }
}

/** The query that reproduces a view; every field is written, so a shared link is complete. */
export function viewQuery(state: ViewState): Record<string, string> {
  return {
    unit: state.unitId,
    from: state.range.from,
    to: state.range.to,
    cmp: state.comparison === 'previousPeriod' ? 'prev' : 'yoy',
    metric: state.metric,
    ...(state.group ? { tab: state.group } : {}),
    ...(state.minVolume > 0 ? { minVol: String(state.minVolume) } : {}),
  }
}

/** The query keys a view is made of (viewQuery's): what moving to another screen carries along. */
const VIEW_KEYS = ['unit', 'from', 'to', 'cmp', 'metric', 'tab', 'minVol'] as const

/**
 * The view's part of a URL query, for a link to another screen: the unit, period, comparison and metric the
 * reader chose stay (each screen then corrects what does not apply to it); anything else is left behind.
 */
export function carriedQuery(query: Query): Record<string, string> {
  const carried: Record<string, string> = {}
  for (const key of VIEW_KEYS) {
    const value = first(query[key])
    if (value !== undefined) carried[key] = value
  }
  return carried
}
