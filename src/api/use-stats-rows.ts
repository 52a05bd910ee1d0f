// Rows of one or several /stats requests (e.g. one per province), screened against the contract's
// invariants; and the targets of some years. Widgets then compute from these, never fetch.
import { useQueries } from '@tanstack/vue-query'
import { computed, ref, toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import { useApi } from '../app-context'
import { screenRows } from '../domain/invariants'
import { indexTargets } from '../domain/targets'
import type { StatRow, Target } from './contract'
import { AS_IS, periodStatsOptions, targetsOptions, type AnyMonthsQuery } from './queries'

/**
 * A stats request: of months, of ISO weeks (periodStatsOptions), or of a period's sums standing in its last month;
 * `isOwnOnly` keeps only the unit's own rows (its children come from other requests).
 */
export type PlannedStatsQuery = AnyMonthsQuery & { isOwnOnly?: boolean }

/**
 * At most `maxConcurrent` requests of the plan are in flight at once: a plan of 64 requests must not
 * leave the last ones waiting in a queue (server or in-browser mock) until their own timeout. A request
 * that failed is asked again only by `retry`.
 */
export function useStatsRows(queries: MaybeRefOrGetter<PlannedStatsQuery[]>, maxConcurrent = 6) {
  const api = useApi()
  const planned = computed(() => toValue(queries))
  const settled = ref(0)
  const results = useQueries({
    queries: computed(() =>
      planned.value.map(({ isOwnOnly: _ownOnly, ...query }, i) => ({
        ...periodStatsOptions(api, query),
        enabled: i < settled.value + maxConcurrent,
      })),
    ),
    ...AS_IS,
  })
  // A request counts as answered once it has had an answer, rows or an error, and stays so while it is
  // asked again (asking clears its error): the window only widens, and never lets a request go twice.
  watchEffect(() => {
    settled.value = results.value.filter((r) => r.dataUpdatedAt > 0 || r.errorUpdatedAt > 0).length
  })
  const isLoading = computed(
    () => results.value.length === 0 || results.value.some((r) => r.data === undefined && !r.error),
  )
  const error = computed(() => results.value.find((r) => r.error)?.error ?? null)
  // Rows that break a rule are reported and left out of every figure.
  const screened = computed(() =>
    screenRows(
      results.value.flatMap((r, i): StatRow[] => {
        const query = planned.value[i]
        const rows = r.data ?? []
        return query?.isOwnOnly ? rows.filter((row) => row.unitId === query.unit) : rows
      }),
    ),
  )
  function retry() {
    for (const result of results.value) if (result.error) void result.refetch()
  }
  const progress = computed(() => ({
    done: results.value.filter((r) => r.data !== undefined).length,
    total: results.value.length,
  }))
  return {
    isLoading,
    progress,
    error,
    retry,
    rows: computed(() => screened.value.valid),
    violations: computed(() => screened.value.violations),
  }
}

export function useTargets(years: MaybeRefOrGetter<number[]>) {
  const api = useApi()
  const results = useQueries({
    queries: computed(() => toValue(years).map((year) => targetsOptions(api, year))),
    ...AS_IS,
  })
  function retry() {
    for (const result of results.value) if (result.error) void result.refetch()
  }
  return {
    index: computed(() => indexTargets(results.value.flatMap((r): Target[] => r.data ?? []))),
    error: computed(() => results.value.find((r) => r.error)?.error ?? null),
    isLoading: computed(() => results.value.some((r) => r.data === undefined && !r.error)),
    /** Whether any of `these` years is asked and its targets still on their way. */
    isLoadingAny: (these: readonly number[]) => {
      const asked = toValue(years)
      return results.value.some((r, i) => r.data === undefined && !r.error && these.includes(asked[i]!))
    },
    retry,
  }
}
