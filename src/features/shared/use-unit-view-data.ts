// A screen about one unit: the scope, the view in the URL, the stats requests for the units it shows (view-reach.ts:
// the unit and its children, one level deep; or every unit of the scope at every level, in two steps; and across
// the reform of 2025-07 the whole predecessors over their months, history-view.ts), the targets of its years, and the
// rows rolled up with each shown unit's history. Months behind can run back past the fetched window: the months before
// it are asked when a screen finds a run that reaches the window's start (askEarlierMonths), so every screen counts
// the same run.
import { computed, shallowRef, watch } from 'vue'
import { rememberAlsoAsked } from '../../api/early-answers'
import { useScope } from '../../api/use-scope'
import { useStatsRows, useTargets } from '../../api/use-stats-rows'
import { useApi } from '../../app-context'
import type { ViewFigures } from '../../domain/breakdown'
import { structureMonth, structureOf, withHistory } from '../../domain/history-view'
import { clipRange, lastMonthOfRange, monthsOf, sameRangeOr, yearsOf, type MonthRange } from '../../domain/periods'
import { availableFor } from '../../domain/view-state'
import { isWeek } from '../../domain/weeks'
import { rollupByUnit } from '../../domain/rollup'
import { isValidAt, treeAt, treesByYear } from '../../domain/validity'
import { behindOfRows, isExactForMetric } from '../../domain/period-rows'
import {
  quickPeriodPlan,
  quickWindow,
  reachBeforePlan,
  reachPlan,
  reachWindow,
  shownUnitIds,
  type ViewReach,
} from '../../domain/view-reach'
import { usePeriodWords } from '../../i18n/use-messages'
import { useMonthsBefore } from './use-months-before'
import { useQuickThenFull, type UseQuickThenFullReturn } from './use-quick-then-full'
import { useRootFirst } from './use-root-first'
import { useRenderMarks } from './use-render-marks'
import { useViewState } from './use-view-state'

export interface UnitViewOptions {
  /** 'children' (default): the unit and its children; 'scope': every unit of the scope, at every level. */
  reach?: ViewReach
  /**
   * The months before the window are not part of the first screen (the overview asks them when its lagging list comes
   * near): a reload does not ask them ahead with the first view's rows. Default: it does (the tracker's first screen).
   */
  isEarlierLater?: boolean
  /**
   * The unit's own figures first (its rows at depth 0: a few KB), its children's once the page asks for them
   * (`wantChildren`, the overview once its first screen is drawn): a phone on a slow network draws the first screen
   * without waiting for every child's every month (130 KB for the demo province). Default: together (depth 1).
   */
  isRootFirst?: boolean
}

export type UnitViewData = Omit<ReturnType<typeof unitViewData>, 'steps'>

/** The whole scope's view has its rows in two steps (useQuickThenFull): the page says which it waits for. */
export function useUnitViewData(options: { reach: 'scope' }): UnitViewData & { steps: UseQuickThenFullReturn }
export function useUnitViewData(options?: {
  reach?: 'children'
  isEarlierLater?: boolean
  isRootFirst?: boolean
}): UnitViewData
export function useUnitViewData(options: UnitViewOptions = {}) {
  return unitViewData(options)
}

