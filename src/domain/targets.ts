// Yearly targets: inherited from the nearest ancestor per metric, weighted by month over a period.
import { nearestPredecessors, type LineageLinkLike } from './lineage'
import { monthsOf, type MonthRange } from './periods'
import { ancestorsOf, type UnitTree } from './units'

/** Every metric a yearly target may be set for (CONTRACT.md Targets): each tracked the same way. */
export const TARGET_METRICS = [
  'onlineRate',
  'onTimeRate',
  'satisfactionRate',
  'fullOnlineRate',
  'onlinePaymentRate',
  'digitizationRate',
] as const
export type TargetMetric = (typeof TARGET_METRICS)[number]

export interface TargetLike {
  unitId: string
  year: number
  onlineRate?: number | undefined
  onTimeRate?: number | undefined
  satisfactionRate?: number | undefined
  fullOnlineRate?: number | undefined
  onlinePaymentRate?: number | undefined
  digitizationRate?: number | undefined
}

export type TargetIndex = ReadonlyMap<string, TargetLike>

/**
 * Where targets are inherited: one tree for every year (a v1 unit list), or the tree valid in each year
 * (validity.ts `treesByYear`), so that a unit inherits a year's target only from the units above it then.
 */
export type TargetTrees = UnitTree | ((year: number) => UnitTree)

const treeOfYear = (trees: TargetTrees, year: number) => (typeof trees === 'function' ? trees(year) : trees)

const keyOf = (unitId: string, year: number) => `${unitId}|${year}`

/** Indexes targets of any number of years by unit and year. */
export function indexTargets(targets: readonly TargetLike[]): TargetIndex {
  const index = new Map<string, TargetLike>()
  for (const target of targets) index.set(keyOf(target.unitId, target.year), target)
  return index
}

/** Whether a metric has targets at all (the others never have a target line). */
export function isTargetMetric(metric: string): metric is TargetMetric {
  return (TARGET_METRICS as readonly string[]).includes(metric)
}

/**
 * The unit's target for a year: its own value, else the nearest ancestor's in that year's tree; null if none
 * has one. In a year before the unit existed (a new unit's history), with the `lineage`: the target its
 * predecessors of that year had, when they all had the same one — else null (none is averaged by guess).
 */
export function yearTarget(
  index: TargetIndex,
  trees: TargetTrees,
  unitId: string,
  metric: TargetMetric,
  year: number,
  lineage: readonly LineageLinkLike[] = [],
): number | null {
  const tree = treeOfYear(trees, year)
  if (tree.byId.has(unitId) || lineage.length === 0) return inheritedTarget(index, tree, unitId, metric, year)
  const predecessors = nearestPredecessors(lineage, unitId, (id) => tree.byId.has(id))
  const values = predecessors.map((id) => inheritedTarget(index, tree, id, metric, year))
  const first = values[0]
  return first !== undefined && values.every((value) => value === first) ? first : null
}

function inheritedTarget(index: TargetIndex, tree: UnitTree, unitId: string, metric: TargetMetric, year: number) {
  for (const unit of ancestorsOf(tree, unitId)) {
    const value = index.get(keyOf(unit.id, year))?.[metric]
    if (value !== undefined) return value
  }
  return null
}

/**
 * The target over a period: each month counts with its year's target, so Jul 2021–Jun 2022 against
 * 30% then 50% gives 40%. If any month's year has no target, the period has none (nothing invented).
 */
export function periodTarget(
  index: TargetIndex,
  trees: TargetTrees,
  unitId: string,
  metric: TargetMetric,
  range: MonthRange,
  lineage: readonly LineageLinkLike[] = [],
): number | null {
  const { length, monthsPerYear } = yearsOfRange(range)
  if (length === 0) return null
  const yearly: Array<[target: number, months: number]> = []
  for (const [year, count] of monthsPerYear) {
    const target = yearTarget(index, trees, unitId, metric, year, lineage)
    if (target === null) return null
    yearly.push([target, count])
  }
  // One distinct target is returned as is, so a value equal to it compares as met.
  if (yearly.every(([target]) => target === yearly[0]![0])) return yearly[0]![0]
  return yearly.reduce((sum, [target, count]) => sum + target * count, 0) / length
}

// How many months of a range fall in each year: the same for every unit of a screen (the country's ~12,000).
const yearsOfRanges = new Map<string, { length: number; monthsPerYear: ReadonlyMap<number, number> }>()
function yearsOfRange(range: MonthRange) {
  const key = `${range.from}|${range.to}`
  let found = yearsOfRanges.get(key)
  if (!found) {
    const months = monthsOf(range)
    const monthsPerYear = new Map<number, number>()
    for (const month of months) {
      const year = Number(month.slice(0, 4))
      monthsPerYear.set(year, (monthsPerYear.get(year) ?? 0) + 1)
    }
    if (yearsOfRanges.size >= 64) yearsOfRanges.clear()
    yearsOfRanges.set(key, (found = { length: months.length, monthsPerYear }))
  }
  return found
}
