// Rows of one or several /stats requests (e.g. one per province), screened against the contract's
// invariants; and the targets of some years. Widgets then compute from these, never fetch.
import { useQueries } from '@tanstack/vue-query'
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { useApi } from '../app-context'
import { screenRows } from '../domain/invariants'
import { indexTargets } from '../domain/targets'
import type { StatRow, StatsQuery, Target } from './contract'
import { statsOptions, targetsOptions } from './queries'

export function useStatsRows(queries: MaybeRefOrGetter<StatsQuery[]>) {
  const api = useApi()
  const results = useQueries({ queries: computed(() => toValue(queries).map((query) => statsOptions(api, query))) })
  const isLoading = computed(() => results.value.length === 0 || results.value.some((r) => r.data === undefined && !r.error))
  const error = computed(() => results.value.find((r) => r.error)?.error ?? null)
  // Rows that break a rule are reported and left out of every figure.
  const screened = computed(() => screenRows(results.value.flatMap((r): StatRow[] => r.data ?? [])))
  function retry() {
    for (const result of results.value) if (result.error) void result.refetch()
  }
  return {
    isLoading,
    error,
    retry,
    rows: computed(() => screened.value.valid),
    violations: computed(() => screened.value.violations),
  }
}

export function useTargets(years: MaybeRefOrGetter<number[]>) {
  const api = useApi()
  const results = useQueries({ queries: computed(() => toValue(years).map((year) => targetsOptions(api, year))) })
  function retry() {
    for (const result of results.value) if (result.error) void result.refetch()
  }
  return {
    index: computed(() => indexTargets(results.value.flatMap((r): Target[] => r.data ?? []))),
    error: computed(() => results.value.find((r) => r.error)?.error ?? null),
    isLoading: computed(() => results.value.some((r) => r.data === undefined && !r.error)),
    retry,
  }
}
