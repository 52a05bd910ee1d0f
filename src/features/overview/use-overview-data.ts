// The overview's server data: meta, units, one stats request and the targets of the years it spans.
import { useQueries, useQuery } from '@tanstack/vue-query'
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import type { Target } from '../../api/contract'
import { metaOptions, statsOptions, targetsOptions, unitsOptions } from '../../api/queries'
import { useApi } from '../../app-context'
import { screenRows } from '../../domain/invariants'
import { addMonths, monthsOf } from '../../domain/periods'
import { yearsOf } from '../../domain/series'
import { indexTargets } from '../../domain/targets'
import { buildUnitTree } from '../../domain/units'

/** Months shown by the trend (the latest and the eleven before it). One more is asked for the change. */
export const TREND_MONTHS = 12

export function useOverviewData(unitId: MaybeRefOrGetter<string | undefined>) {
  const api = useApi()
  const meta = useQuery(metaOptions(api))
  const units = useQuery(unitsOptions(api))

  const lastMonth = computed(() => meta.data.value?.lastMonth)
  const months = computed(() => (lastMonth.value ? monthsOf({ from: addMonths(lastMonth.value, -TREND_MONTHS), to: lastMonth.value }) : []))

  const stats = useQuery(computed(() => {
    const unit = toValue(unitId)
    const range = months.value
    const query = { unit: unit ?? '', depth: 1, from: range[0] ?? '', to: range[range.length - 1] ?? '' }
    return { ...statsOptions(api, query), enabled: Boolean(unit) && range.length > 0 }
  }))

  const targetQueries = useQueries({
    queries: computed(() => yearsOf(months.value).map((year) => targetsOptions(api, year))),
  })

  const tree = computed(() => (units.data.value ? buildUnitTree(units.data.value) : null))
  const targetIndex = computed(() => {
    const all: Target[] = targetQueries.value.flatMap((q) => q.data ?? [])
    return indexTargets(all)
  })
  const targetsError = computed(() => targetQueries.value.find((q) => q.error)?.error ?? null)

  // Rows that break a rule are reported and left out of every figure.
  const screened = computed(() => screenRows(stats.data.value ?? []))
  const rows = computed(() => screened.value.valid)
  const violations = computed(() => screened.value.violations)

  return { meta, units, stats, targetQueries, tree, targetIndex, targetsError, rows, violations, months, lastMonth }
}
