// Every unit of the scope, at every level, against its target; the lagging ones and the movers.
import { breakdownFor, laggingFigures, unitFigure, type ChildFigure, type ViewFigures } from '../../domain/breakdown'
import { movers } from '../../domain/movers'
import { isWithin, subtreeOf, type UnitKind, type UnitTree } from '../../domain/units'

export interface LaggingInput extends ViewFigures {
  scopeId: string
}

/** Figures for every unit below the scope root (the root itself is the overview's subject). */
export function scopeFigures(input: LaggingInput): ChildFigure[] {
  const breakdown = breakdownFor(input)
  return subtreeOf(input.tree, input.scopeId)
    .slice(1)
    .map((unit) => unitFigure(breakdown, unit.id))
}

export interface LaggingFilter {
  kind: UnitKind | null
  /** Only units within this one (any depth). */
  withinId: string | null
}

/** The lagging units that pass the filter, worst gap first; and the five largest rises and falls. */
export function laggingModel(figures: readonly ChildFigure[], tree: UnitTree, filter: LaggingFilter) {
  const kept = figures.filter(
    (f) =>
      (filter.kind === null || f.kind === filter.kind) &&
      (filter.withinId === null || (f.unitId !== filter.withinId && isWithin(tree, f.unitId, filter.withinId))),
  )
  return { lagging: laggingFigures(kept), ...movers(kept, 5) }
}
