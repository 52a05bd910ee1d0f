// Which level pulls the figure down: provincial departments, district desks, communes.
import { metricValue, type MetricId, type MetricValue } from './metrics'
import { addInto, addVoided, emptyTotals, FLOW_FIELDS, type StatRowLike, type Totals } from './totals'
import type { UnitTree } from './units'

const TIERS = ['departments', 'districtDesks', 'communes'] as const
export type Tier = (typeof TIERS)[number]

export interface TierFigure {
  tier: Tier
  totals: Totals
  value: MetricValue
}

/** The tier of a row, or null when the row mixes levels (a unit's total including its descendants). */
function tierOf(row: StatRowLike, tree: UnitTree): Tier | 'own' | null {
  const kind = tree.byId.get(row.unitId)?.kind
  if (kind === 'department') return 'departments'
  if (kind === 'commune') return 'communes'
  if (row.includesDescendants) return null
  return kind === 'district' ? 'districtDesks' : 'own'
}

/**
 * Totals per tier over the given months (stocks from the last month). Null when the rows cannot be
 * split: some row already adds up several levels (e.g. a province's total in a country view).
 */
export function tierSplit(
  rows: readonly StatRowLike[],
  tree: UnitTree,
  months: readonly string[],
  metric: MetricId,
): TierFigure[] | null {
  const inPeriod = new Set(months)
  const last = months[months.length - 1]
  const totals = new Map<Tier, Totals>(TIERS.map((tier) => [tier, emptyTotals()]))
  for (const row of rows) {
    if (!inPeriod.has(row.month)) continue
    const tier = tierOf(row, tree)
    if (tier === null) return null
    if (tier === 'own') continue
    const target = totals.get(tier)!
    if (row.month === last) {
      addInto(target, row)
      continue
    }
    for (const field of FLOW_FIELDS) target[field] += row[field] // stocks come from the last month
    if (row.voided) addVoided(target, row.voided, FLOW_FIELDS)
  }
  const present = TIERS.filter((tier) => totals.get(tier)!.received > 0 || totals.get(tier)!.resolved > 0)
  if (present.length < 2) return null
  return present.map((tier) => ({ tier, totals: totals.get(tier)!, value: metricValue(metric, totals.get(tier)!) }))
}
