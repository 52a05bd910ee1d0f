// Units × months on one metric: each cell's value, target and band.
import { targetBand, type TargetBand } from './lagging'
import type { MetricId } from './metrics'
import type { MonthlyTotals } from './rollup'
import { monthlyMetric, monthlyTargets } from './series'
import type { LineageLinkLike } from './lineage'
import type { TargetIndex, TargetTrees } from './targets'
import type { UnitTree } from './units'

export interface HeatmapCell {
  month: string
  value: number | null
  target: number | null
  band: TargetBand
}

export interface HeatmapRow {
  unitId: string
  name: string
  cells: HeatmapCell[]
  /** The value in the last month, for ordering. */
  latest: number | null
  isLowVolume: boolean
}

export interface HeatmapInput {
  rolled: ReadonlyMap<string, MonthlyTotals>
  tree: UnitTree
  targets: TargetIndex
  metric: MetricId
  months: string[]
  targetTrees?: TargetTrees
  lineage?: readonly LineageLinkLike[]
}

export function heatmapRows(
  input: HeatmapInput,
  unitIds: readonly string[],
  isLowVolume: (unitId: string) => boolean,
): HeatmapRow[] {
  const { rolled, tree, targets, metric, months } = input
  return unitIds.map((unitId) => {
    const values = monthlyMetric(rolled.get(unitId), months, metric)
    const goals = monthlyTargets(targets, input.targetTrees ?? tree, unitId, metric, months, input.lineage)
    return {
      unitId,
      name: tree.byId.get(unitId)?.name ?? unitId,
      cells: months.map((month, i) => ({
        month,
        value: values[i] ?? null,
        target: goals[i] ?? null,
        band: targetBand(values[i] ?? null, goals[i] ?? null),
      })),
      latest: values[values.length - 1] ?? null,
      isLowVolume: isLowVolume(unitId),
    }
  })
}
