// A screen about one unit: the scope, the view in the URL, one stats request for the unit's fetch
// window (one level deep: the unit and its children), the targets of its years, and the rows rolled up.
// Months behind can run back past that window: the months before it are asked when a screen finds a run
// that reaches the window's start (askEarlierMonths), so every screen counts the same run.
import { computed, ref, watch } from 'vue'
import { rememberAlsoAsked } from '../../api/early-answers'
import { unitViewStatsQuery } from '../../api/queries'
import { useScope } from '../../api/use-scope'
import { useStatsRows, useTargets } from '../../api/use-stats-rows'
import { useApi } from '../../app-context'
import type { ViewFigures } from '../../domain/breakdown'
import { mergeViolations } from '../../domain/invariants'
import {
  addMonths,
  fetchWindow,
  monthIndex,
  monthsOf,
  sameRangeOr,
  yearsOf,
  type MonthRange,
} from '../../domain/periods'
import { rollupByUnit } from '../../domain/rollup'
import { useRenderMarks } from './use-render-marks'
import { useViewState } from './use-view-state'

export function useUnitViewData() {
  const api = useApi()
  const scope = useScope()
  const view = useViewState(scope.context)
  const state = view.state

  const unit = computed(() => (state.value ? (scope.tree.value?.byId.get(state.value.unitId) ?? null) : null))
  const window = computed<MonthRange | null>((previous) =>
    sameRangeOr(
      previous,
      state.value && scope.context.value ? fetchWindow(state.value.range, scope.context.value.available) : null,
    ),
  )

  // The months from the first with data up to the window, once a screen asks for them (for this unit and window).
  const earlierWanted = ref(false)
  watch([() => unit.value?.id, window], () => {
    earlierWanted.value = false
  })
  const earlierRange = computed<MonthRange | null>((previous) => {
    const first = scope.context.value?.available.from
    const next =
      earlierWanted.value && window.value && first && monthIndex(first) < monthIndex(window.value.from)
        ? { from: first, to: addMonths(window.value.from, -1) }
        : null
    return sameRangeOr(previous, next)
  })
  const earlierQuery = computed(() =>
    unit.value && earlierRange.value ? unitViewStatsQuery(unit.value.id, earlierRange.value) : null,
  )
  const earlier = useStatsRows(() => (earlierQuery.value ? [earlierQuery.value] : []))
  // A reload of this address asks them with the first view's rows (public/early.js), not after the code has run.
  watch(earlierQuery, (query) => {
    if (!query) return
    rememberAlsoAsked(api.statsUrl(query))
    for (const year of yearsOf(monthsOf(query))) rememberAlsoAsked(api.targetsUrl(year))
  })
  const hasEarlier = computed(() => earlierRange.value !== null && !earlier.isLoading.value && !earlier.error.value)
  const history = computed(() => {
    const from = hasEarlier.value ? earlierRange.value!.from : window.value?.from
    return from && state.value ? monthsOf({ from, to: state.value.range.to }) : []
  })

  const stats = useStatsRows(() =>
    unit.value && window.value ? [unitViewStatsQuery(unit.value.id, window.value)] : [],
  )
  const targets = useTargets(() =>
    window.value ? yearsOf(monthsOf({ from: earlierRange.value?.from ?? window.value.from, to: window.value.to })) : [],
  )
  // Figures wait for the targets too (unless they fail): drawn once, not again as each year's targets land.
  const isLoading = computed(() => stats.isLoading.value || targets.isLoading.value)
  const rows = computed(() => (hasEarlier.value ? [...earlier.rows.value, ...stats.rows.value] : stats.rows.value))
  const rolled = computed(() =>
    scope.tree.value && !isLoading.value ? rollupByUnit(rows.value, scope.tree.value) : null,
  )
  const violations = computed(() =>
    mergeViolations(stats.violations.value, hasEarlier.value ? earlier.violations.value : []),
  )
  useRenderMarks(() => (state.value && !isLoading.value ? [state.value, stats.rows.value, targets.index.value] : null))
  // What a screen works its figures out from: null until the rows and targets are in, or if the rows failed.
  const figuresInput = computed<ViewFigures | null>(() =>
    state.value && rolled.value && scope.tree.value && scope.context.value && !stats.error.value
      ? {
          state: state.value,
          rolled: rolled.value,
          tree: scope.tree.value,
          targets: targets.index.value,
          available: scope.context.value.available,
          history: history.value,
        }
      : null,
  )

  /** A run of months behind reaches the window's start: ask the months before it (once per unit and window). */
  function askEarlierMonths() {
    earlierWanted.value = true
  }

  return {
    ...scope,
    view,
    unit,
    fetchedRange: window,
    history,
    stats,
    targets,
    rolled,
    figuresInput,
    violations,
    earlier,
    askEarlierMonths,
  }
}