function unitViewData(options: UnitViewOptions) {
  const reach = options.reach ?? 'children'
  const isRootFirst = reach === 'children' && options.isRootFirst === true
  const api = useApi()
  const scope = useScope()
  const view = useViewState(scope.context)
  const state = view.state
  // The periods with data in the view's grain (months, or the weeks of a view of weeks), and the month whose units
  // it shows (a week's: the month of its Sunday).
  const available = computed<MonthRange | null>((previous) =>
    sameRangeOr(
      previous,
      scope.context.value && state.value ? availableFor(scope.context.value, state.value.range) : null,
    ),
  )
  const isWeekly = computed(() => (state.value ? isWeek(state.value.range.from) : false))
  usePeriodWords(() => (isWeekly.value ? 'week' : 'month'))
  const lastMonth = computed(() => (state.value ? { to: lastMonthOfRange(state.value.range) } : null))

  const unit = computed(() => {
    const tree = scope.tree.value
    if (!state.value || !tree) return null
    const chosen = tree.byId.get(state.value.unitId) ?? null
    if (reach === 'children') return chosen
    // The whole scope, in the tree of the period's last month (within the scope root's months); or, for a former
    // unit of the scope the reader chose (old Đồng Tháp in 2021), that unit's as they were.
    const root = scope.context.value ? (tree.byId.get(scope.context.value.scopeId) ?? null) : null
    return root && chosen && !isValidAt(chosen, structureMonth(root, lastMonth.value!)) ? chosen : root
  })
  // The tree the view shows: the one of the period's last month, within the unit's own months (a new unit over a
  // period before it existed shows its own children, with their history; an old one the children it had).
  const shownMonth = computed(() =>
    unit.value && lastMonth.value ? structureMonth(unit.value, lastMonth.value) : null,
  )
  const shownTree = computed(() =>
    scope.units.data.value && shownMonth.value ? treeAt(scope.units.data.value, shownMonth.value) : null,
  )
  const shownIds = computed<string[]>((previous) => {
    const next = unit.value ? shownUnitIds(reach, shownTree.value, unit.value.id) : []
    return previous && previous.length === next.length && previous.every((v, i) => v === next[i]) ? previous : next
  })
  const structure = computed(() =>
    unit.value && shownMonth.value ? structureOf(unit.value, shownMonth.value, scope.lineage.value) : null,
  )
  const planInput = () =>
    unit.value && scope.tree.value
      ? { unitId: unit.value.id, tree: scope.tree.value, lineage: scope.lineage.value, shown: shownIds.value }
      : null
  /** The /stats requests for the shown units' figures over `range`, at least `minDepth` levels deep. */
  function planFor(range: MonthRange, minDepth = 1) {
    const input = planInput()
    return input ? reachPlan(reach, input, range, minDepth) : []
  }

  const window = computed<MonthRange | null>((previous) =>
    sameRangeOr(previous, state.value && available.value ? reachWindow(reach, state.value, available.value) : null),
  )
  // The first step's window: the whole scope's period and baseline; the unit's own rows over the whole window.
  const firstWindow = isRootFirst
    ? window
    : computed<MonthRange | null>((previous) =>
        sameRangeOr(previous, state.value && available.value ? quickWindow(reach, state.value, available.value) : null),
      )
  // The whole scope's first step, from a server that sums periods: the period's and the baseline's sums (shown when
  // they give the metric exactly as the months would); else the months of the period and its baseline.
  // (Months only: a range of weeks is asked as weeks, reachPlan.)
  const periodFirst = computed(
    () =>
      reach === 'scope' &&
      state.value !== null &&
      !isWeekly.value &&
      (scope.meta.data.value?.grains?.includes('period') ?? false),
  )
  // …and from a server that counts them (/meta monthsBehind), the period's sums with each unit's months behind and
  // trend: the whole scope's figures then need none of the months.
  const behindAsked = computed(() => periodFirst.value && scope.meta.data.value?.monthsBehind === true)
  function quickPlan() {
    const input = planInput()
    if (!input || !state.value || !scope.context.value) return []
    if (periodFirst.value) {
      const behind = behindAsked.value ? state.value.metric : undefined
      const depth = scope.meta.data.value?.periodDepth ?? 2
      return quickPeriodPlan(input, state.value, scope.context.value.available, behind, depth)
    }
    return firstWindow.value ? planFor(firstWindow.value) : []
  }
  /**
   * The months behind and trends the period's sums carry (by unit); null when not asked or not in, or when a unit the
   * view shows has none (a period before the shown units existed: their rows are their predecessors', so the months
   * count their runs through the lineage).
   */
  const quickBehind = (quick: UseQuickThenFullReturn['quick']) => {
    if (!behindAsked.value || !state.value || quick.isLoading.value || quick.error.value) return null
    const behind = behindOfRows(quick.rows.value, lastMonthOfRange(state.value.range))
    const rootId = unit.value?.id
    return behind && shownIds.value.every((id) => id === rootId || behind.has(id)) ? behind : null
  }
  // The unit's own rows (and its predecessors', across the reform), with no child's: the first screen's figures.
  const childrenWanted = shallowRef(false)
  const rootPlan = () => {
    const input = planInput()
    return input && window.value ? reachPlan(reach, { ...input, shown: [input.unitId] }, window.value, 0) : []
  }
  const steps =
    reach === 'scope'
      ? useQuickThenFull(
          quickPlan,
          () => (window.value ? planFor(window.value) : []),
          (quick) =>
            !periodFirst.value ||
            (state.value !== null && isExactForMetric(quick.rows.value, quick.violations.value, state.value.metric)),
          (quick) => quickBehind(quick) !== null,
        )
      : null
  const rootFirst = isRootFirst
    ? useRootFirst(
        rootPlan,
        () => (window.value ? planFor(window.value) : []),
        () => childrenWanted.value,
      )
    : null
  const behind = computed(() => (steps && steps.isFinal.value && !steps.isFull.value ? quickBehind(steps.quick) : null))
  const stats = steps?.current ?? rootFirst?.current ?? useStatsRows(() => (window.value ? planFor(window.value) : []))
  /** The rows in cover the whole window (not only the first step's). */
  const isWhole = computed(() => (steps ? steps.isFull.value : (rootFirst?.isWhole.value ?? true)))

  /** The requests for the months before the window, for the units named (all of them, one level deep). */
  const beforePlan = (range: MonthRange, unitIds: readonly string[]) => {
    const input = planInput()
    return input ? reachBeforePlan(reach, input, range, unitIds) : []
  }
  // The months from the first with data up to the window, once a screen asks for them (for this unit and window).
  const before = useMonthsBefore<readonly string[]>({
    window: () => window.value,
    firstMonth: () => available.value?.from,
    plan: beforePlan,
    resetOn: [() => unit.value?.id, window],
  })
  // A unit's children from a server that counts months behind (/meta monthsBehind): a run reaching the window's start
  // is the period's sums' count (one request, one level deep), not years of every child's months. Where that answer
  // fails or leaves a shown unit out (a period before the shown units existed), the months before are asked instead.
  const countsBehind = computed(
    () =>
      reach === 'children' &&
      !isWeekly.value &&
      scope.meta.data.value?.monthsBehind === true &&
      (scope.meta.data.value.grains?.includes('period') ?? false),
  )
  const behindWanted = shallowRef(false)
  const childBehindStats = useStatsRows(() => {
    const months = state.value && available.value ? clipRange(state.value.range, available.value) : null
    return behindWanted.value && countsBehind.value && unit.value && months
      ? [{ unit: unit.value.id, depth: 1, grain: 'period' as const, ...months, behind: state.value!.metric }]
      : []
  })
  const childBehind = computed(() => {
    const stats = childBehindStats
    if (!behindWanted.value || !countsBehind.value || !state.value || stats.isLoading.value || stats.error.value)
      return null
    return behindOfRows(stats.rows.value, lastMonthOfRange(state.value.range))
  })
  watch(
    () =>
      behindWanted.value &&
      countsBehind.value &&
      !childBehindStats.isLoading.value &&
      (childBehindStats.error.value !== null ||
        childBehind.value === null ||
        shownIds.value.some((id) => id !== unit.value?.id && !childBehind.value!.has(id))),
    (isShort) => {
      if (isShort) before.ask([])
    },
  )
  if (reach === 'children') {
    // A reload of this address asks them with the first view's rows (public/early.js), not after the code has run;
    // unless the screen asks them only later (the overview, once its lagging list comes near), or a server counts
    // them.
    watch(before.range, (range) => {
      if (!range || !unit.value || isWeekly.value || options.isEarlierLater || countsBehind.value) return
      for (const query of beforePlan(range, [])) rememberAlsoAsked(api.statsUrl(query))
      for (const year of yearsOf(monthsOf(range))) rememberAlsoAsked(api.targetsUrl(year))
    })
    // A reload asks the former units' rows of a view across the reform early too (its first request is the page's
    // own, asked ahead), remembered once they are in: by then the first view is remembered (prefetch-view.ts).
    // (A view of the unit's own figures first: those of its first step.)
    watch(
      () =>
        window.value && !stats.isLoading.value && !isWeekly.value
          ? (isRootFirst ? rootPlan() : planFor(window.value)).slice(1)
          : [],
      (queries) => {
        for (const query of queries) rememberAlsoAsked(api.statsUrl(query))
      },
    )
  }
  const targets = useTargets(() =>
    window.value ? yearsOf(monthsOf({ from: before.range.value?.from ?? window.value.from, to: window.value.to })) : [],
  )
  const windowYears = computed(() => (window.value ? yearsOf(monthsOf(window.value)) : []))
  // The months before come with their years' targets: the figures shown meanwhile stay (a screen asks them once shown).
  const earlierYears = computed(() =>
    before.range.value ? yearsOf(monthsOf(before.range.value)).filter((y) => !windowYears.value.includes(y)) : [],
  )
  const hasEarlier = computed(() => isWhole.value && before.isIn.value && !targets.isLoadingAny(earlierYears.value))
  const history = computed(() => {
    const from = hasEarlier.value ? before.range.value!.from : (isWhole.value ? window : firstWindow).value?.from
    return from && state.value ? monthsOf({ from, to: state.value.range.to }) : []
  })
  // Figures wait for the window's targets too (unless they fail): drawn once, not again as each year's targets land.
  const isLoading = computed(() => stats.isLoading.value || targets.isLoadingAny(windowYears.value))
  const rows = computed(() => (hasEarlier.value ? before.withRows(stats.rows.value) : stats.rows.value))
  // Rolled up in the tree of every version (each row into its own ancestors), then each shown unit's history.
  const rolledAll = computed(() =>
    scope.tree.value && !isLoading.value ? rollupByUnit(rows.value, scope.tree.value) : null,
  )
  const carried = computed(() =>
    rolledAll.value ? withHistory(rolledAll.value, shownIds.value, scope.lineage.value) : null,
  )
  const rolled = computed(() => carried.value?.rolled ?? null)
  const violations = computed(() =>
    hasEarlier.value ? before.withViolations(stats.violations.value) : stats.violations.value,
  )
  useRenderMarks(() => (state.value && !isLoading.value ? [state.value, stats.rows.value, targets.index.value] : null))
  // What a screen works its figures out from: null until the rows and targets are in, or if the rows failed.
  const figuresInput = computed<ViewFigures | null>(() =>
    state.value && carried.value && shownTree.value && scope.units.data.value && available.value && !stats.error.value
      ? {
          state: state.value,
          rolled: carried.value.rolled,
          tree: shownTree.value,
          targets: targets.index.value,
          available: available.value,
          history: history.value,
          targetTrees: treesByYear(scope.units.data.value),
          lineage: scope.lineage.value,
          gaps: carried.value.gaps,
          rows: rows.value,
          // Before the months before the window are in, the runs reaching its start as the server counted them.
          behind: hasEarlier.value ? undefined : (childBehind.value ?? undefined),
        }
      : null,
  )

  /**
   * A run of months behind reaches the window's start: ask the months before it (once per unit and window), for the
   * units named (the whole scope's view asks only the requests whose rows add to theirs).
   */
  function askEarlierMonths(unitIds: readonly string[] = []) {
    if (countsBehind.value && childBehindStats.error.value === null) behindWanted.value = true
    else before.ask(unitIds)
  }

  return {
    ...scope,
    view,
    unit,
    shownTree,
    structure,
    planFor,
    fetchedRange: window,
    available,
    isWeekly,
    history,
    stats,
    steps,
    /** The rows in cover every unit the view shows (not only a first step's: the whole scope's, or the unit's). */
    isWhole,
    /** With `isRootFirst`: asks the children's rows (once the first screen is drawn). */
    wantChildren: () => {
      childrenWanted.value = true
    },
    /** The whole scope's first step is a period's sums: until the months are in, its figures have no months behind. */
    isPeriodFirst: periodFirst,
    /**
     * The months behind and trends (by unit) the server counted with the period's sums, when the view's rows are
     * those sums and they are final (steps.isFinal); else null (the months count them).
     */
    behind,
    targets,
    rolled,
    figuresInput,
    violations,
    earlier: before.stats,
    askEarlierMonths,
  }
}
