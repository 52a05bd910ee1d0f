// On-time accountability: how resolved dossiers split by deadline, the overdue backlog at a period's end, and
// who holds it (CONTRACT.md's late rate and overdue backlog).
import { metricValue, type MetricValue } from './metrics'
import type { Totals } from './totals'

export interface ResolutionSplit {
  resolved: number
  early: number
  onTime: number
  late: number
  /** Each part's share of resolved; null when nothing was resolved. */
  shares: { early: number; onTime: number; late: number } | null
}

/** Resolved dossiers split into early, on time and late, with their shares. */
export function resolutionSplit(totals: Totals): ResolutionSplit {
  const { resolved, resolvedEarly: early, resolvedOnTime: onTime, resolvedLate: late } = totals
  return {
    resolved,
    early,
    onTime,
    late,
    shares: resolved > 0 ? { early: early / resolved, onTime: onTime / resolved, late: late / resolved } : null,
  }
}

export interface OverdueBacklog {
  /** Dossiers past their deadline and still open at the period's end (a stock). */
  overdue: number
  pending: number
  /** overdue / pending; no value when nothing is pending. */
  share: MetricValue
}

/** The overdue backlog of totals taken over a period (stocks are its last month's: rollup.ts overPeriod). */
export function overdueBacklog(totals: Totals): OverdueBacklog {
  return { overdue: totals.pendingOverdue, pending: totals.pending, share: metricValue('overdueShare', totals) }
}

export interface OverdueHolder extends OverdueBacklog {
  unitId: string
}

/**
 * Units by the overdue dossiers they hold, most first (one department with 300 matters more than a commune
 * with 2, whatever their rates); ties by share, then id. Units holding none are left out.
 */
export function overdueRanking(units: ReadonlyArray<{ unitId: string; totals: Totals }>): OverdueHolder[] {
  return units
    .map(({ unitId, totals }) => ({ unitId, ...overdueBacklog(totals) }))
    .filter((holder) => holder.overdue > 0)
    .sort(
      (a, b) =>
        b.overdue - a.overdue ||
        (b.share.value ?? 0) - (a.share.value ?? 0) ||
        (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
    )
}
