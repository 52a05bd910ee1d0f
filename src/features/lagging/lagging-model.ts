// Every unit of the scope, at every level, against its target; the lagging ones and the movers.
import { laggingFigures, unitFigure, type BreakdownInput, type ChildFigure } from '../../domain/breakdown'
import { movers } from '../../domain/movers'
import { comparisonRange, type MonthRange } from '../../domain/periods'
import type { MonthlyTotals } from '../../domain/rollup'
import type { TargetIndex } from '../../domain/targets'
import { isWithin, subtreeOf, type UnitKind, type UnitTree } from '../../domain/units'
import type { ViewState } from '../../domain/view-state'

export interface LaggingInput {
  state: ViewState
  rolled: ReadonlyMap<string, MonthlyTotals>
  tree: UnitTree
  targets: TargetIndex
  available: MonthRange
  history: string[]
  scopeId: string
}

/** Figures for every unit below the scope root (the root itself is the overview's subject). */
export function scopeFigures(input: LaggingInput): ChildFigure[] {
  const { state, rolled, tree, targets, available, history, scopeId } = input
  const breakdown: BreakdownInput = {
    rolled, tree, targets, metric: state.metric, range: state.range,
    baseline: comparisonRange(state.range, state.comparison), history,
    isHistoryComplete: history[0] === available.from, minVolume: state.minVolume,
  }
  return subtreeOf(tree, scopeId).slice(1).map((unit) => unitFigure(breakdown, unit.id))
}

export interface LaggingFilter {
  kind: UnitKind | null
  /** Only units within this one (any depth). */
  withinId: string | null
}

/** The lagging units that pass the filter, worst gap first; and the five largest rises and falls. */
export function laggingModel(figures: readonly ChildFigure[], tree: UnitTree, filter: LaggingFilter) {
  const kept = figures.filter((f) => (filter.kind === null || f.kind === filter.kind)
    && (filter.withinId === null || (f.unitId !== filter.withinId && isWithin(tree, f.unitId, filter.withinId))))
  return { lagging: laggingFigures(kept), ...movers(kept, 5) }
}
