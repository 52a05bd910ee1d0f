// A screen about one unit: the scope, the view in the URL, one stats request for the unit's fetch
// window (one level deep: the unit and its children), the targets of its years, and the rows rolled up.
import { useRenderMarks } from '../components/use-render-marks'
import { computed } from 'vue'
import type { ViewFigures } from '../domain/breakdown'
import { fetchWindow, monthsOf, sameRangeOr, yearsOf, type MonthRange } from '../domain/periods'
import { rollupByUnit } from '../domain/rollup'
import { useViewState } from '../stores/view-state'
import { unitViewStatsQuery } from './queries'
import { useScope } from './use-scope'
import { useStatsRows, useTargets } from './use-stats-rows'

export function useUnitViewData() {
  const scope = useScope()
  const view = useViewState(scope.context)
  const state = view.state

  const unit = computed(() => (state.value ? scope.tree.value?.byId.get(state.value.unitId) ?? null : null))
  const window = computed<MonthRange | null>((previous) => sameRangeOr(previous,
    state.value && scope.context.value ? fetchWindow(state.value.range, scope.context.value.available) : null))
  const history = computed(() => (window.value && state.value ? monthsOf({ from: window.value.from, to: state.value.range.to }) : []))

  const stats = useStatsRows(() => (unit.value && window.value ? [unitViewStatsQuery(unit.value.id, window.value)] : []))
  const targets = useTargets(() => (window.value ? yearsOf(monthsOf(window.value)) : []))
  // Figures wait for the targets too (unless they fail): drawn once, not again as each year's targets land.
  const isLoading = computed(() => stats.isLoading.value || targets.isLoading.value)
  const rolled = computed(() => (scope.tree.value && !isLoading.value ? rollupByUnit(stats.rows.value, scope.tree.value) : null))
  useRenderMarks(() => (state.value && !isLoading.value ? [state.value, stats.rows.value, targets.index.value] : null))
  // What a screen works its figures out from: null until the rows and targets are in, or if the rows failed.
  const figuresInput = computed<ViewFigures | null>(() => (
    state.value && rolled.value && scope.tree.value && scope.context.value && !stats.error.value
      ? {
          state: state.value, rolled: rolled.value, tree: scope.tree.value, targets: targets.index.value,
          available: scope.context.value.available, history: history.value,
        }
      : null))

  return { ...scope, view, unit, fetchedRange: window, history, stats, targets, rolled, figuresInput }
}
