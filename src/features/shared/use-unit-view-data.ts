// A screen about one unit: the scope, the view in the URL, one stats request for the unit's fetch
// window (one level deep: the unit and its children), the targets of its years, and the rows rolled up.
// Months behind can run back past that window: the months before it are asked when a screen finds a run
// that reaches the window's start (askEarlierMonths), so every screen counts the same run.
import { computed, watch } from 'vue'
import { rememberAlsoAsked } from '../../api/early-answers'
import { unitViewStatsQuery } from '../../api/queries'
import { useScope } from '../../api/use-scope'
import { useStatsRows, useTargets } from '../../api/use-stats-rows'
import { useApi } from '../../app-context'
import type { ViewFigures } from '../../domain/breakdown'
import { fetchWindow, monthsOf, sameRangeOr, yearsOf, type MonthRange } from '../../domain/periods'
import { rollupByUnit } from '../../domain/rollup'
import { useMonthsBefore } from './use-months-before'
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
  const before = useMonthsBefore<true>({
    window: () => window.value,
    firstMonth: () => scope.context.value?.available.from,
    plan: (range) => (unit.value ? [unitViewStatsQuery(unit.value.id, range)] : []),
    resetOn: [() => unit.value?.id, window],
  })
  // A reload of this address asks them with the first view's rows (public/early.js), not after the code has run.
  watch(before.range, (range) => {
    if (!range || !unit.value) return
    rememberAlsoAsked(api.statsUrl(unitViewStatsQuery(unit.value.id, range)))
    for (const year of yearsOf(monthsOf(range))) rememberAlsoAsked(api.targetsUrl(year))
  })
  const history = computed(() => {
    const from = before.isIn.value ? before.range.value!.from : window.value?.from
    return from && state.value ? monthsOf({ from, to: state.value.range.to }) : []
  })

  const stats = useStatsRows(() =>
    unit.value && window.value ? [unitViewStatsQuery(unit.value.id, window.value)] : [],
  )
  const targets = useTargets(() =>
    window.value ? yearsOf(monthsOf({ from: before.range.value?.from ?? window.value.from, to: window.value.to })) : [],
  )
  // Figures wait for the targets too (unless they fail): drawn once, not again as each year's targets land.
  const isLoading = computed(() => stats.isLoading.value || targets.isLoading.value)
  const rows = computed(() => before.withRows(stats.rows.value))
  const rolled = computed(() =>
    scope.tree.value && !isLoading.value ? rollupByUnit(rows.value, scope.tree.value) : null,
  )
  const violations = computed(() => before.withViolations(stats.violations.value))
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
    before.ask(true)
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
    earlier: before.stats,
    askEarlierMonths,
  }
}
