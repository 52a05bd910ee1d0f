// The months (or weeks) before a view's window, back to the first with data: asked once a screen finds a run of months
// behind that reaches the window's start (so every screen counts the same run), for whatever the screen names.
import { computed, shallowRef, watch, type ComputedRef, type ShallowRef, type WatchSource } from 'vue'
import type { StatRow } from '../../api/contract'
import { useStatsRows, type PlannedStatsQuery } from '../../api/use-stats-rows'
import { mergeViolations, type InvariantViolation } from '../../domain/invariants'
import { periodIndex, sameRangeOr, shiftPeriod, type MonthRange } from '../../domain/periods'

export interface UseMonthsBeforeReturn<T> {
  /** Asks the months before the window for `what` (the first ask holds until the window changes). */
  ask: (what: T) => void
  asked: ShallowRef<T | null>
  range: ComputedRef<MonthRange | null>
  stats: ReturnType<typeof useStatsRows>
  /** The months before are in: the view's history starts at `range.from`. */
  isIn: ComputedRef<boolean>
  /** The window's rows with the months before, once they are in. */
  withRows: (rows: StatRow[]) => StatRow[]
  withViolations: (violations: InvariantViolation[]) => InvariantViolation[]
}

export function useMonthsBefore<T>(options: {
  window: () => MonthRange | null
  firstMonth: () => string | undefined
  /** The requests for the months before, for what was asked. */
  plan: (range: MonthRange, what: T) => PlannedStatsQuery[]
  /** Forget what was asked when this changes (another unit, another window). */
  resetOn: WatchSource | WatchSource[]
}): UseMonthsBeforeReturn<T> {
  const asked = shallowRef<T | null>(null)
  watch(options.resetOn, () => {
    asked.value = null
  })
  const range = computed<MonthRange | null>((previous) => {
    const window = options.window()
    const first = options.firstMonth()
    const next =
      asked.value !== null && window && first && periodIndex(first) < periodIndex(window.from)
        ? { from: first, to: shiftPeriod(window.from, -1) }
        : null
    return sameRangeOr(previous, next)
  })
  const stats = useStatsRows(() => (range.value && asked.value !== null ? options.plan(range.value, asked.value) : []))
  const isIn = computed(() => range.value !== null && !stats.isLoading.value && !stats.error.value)
  return {
    ask: (what) => {
      if (asked.value === null) asked.value = what
    },
    asked,
    range,
    stats,
    isIn,
    withRows: (rows) => (isIn.value ? [...stats.rows.value, ...rows] : rows),
    withViolations: (violations) => mergeViolations(violations, isIn.value ? stats.violations.value : []),
  }
}
