// Rows asked in two steps, for a view whose full window is large (every unit of the country): the quick plan first
// (the period and its baseline, so a list shows early), then the full plan; once the full answers are in, the quick
// ones are let go (at national scale they hold ~70,000 rows). A new full plan (another period) starts over.
import { computed, ref, watch, type ComputedRef } from 'vue'
import { useStatsRows, type PlannedStatsQuery } from '../../api/use-stats-rows'

export type StatsRows = ReturnType<typeof useStatsRows>

export interface UseQuickThenFullReturn {
  quick: StatsRows
  full: StatsRows
  /** The full plan's rows are in (and none failed). */
  isFull: ComputedRef<boolean>
  /** The view's rows are final: the full plan's are in, or the quick plan's are in and need no more (isQuickFinal). */
  isFinal: ComputedRef<boolean>
  /** The rows the view reads now: the full plan's once in, else the quick plan's. */
  current: StatsRows
}

/**
 * `isQuickShown(quick)`: whether the quick rows may be shown once in (a period's sums that would not give the
 * figures the months give are not: the view waits for the full plan). `isQuickFinal(quick)`: whether, once in and
 * shown, they give every figure the view shows (a period's sums with the months behind the server counted): the
 * full plan is then not asked.
 */
export function useQuickThenFull(
  quickPlan: () => PlannedStatsQuery[],
  fullPlan: () => PlannedStatsQuery[],
  isQuickShown: (quick: StatsRows) => boolean = () => true,
  isQuickFinal: (quick: StatsRows) => boolean = () => false,
): UseQuickThenFullReturn {
  const fullLoaded = ref(false)
  const quick = useStatsRows(() => (fullLoaded.value ? [] : quickPlan()))
  const quickFinal = computed(
    () =>
      !fullLoaded.value && !quick.isLoading.value && !quick.error.value && isQuickShown(quick) && isQuickFinal(quick),
  )
  // The full plan waits for the quick one, and for its retry when it failed (a failing server is not asked more);
  // it is not asked when the quick one's rows are final.
  const full = useStatsRows(() =>
    ((quick.isLoading.value || quick.error.value) && !fullLoaded.value) || quickFinal.value ? [] : fullPlan(),
  )
  const isFull = computed(() => !full.isLoading.value && !full.error.value)
  watch(isFull, (loaded) => {
    fullLoaded.value = loaded
  })
  const source = computed(() => (isFull.value ? full : quick))
  const current: StatsRows = {
    isLoading: computed(() => source.value.isLoading.value || (!isFull.value && !isQuickShown(quick))),
    progress: computed(() => source.value.progress.value),
    error: computed(() => source.value.error.value),
    retry: () => source.value.retry(),
    rows: computed(() => source.value.rows.value),
    violations: computed(() => source.value.violations.value),
  }
  return { quick, full, isFull, isFinal: computed(() => isFull.value || quickFinal.value), current }
}
