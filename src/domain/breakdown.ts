// A unit's children on one metric over a period: value, volume, target, gap, change, months behind.
import { gap as gapOf, monthsBehind, targetStatus, type TargetStatus } from './lagging'
import { metricValue, type MetricId, type NoValueReason } from './metrics'
import { lastMonthOfRange, monthsOf, type MonthRange } from './periods'
import { overPeriod, type MonthlyTotals } from './rollup'
import { compareNames } from './sorting'
import { monthlyMetric, monthlyTargets } from './series'
import { missingParts, type HistoryGap } from './history-view'
import type { LineageLinkLike } from './lineage'
import { isTargetMetric, periodTarget, type TargetIndex, type TargetTrees } from './targets'
import { isFieldBroken, type StatRowLike } from './totals'
import type { UnitKind, UnitTree } from './units'
import type { ChildGroup, ViewState } from './view-state'
import { comparisonRange } from './periods'

export interface ChildFigure {
  unitId: string
  code: string
  name: string
  kind: UnitKind
  value: number | null
  noValueReason: NoValueReason | null
  /** The metric's denominator over the period: how many dossiers the rate is about. */
  volume: number
  /** The metric's numerator over the period (dossiers fully online, for the full-online rate); 0 without a value. */
  numerator: number
  received: number
  receivedOnline: number
  target: number | null
  status: TargetStatus
  /** target − value (fraction); positive when behind. */
  gap: number | null
  /** value − the baseline period's value. */
  change: number | null
  /** Consecutive months below target up to the period's end (CONTRACT.md): one count on every screen and file. */
  monthsBehind: number
  /** The run reaches the first month with data: it is at least `monthsBehind` ("24+"). */
  isMonthsBehindOpen: boolean
  /** The run reaches back past the months fetched, not yet to the first with data: not known yet. */
  isMonthsBehindPending: boolean
  /** Fewer dossiers than the minimum volume: shown, not ranked. */
  isLowVolume: boolean
  /** Its value or counts leave out rows that broke a data rule. */
  isPartial: boolean
  /** Units that went into it only in part before its period or baseline: their figures are left out (ids). */
  missingParts: string[]
}

export interface BreakdownInput {
  rolled: ReadonlyMap<string, MonthlyTotals>
  tree: UnitTree
  targets: TargetIndex
  metric: MetricId
  range: MonthRange
  baseline: MonthRange
  /** Months fetched up to the period's end, for the run of months behind. */
  history: readonly string[]
  /** Whether `history` starts at the first month with data (else a run reaching its start may go on). */
  isHistoryComplete: boolean
  minVolume: number
  /** Where targets are inherited from in each year (else `tree` for every year), and the lineage behind it. */
  targetTrees?: TargetTrees
  lineage?: readonly LineageLinkLike[]
  /** Units whose history misses a part predecessor (history-view.ts). */
  gaps?: ReadonlyMap<string, HistoryGap>
  /**
   * Runs of months behind an API counted over every month from the first with data (`grain=period&behind=`), taken
   * where `history` stops short of a run's start; `behindLength` is the number of those months.
   */
  behind?: ReadonlyMap<string, { monthsBehind: number }>
  behindLength?: number
}

const GROUP_OF_KIND: Partial<Record<UnitKind, ChildGroup>> = {
  province: 'provinces',
  department: 'departments',
  district: 'districts',
  commune: 'communes',
}

/** Which ranking group a unit kind belongs to. */
export function groupOfKind(kind: UnitKind): ChildGroup | null {
  return GROUP_OF_KIND[kind] ?? null
}

// The months of an input's period and baseline, listed once for all of its units (the country's are ~12,000).
const monthsOfInputs = new WeakMap<BreakdownInput, { period: string[]; baseline: string[] }>()
function monthsOfInput(input: BreakdownInput) {
  let months = monthsOfInputs.get(input)
  if (!months)
    monthsOfInputs.set(input, (months = { period: monthsOf(input.range), baseline: monthsOf(input.baseline) }))
  return months
}

/** The figures of one unit (a child, or any unit in the answer). */
export function unitFigure(input: BreakdownInput, unitId: string): ChildFigure {
  const { rolled, tree, targets, metric, range, baseline, history, isHistoryComplete, minVolume } = input
  const unit = tree.byId.get(unitId)
  const monthly = rolled.get(unitId)
  const { period: periodMonths, baseline: baselineMonths } = monthsOfInput(input)
  const totals = overPeriod(monthly, periodMonths)
  const current = metricValue(metric, totals)
  const before = metricValue(metric, overPeriod(monthly, baselineMonths))
  const trees = input.targetTrees ?? tree
  const target = isTargetMetric(metric) ? periodTarget(targets, trees, unitId, metric, range, input.lineage) : null
  const value = current.value
  const volume = current.value === null ? 0 : current.denominator
  const run = monthsBehind(
    zip(
      monthlyMetric(monthly, history, metric),
      monthlyTargets(targets, trees, unitId, metric, history, input.lineage),
    ),
  )
  // A run reaching the start of months that do not reach the first with data goes on: the API's count, if it has one.
  const isCut = run === history.length && run > 0 && !isHistoryComplete
  const counted = isCut ? input.behind?.get(unitId) : undefined
  const behind = counted ? counted.monthsBehind : run
  return {
    unitId,
    code: unit?.code ?? '',
    name: unit?.name ?? unitId,
    kind: unit?.kind ?? 'commune',
    value,
    noValueReason: current.value === null ? current.reason : null,
    volume,
    numerator: current.value === null ? 0 : current.numerator,
    received: totals.received,
    receivedOnline: totals.receivedOnline,
    target,
    status: targetStatus(value, target),
    gap: gapOf(value, target),
    change: value !== null && before.value !== null ? value - before.value : null,
    monthsBehind: behind,
    isMonthsBehindOpen: counted
      ? behind > 0 && behind === input.behindLength
      : behind === history.length && behind > 0 && isHistoryComplete,
    isMonthsBehindPending: isCut && !counted,
    isLowVolume: volume < minVolume,
    isPartial:
      current.isPartial === true || isFieldBroken(totals, 'received') || isFieldBroken(totals, 'receivedOnline'),
    missingParts: missingParts(input.gaps?.get(unitId), [range, baseline]),
  }
}

