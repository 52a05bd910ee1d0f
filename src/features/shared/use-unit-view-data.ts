// A screen about one unit: the scope, the view in the URL, the stats requests for the unit's fetch window (one
// level deep: the unit and its children; and across the reform of 2025-07 its whole predecessors over their
// months, history-view.ts), the targets of its years, and the rows rolled up with each shown unit's history.
// Months behind can run back past that window: the months before it are asked when a screen finds a run
// that reaches the window's start (askEarlierMonths), so every screen counts the same run.
import { computed, watch } from 'vue'
import { rememberAlsoAsked } from '../../api/early-answers'
import { useScope } from '../../api/use-scope'
import { useStatsRows, useTargets } from '../../api/use-stats-rows'
import { useApi } from '../../app-context'
import type { ViewFigures } from '../../domain/breakdown'
import { historyStatsPlan, structureMonth, structureOf, withHistory } from '../../domain/history-view'
import { clipRange, fetchWindow, monthsOf, sameRangeOr, yearsOf, type MonthRange } from '../../domain/periods'
import { rollupByUnit } from '../../domain/rollup'
import { treeAt, treesByYear } from '../../domain/validity'
import { useMonthsBefore } from './use-months-before'
import { useRenderMarks } from './use-render-marks'
import { useViewState } from './use-view-state'

export function useUnitViewData() {
  const api = useApi()
  const scope = useScope()
  const view = useViewState(scope.context)
  const state = view.state

  const unit = computed(() => (state.value ? (scope.tree.value?.byId.get(state.value.unitId) ?? null) : null))
  // The tree the view shows: the one of the period's last month, within the unit's own months (a new unit over a
  // period before it existed shows its own children, with their history; an old one the children it had).
  const shownMonth = computed(() => (unit.value && state.value ? structureMonth(unit.value, state.value.range) : null))
  const shownTree = computed(() =>
    scope.units.data.value && shownMonth.value ? treeAt(scope.units.data.value, shownMonth.value) : null,
  )
  const shownIds = computed<string[]>((previous) => {
    const id = unit.value?.id
    const next = id ? [id, ...(shownTree.value?.childrenOf.get(id) ?? []).map((child) => child.id)] : []
    return previous && previous.length === next.length && previous.every((v, i) => v === next[i]) ? previous : next
  })
  const structure = computed(() =>
    unit.value && shownMonth.value ? structureOf(unit.value, shownMonth.value, scope.lineage.value) : null,
  )
  /** The /stats requests for the shown units' figures over `range`, at least `minDepth` levels deep. */
  function planFor(range: MonthRange, minDepth = 1) {
    return unit.value && scope.tree.value
      ? historyStatsPlan(unit.value.id, range, scope.tree.value, scope.lineage.value, shownIds.value, minDepth)
      : []
  }

  const window = computed<MonthRange | null>((previous) =>
    sameRangeOr(
      previous,
      state.value && scope.context.value ? fetchWindow(state.value.range, scope.context.value.available) : null,
    ),
  )

  /**
   * The requests for the months before the window: without the unit's own where they all lie outside its months
   * (a new unit before the reform: an empty answer, asked for nothing), its predecessors' rows stand in there.
   */
  function beforePlan(range: MonthRange) {
    const own = unit.value
    const months = own ? { from: own.validFrom ?? range.from, to: own.validTo ?? range.to } : range
    return planFor(range).filter((query) => query.unit !== own?.id || clipRange(range, months) !== null)
  }
  // The months from the first with data up to the window, once a screen asks for them (for this unit and window).
  const before = useMonthsBefore<true>({
    window: () => window.value,
    firstMonth: () => scope.context.value?.available.from,
    plan: (range) => beforePlan(range),
    resetOn: [() => unit.value?.id, window],
  })
  // A reload of this address asks them with the first view's rows (public/early.js), not after the code has run.
  watch(before.range, (range) => {
    if (!range || !unit.value) return
    for (const query of beforePlan(range)) rememberAlsoAsked(api.statsUrl(query))
    for (const year of yearsOf(monthsOf(range))) rememberAlsoAsked(api.targetsUrl(year))
  })
  const history = computed(() => {
    const from = before.isIn.value ? before.range.value!.from : window.value?.from
    return from && state.value ? monthsOf({ from, to: state.value.range.to }) : []
  })

  const stats = useStatsRows(() => (window.value ? planFor(window.value) : []))
  // A reload asks the former units' rows of a view across the reform early too (its first request is the page's own,
  // asked ahead), remembered once they are in: by then the first view is remembered (prefetch-view.ts).
  watch(
    () => (window.value && !stats.isLoading.value ? planFor(window.value).slice(1) : []),
    (queries) => {
      for (const query of queries) rememberAlsoAsked(api.statsUrl(query))
    },
  )
  const targets = useTargets(() =>
    window.value ? yearsOf(monthsOf({ from: before.range.value?.from ?? window.value.from, to: window.value.to })) : [],
  )
  // Figures wait for the targets too (unless they fail): drawn once, not again as each year's targets land.
  const isLoading = computed(() => stats.isLoading.value || targets.isLoading.value)
  const rows = computed(() => before.withRows(stats.rows.value))
  // Rolled up in the tree of every version (each row into its own ancestors), then each shown unit's history.
  const rolledAll = computed(() =>
    scope.tree.value && !isLoading.value ? rollupByUnit(rows.value, scope.tree.value) : null,
  )
  const carried = computed(() =>
    rolledAll.value ? withHistory(rolledAll.value, shownIds.value, scope.lineage.value) : null,
  )
  const rolled = computed(() => carried.value?.rolled ?? null)
  const violations = computed(() => before.withViolations(stats.violations.value))
  useRenderMarks(() => (state.value && !isLoading.value ? [state.value, stats.rows.value, targets.index.value] : null))
  // What a screen works its figures out from: null until the rows and targets are in, or if the rows failed.
  const figuresInput = computed<ViewFigures | null>(() =>
    state.value &&
    carried.value &&
    shownTree.value &&
    scope.units.data.value &&
    scope.context.value &&
    !stats.error.value
      ? {
          state: state.value,
          rolled: carried.value.rolled,
          tree: shownTree.value,
          targets: targets.index.value,
          available: scope.context.value.available,
          history: history.value,
          targetTrees: treesByYear(scope.units.data.value),
          lineage: scope.lineage.value,
          gaps: carried.value.gaps,
          rows: rows.value,
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
    shownTree,
    structure,
    planFor,
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
