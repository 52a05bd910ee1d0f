// Rows of ISO weeks (grain=week), screened against the contract's invariants like the monthly ones, each
// carrying its week as the period key the domain reads (`month`), so rollups and periods work on weeks as on
// months.
import { useQueries } from '@tanstack/vue-query'
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { useApi } from '../app-context'
import { screenRows } from '../domain/invariants'
import { completeRow } from '../domain/unreported'
import type { StatRowLike } from '../domain/totals'
import type { WeekStatRow, WeekStatsQuery } from './contract'
import { AS_IS, weekStatsOptions } from './queries'

/** A week's row as the domain reads a period row: its week in `month`. */
export const weekPeriodRow = ({ week, ...row }: WeekStatRow): StatRowLike => completeRow({ ...row, month: week })

export function useWeekStatsRows(queries: MaybeRefOrGetter<Array<Omit<WeekStatsQuery, 'grain'>>>) {
  const api = useApi()
  const results = useQueries({
    queries: computed(() => toValue(queries).map((query) => weekStatsOptions(api, query))),
    ...AS_IS,
  })
  const screened = computed(() => screenRows(results.value.flatMap((r) => (r.data ?? []).map(weekPeriodRow))))
  function retry() {
    for (const result of results.value) if (result.error) void result.refetch()
  }
  return {
    isLoading: computed(
      () => results.value.length === 0 || results.value.some((r) => r.data === undefined && !r.error),
    ),
    error: computed(() => results.value.find((r) => r.error)?.error ?? null),
    retry,
    rows: computed(() => screened.value.valid),
    violations: computed(() => screened.value.violations),
  }
}