const zip = (values: Array<number | null>, targets: Array<number | null>) =>
  values.map((value, i) => ({ value, target: targets[i] ?? null }))

/** The figures of every child of `unitId`. */
export function childFigures(input: BreakdownInput, unitId: string): ChildFigure[] {
  return (input.tree.childrenOf.get(unitId) ?? []).map((child) => unitFigure(input, child.id))
}

/**
 * Months behind as every screen and file shows it: "7", "24+" where the run reaches the first month with
 * data; "…" while the months before those fetched are still to come; null when the unit is not behind.
 */
export function monthsBehindText(
  f: Pick<ChildFigure, 'status' | 'monthsBehind' | 'isMonthsBehindOpen' | 'isMonthsBehindPending'>,
): string | null {
  if (f.status !== 'notMet' || f.monthsBehind === 0) return null
  if (f.isMonthsBehindPending) return '…'
  return f.isMonthsBehindOpen ? `${f.monthsBehind}+` : String(f.monthsBehind)
}

/** Whether some figure's run of months behind needs the months before those fetched. */
export function needsEarlierMonths(figures: readonly ChildFigure[]): boolean {
  return figures.some((f) => f.isMonthsBehindPending && f.status === 'notMet')
}

/** Best first; units without a value or below the minimum volume go last, by name. */
export function rankFigures(figures: readonly ChildFigure[]): ChildFigure[] {
  const ranked = (f: ChildFigure) => f.value !== null && !f.isLowVolume
  return [...figures].sort((a, b) => {
    if (ranked(a) !== ranked(b)) return ranked(a) ? -1 : 1
    if (ranked(a) && ranked(b) && a.value !== b.value) return b.value! - a.value!
    return compareNames(a.name, b.name)
  })
}

/** Units below target, worst gap first (ties: more months behind first). */
export function laggingFigures(figures: readonly ChildFigure[]): ChildFigure[] {
  return figures
    .filter((f) => f.status === 'notMet' && !f.isLowVolume)
    .sort((a, b) => b.gap! - a.gap! || b.monthsBehind - a.monthsBehind || compareNames(a.name, b.name))
}

/** The groups of children a unit has, in display order. */
export function childGroups(figures: readonly ChildFigure[]): ChildGroup[] {
  const present = new Set(figures.map((f) => groupOfKind(f.kind)))
  return (['provinces', 'departments', 'districts', 'communes'] as const).filter((g) => present.has(g))
}

/** What a screen has for one view: its state, the rolled-up rows, targets and the months fetched. */
export interface ViewFigures {
  state: ViewState
  rolled: ReadonlyMap<string, MonthlyTotals>
  tree: UnitTree
  targets: TargetIndex
  available: MonthRange
  /** Months fetched up to the period's end. */
  history: string[]
  targetTrees?: TargetTrees
  lineage?: readonly LineageLinkLike[]
  gaps?: ReadonlyMap<string, HistoryGap>
  /** The answer's rows, to tell how many units reported a figure's inputs (absent: every unit did). */
  rows?: readonly StatRowLike[]
  /** Runs of months behind the API counted (BreakdownInput.behind). */
  behind?: ReadonlyMap<string, { monthsBehind: number }>
}

/** The breakdown input of a view: its metric and period against its comparison baseline. */
export function breakdownFor(figures: ViewFigures): BreakdownInput {
  const { state, rolled, tree, targets, available, history, targetTrees, lineage, gaps, behind } = figures
  return {
    ...(behind && {
      behind,
      behindLength: monthsOf({ from: available.from, to: lastMonthOfRange(state.range) }).length,
    }),
    targetTrees,
    lineage,
    gaps,
    rolled,
    tree,
    targets,
    metric: state.metric,
    range: state.range,
    baseline: comparisonRange(state.range, state.comparison),
    history,
    isHistoryComplete: history[0] === available.from,
    minVolume: state.minVolume,
  }
}

/** The group asked for if the unit has it, else its first. */
export function chosenGroup(groups: readonly ChildGroup[], asked: ChildGroup | null): ChildGroup | null {
  return asked && groups.includes(asked) ? asked : (groups[0] ?? null)
}
