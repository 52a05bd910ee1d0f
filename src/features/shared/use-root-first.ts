// A unit's own rows first, then every shown unit's: for a first screen about the unit alone (the overview's KPI cards
// and trend), drawn before the children's rows — most of the bytes — are asked. Once the whole rows have come in, a
// later view (another period) asks them at once, as a view without this step does.
import { computed, shallowRef, watch, type ComputedRef } from 'vue'
import { useStatsRows, type PlannedStatsQuery } from '../../api/use-stats-rows'
import type { StatsRows } from './use-quick-then-full'

export interface UseRootFirstReturn {
  /** The rows the view reads now: the whole rows once in, else the unit's own. */
  current: StatsRows
  /** The whole rows are in (and none failed). */
  isWhole: ComputedRef<boolean>
}

/** `isWanted()`: whether the whole rows may be asked (the page's first screen is drawn). */
export function useRootFirst(
  rootPlan: () => PlannedStatsQuery[],
  wholePlan: () => PlannedStatsQuery[],
  isWanted: () => boolean,
): UseRootFirstReturn {
  const hadWhole = shallowRef(false)
  const whole = useStatsRows(() => (isWanted() || hadWhole.value ? wholePlan() : []))
  const isWhole = computed(() => !whole.isLoading.value && !whole.error.value)
  watch(isWhole, (isIn) => {
    if (isIn) hadWhole.value = true
  })
  const root = useStatsRows(() => (hadWhole.value ? [] : rootPlan()))
  const source = computed(() => (hadWhole.value || isWhole.value ? whole : root))
  // The whole rows failing is the view's failure, as when they were its only request.
  const failed = computed(() => (source.value.error.value ? source.value : whole.error.value ? whole : null))
  const current: StatsRows = {
    isLoading: computed(() => source.value.isLoading.value),
    progress: computed(() => source.value.progress.value),
    error: computed(() => failed.value?.error.value ?? null),
    retry: () => (failed.value ?? source.value).retry(),
    rows: computed(() => source.value.rows.value),
    violations: computed(() => source.value.violations.value),
  }
  return { current, isWhole }
}
