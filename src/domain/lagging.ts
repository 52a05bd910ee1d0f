// Status against a target, the gap, and how many months in a row a unit has been behind.

export type TargetStatus = 'met' | 'notMet' | 'noTarget' | 'noValue'

/** Met when value ≥ target; without a value or a target there is no verdict. */
export function targetStatus(value: number | null, target: number | null): TargetStatus {
  if (value === null) return 'noValue'
  if (target === null) return 'noTarget'
  return value < target ? 'notMet' : 'met'
}

/** Whether a unit lags: it has a target and a value below it. */
function isLagging(value: number | null, target: number | null): boolean {
  return targetStatus(value, target) === 'notMet'
}

/** target − value as a fraction (0.2 = 20 percentage points); null without both. */
export function gap(value: number | null, target: number | null): number | null {
  return value === null || target === null ? null : target - value
}

export interface MonthlyValue {
  value: number | null
  target: number | null
}

/**
 * Consecutive months, ending at the last one given, whose value was below target. A month without
 * a value or a target ends the run: it was not shown to be behind.
 */
export function monthsBehind(months: readonly MonthlyValue[]): number {
  let count = 0
  for (let i = months.length - 1; i >= 0; i--) {
    const month = months[i]!
    if (!isLagging(month.value, month.target)) break
    count++
  }
  return count
}

export type TargetBand = 'met' | 'near' | 'far' | 'none'

/** Colour band against the target: met, below by at most `nearPoints` (0.1 = 10 points), or further. */
export function targetBand(value: number | null, target: number | null, nearPoints = 0.1): TargetBand {
  if (value === null || target === null) return 'none'
  if (value >= target) return 'met'
  return target - value <= nearPoints ? 'near' : 'far'
}
