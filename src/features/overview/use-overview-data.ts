// The overview's server data: meta and units (session-long), one stats request for the unit's fetch
// window, and the targets of the years in it. Every figure is then computed from these rows.
import { useQueries, useQuery } from '@tanstack/vue-query'
import { computed } from 'vue'
import type { Target } from '../../api/contract'
import { metaOptions, statsOptions, targetsOptions, unitsOptions } from '../../api/queries'
import { useApi } from '../../app-context'
import { screenRows } from '../../domain/invariants'
import { fetchWindow, monthsOf } from '../../domain/periods'
import { rollupByUnit } from '../../domain/rollup'
import { yearsOf } from '../../domain/series'
import { indexTargets } from '../../domain/targets'
import { buildUnitTree } from '../../domain/units'
import type { ViewContext } from '../../domain/view-state'
import { useViewState } from './use-view-state'

export function useOverviewData() {
  const api = useApi()
  const meta = useQuery(metaOptions(api))
  const units = useQuery(unitsOptions(api))
  const tree = computed(() => (units.data.value ? buildUnitTree(units.data.value) : null))

  const context = computed<ViewContext | null>(() => {
    const m = meta.data.value
    const t = tree.value
    if (!m || !t) return null
    return { available: { from: m.firstMonth, to: m.lastMonth }, scopeId: m.rootUnitId, isKnownUnit: (id) => t.byId.has(id) }
  })
  const view = useViewState(context)

  const unit = computed(() => (view.state.value ? tree.value?.byId.get(view.state.value.unitId) ?? null : null))
  // A province asks two levels deep, so that departments, district desks and communes can be told apart.
  const depth = computed(() => (unit.value?.kind === 'province' ? 2 : 1))
  const window = computed(() => (view.state.value && context.value ? fetchWindow(view.state.value.range, context.value.available) : null))
  const history = computed(() => (window.value && view.state.value
    ? monthsOf({ from: window.value.from, to: view.state.value.range.to }) : []))

  const stats = useQuery(computed(() => {
    const query = { unit: unit.value?.id ?? '', depth: depth.value, from: window.value?.from ?? '', to: window.value?.to ?? '' }
    return { ...statsOptions(api, query), enabled: Boolean(unit.value && window.value) }
  }))

  const targetQueries = useQueries({
    queries: computed(() => (window.value ? yearsOf(monthsOf(window.value)) : []).map((year) => targetsOptions(api, year))),
  })
  const targetIndex = computed(() => indexTargets(targetQueries.value.flatMap((q): Target[] => q.data ?? [])))
  const targetsError = computed(() => targetQueries.value.find((q) => q.error)?.error ?? null)
  function retryTargets() {
    for (const query of targetQueries.value) if (query.error) void query.refetch()
  }

  // Rows that break a rule are reported and left out of every figure.
  const screened = computed(() => screenRows(stats.data.value ?? []))
  const rolled = computed(() => (tree.value ? rollupByUnit(screened.value.valid, tree.value) : null))

  return {
    meta, units, stats, tree, context, view, unit, history, targetIndex, targetsError, retryTargets,
    rows: computed(() => screened.value.valid),
    violations: computed(() => screened.value.violations),
    rolled,
  }
}
