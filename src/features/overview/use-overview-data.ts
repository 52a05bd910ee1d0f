// The overview's data: the scope, the view in the URL, one stats request for the unit's fetch window
// (two levels deep for a province, to split departments, district desks and communes), the targets.
import { computed } from 'vue'
import { useScope } from '../../api/use-scope'
import { useStatsRows, useTargets } from '../../api/use-stats-rows'
import { fetchWindow, monthsOf } from '../../domain/periods'
import { rollupByUnit } from '../../domain/rollup'
import { yearsOf } from '../../domain/series'
import { useViewState } from '../../stores/view-state'

export function useOverviewData() {
  const scope = useScope()
  const view = useViewState(scope.context)
  const state = view.state

  const unit = computed(() => (state.value ? scope.tree.value?.byId.get(state.value.unitId) ?? null : null))
  const window = computed(() => (state.value && scope.context.value ? fetchWindow(state.value.range, scope.context.value.available) : null))
  const history = computed(() => (window.value && state.value ? monthsOf({ from: window.value.from, to: state.value.range.to }) : []))

  const stats = useStatsRows(() => (unit.value && window.value
    ? [{ unit: unit.value.id, depth: unit.value.kind === 'province' ? 2 : 1, from: window.value.from, to: window.value.to }]
    : []))
  const targets = useTargets(() => (window.value ? yearsOf(monthsOf(window.value)) : []))
  const rolled = computed(() => (scope.tree.value && !stats.isLoading.value ? rollupByUnit(stats.rows.value, scope.tree.value) : null))

  return { ...scope, view, unit, history, stats, targets, rolled }
}
