// The target tracker's figures, as pure functions of the fetched rows (no Vue).
import { childFigures, childGroups, groupOfKind, type BreakdownInput, type ChildFigure } from '../../domain/breakdown'
import { heatmapRows } from '../../domain/heatmap'
import { comparisonRange, trendMonths, type MonthRange } from '../../domain/periods'
import type { MonthlyTotals } from '../../domain/rollup'
import { monthlyMetric } from '../../domain/series'
import type { TargetIndex } from '../../domain/targets'
import type { UnitTree } from '../../domain/units'
import type { ChildGroup, ViewState } from '../../domain/view-state'

export interface TrackerInput {
  state: ViewState
  rolled: ReadonlyMap<string, MonthlyTotals>
  tree: UnitTree
  targets: TargetIndex
  available: MonthRange
  history: string[]
}

/** Every child of the chosen group against its target, a summary, sparklines and the heat-map. */
export function trackerModel(input: TrackerInput) {
  const { state, rolled, tree, targets, available, history } = input
  const breakdown: BreakdownInput = {
    rolled, tree, targets, metric: state.metric, range: state.range,
    baseline: comparisonRange(state.range, state.comparison), history,
    isHistoryComplete: history[0] === available.from, minVolume: state.minVolume,
  }
  const all = childFigures(breakdown, state.unitId)
  const groups = childGroups(all)
  const group: ChildGroup | null = state.group && groups.includes(state.group) ? state.group : groups[0] ?? null
  const figures = all.filter((f) => groupOfKind(f.kind) === group)
  const months = trendMonths({ from: state.range.to, to: state.range.to }, available)
  const byId = new Map(figures.map((f) => [f.unitId, f]))
  return {
    groups,
    group,
    figures,
    summary: summarise(figures),
    sparklines: new Map(figures.map((f) => [f.unitId, monthlyMetric(rolled.get(f.unitId), months, state.metric)])),
    months,
    heatmap: heatmapRows({ rolled, tree, targets, metric: state.metric, months }, figures.map((f) => f.unitId),
      (id) => byId.get(id)?.isLowVolume ?? false),
  }
}

/** "9 / 13 met": units with both a value and a target, and how many of them met it. */
export function summarise(figures: readonly ChildFigure[]): { met: number; total: number } {
  const judged = figures.filter((f) => f.status === 'met' || f.status === 'notMet')
  return { met: judged.filter((f) => f.status === 'met').length, total: judged.length }
}
