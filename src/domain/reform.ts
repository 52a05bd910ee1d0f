// The reorganisation of 1 July 2025 (CONTRACT.md, "Units over time"): the month from which the new units exist.

/** The first month of the two-tier structure. */
export const REFORM_MONTH = '2025-07'

/**
 * Where a time axis crosses the reorganisation: the index of its first month from `reformMonth` on, when
 * the axis also has a month before it; null when every month lies on one side.
 */
export function reformIndex(months: readonly string[], reformMonth: string = REFORM_MONTH): number | null {
  const first = months[0]
  if (first === undefined || first >= reformMonth) return null
  const index = months.findIndex((month) => month >= reformMonth)
  return index < 0 ? null : index
}

/** Whether a period's last month is in the new structure (from `reformMonth`). */
export function isAfterReform(lastMonth: string, reformMonth: string = REFORM_MONTH): boolean {
  return lastMonth >= reformMonth
}

/** A new unit whose figures before the reorganisation leave out what came from units that went into it in part. */
export interface IncompleteHistory {
  unitName: string
  /** The predecessors that went into it only in part, named (their figures are never spread by guess). */
  partPredecessorNames: string[]
}

/** Which structure a period's figures show: the old units, the new ones, or the new with history carried over. */
export function periodStructure(
  range: { from: string; to: string },
  reformMonth: string = REFORM_MONTH,
): 'old' | 'new' | 'crossing' {
  if (!isAfterReform(range.to, reformMonth)) return 'old'
  return range.from < reformMonth ? 'crossing' : 'new'
}
