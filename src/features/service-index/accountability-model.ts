// On-time accountability for a unit and period: resolved dossiers by deadline period by period, the overdue
// backlog at the period's end against the period before, and the units below holding the most overdue.
import { overdueBacklog, overdueRanking, resolutionSplit, type OverdueBacklog } from '../../domain/accountability'
import { metricValue, type MetricValue } from '../../domain/metrics'
import { overPeriod, type MonthlyTotals } from '../../domain/rollup'
import type { IndexPeriods } from './index-model'

export interface AccountabilityInput {
  rolled: ReadonlyMap<string, MonthlyTotals>
  unitId: string
  children: ReadonlyArray<{ id: string; name: string }>
  /** Every period key fetched, in order, up to the period's end: the bars. */
  keys: readonly string[]
  periods: IndexPeriods
}

export interface HolderLine extends OverdueBacklog {
  unitId: string
  name: string
  /** Overdue now − at the previous period's end. */
  change: number
}

export interface AccountabilityModel {
  keys: string[]
  early: number[]
  onTime: number[]
  late: number[]
  /** Overdue dossiers at each period's end: the backlog's trend. */
  overdue: number[]
  lateRate: MetricValue
  backlog: OverdueBacklog
  backlogBefore: OverdueBacklog
  holders: HolderLine[]
}

export function accountabilityModel({
  rolled,
  unitId,
  children,
  keys,
  periods,
}: AccountabilityInput): AccountabilityModel {
  const own = rolled.get(unitId)
  const splits = keys.map((key) => resolutionSplit(overPeriod(own, [key])))
  const current = overPeriod(own, periods.current)
  const before = overdueBacklog(overPeriod(own, periods.previous))
  const names = new Map(children.map((c) => [c.id, c.name]))
  const beforeOf = (id: string) => overPeriod(rolled.get(id), periods.previous).pendingOverdue
  const holders = overdueRanking(
    children.map((c) => ({ unitId: c.id, totals: overPeriod(rolled.get(c.id), periods.current) })),
  ).map((h) => ({ ...h, name: names.get(h.unitId) ?? h.unitId, change: h.overdue - beforeOf(h.unitId) }))
  return {
    keys: [...keys],
    early: splits.map((s) => s.early),
    onTime: splits.map((s) => s.onTime),
    late: splits.map((s) => s.late),
    overdue: keys.map((key) => own?.get(key)?.pendingOverdue ?? 0),
    lateRate: metricValue('lateRate', current),
    backlog: overdueBacklog(current),
    backlogBefore: before,
    holders,
  }
}
