// The target tracker's figures, as pure functions of the fetched rows (no Vue).
import {
  breakdownFor,
  childFigures,
  childGroups,
  chosenGroup,
  groupOfKind,
  unitFigure,
  type ChildFigure,
  type ViewFigures,
} from '../../domain/breakdown'
import { ownDeskFigure } from '../../domain/own-desk'
import { heatmapRows } from '../../domain/heatmap'
import { trendMonths } from '../../domain/periods'
import { reformIndex } from '../../domain/reform'
import { monthlyMetric } from '../../domain/series'

export type TrackerInput = ViewFigures

/**
 * The unit itself and its own desk (am I at target, what drags me down), every child of the chosen group against
 * its target, a summary, sparklines and the heat-map.
 */
export function trackerModel(input: TrackerInput) {
  const { state, rolled, tree, targets, available } = input
  const breakdown = breakdownFor(input)
  const all = childFigures(breakdown, state.unitId)
  const groups = childGroups(all)
  const group = chosenGroup(groups, state.group)
  const figures = all.filter((f) => groupOfKind(f.kind) === group)
  const months = trendMonths({ from: state.range.to, to: state.range.to }, available)
  const byId = new Map(figures.map((f) => [f.unitId, f]))
  return {
    own: unitFigure(breakdown, state.unitId),
    desk: ownDeskFigure(rolled, tree, state.unitId, state.range, state.metric),
    groups,
    group,
    figures,
    summary: summarise(figures),
    sparklines: new Map(figures.map((f) => [f.unitId, monthlyMetric(rolled.get(f.unitId), months, state.metric)])),
    /** The reorganisation's month among the sparklines' (marked on them); null when they do not cross it. */
    sparkReform: reformIndex(months),
    months,
    heatmap: heatmapRows(
      { rolled, tree, targets, metric: state.metric, months },
      figures.map((f) => f.unitId),
      (id) => byId.get(id)?.isLowVolume ?? false,
    ),
  }
}

/** "9 / 13 met": units with both a value and a target, and how many of them met it. */
export function summarise(figures: readonly ChildFigure[]): { met: number; total: number } {
  const judged = figures.filter((f) => f.status === 'met' || f.status === 'notMet')
  return { met: judged.filter((f) => f.status === 'met').length, total: judged.length }
}
