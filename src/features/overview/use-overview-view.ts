// The overview's view model: the unit's view data, its figures staged for a cheap phone (KPIs, trend, children),
// the tier split's deeper rows when its panel comes near, the months before the window when a run of months
// behind needs them, and the rows' links. The page lays these out; the exports read the same figures.
import { computed, nextTick, shallowRef, watch, type ComputedRef, type ShallowRef } from 'vue'
import { useStatsRows } from '../../api/use-stats-rows'
import { useUnitViewData } from '../shared/use-unit-view-data'
import { childBoundaryPath } from '../../charts/boundaries'
import { useStaged } from '../shared/use-staged'
import { useCompleteMark } from '../shared/use-render-marks'
import { until, untilAtMost } from '../shared/until'
import { useUnitLinks, type UnitLinks } from '../shared/use-row-links'
import { needsEarlierMonths } from '../../domain/breakdown'
import { mergeViolations } from '../../domain/invariants'
import { monthsOf } from '../../domain/periods'
import { tierSplit, type TierFigure } from '../../domain/tiers'
import { historyLinesOf, useViewHistoryNotes, type IncompleteHistory } from '../shared/use-history-notes'
import { useUnitsSwitch, type UnitsSwitch } from '../shared/use-units-switch'
import { childrenModel, kpiModel, trendModel } from './overview-model'

export interface UseOverviewViewReturn extends UnitLinks {
  data: ReturnType<typeof useUnitViewData>
  firstScreen: ShallowRef<unknown>
  kpis: ComputedRef<ReturnType<typeof kpiModel> | null>
  trend: ComputedRef<ReturnType<typeof trendModel> | null>
  children: ShallowRef<ReturnType<typeof childrenModel> | null>
  /** The trend's first frame (picture or live chart) is drawn: set by the page; the children's rows follow it. */
  trendDrawn: ShallowRef<boolean>
  tiers: ComputedRef<TierFigure[] | null>
  tierRows: ComputedRef<ReturnType<typeof useStatsRows>>
  showsTiers: ComputedRef<boolean>
  /** The tier panel came near the screen: its rows are asked for. */
  wantTiers: () => void
  tiersSettled: () => Promise<void>
  /** The months behind not known yet: a run reaches the window's start and the months before it are not in. */
  historyPending: ComputedRef<boolean>
  /** The lagging list came near the screen: the months before the window are asked if a run needs them. */
  wantHistory: () => void
  historySettled: () => Promise<void>
  violations: ComputedRef<ReturnType<typeof mergeViolations>>
  hasChildren: ComputedRef<boolean>
  hasMap: ComputedRef<boolean>
  /** Which structure the view shows ("Cơ cấu sau sắp xếp … từ 7/2025" or the old one), for the page and files. */
  structureNote: ComputedRef<string | null>
  /** The unit and children whose figures leave out part predecessors, with their names. */
  incompleteHistories: ComputedRef<IncompleteHistory[]>
  /** The lines above the figures: structure, figures carried from former units, the unit's own gap, rows marked. */
  historyLines: ComputedRef<string[]>
  /** A child's incomplete-history sentence, or null. */
  historyNote: (figure: { unitId: string; missingParts: string[] }) => string | null
  unitsSwitch: ComputedRef<UnitsSwitch | null>
}

/** The longest the children's rows wait for the trend's first frame after the KPIs are drawn. */
export const FIRST_SCREEN_WAIT_MS = 1000

export function useOverviewView(): UseOverviewViewReturn {
  // Every figure but the tier split needs the unit's children alone: one level deep. The first screen (KPI cards,
  // trend) needs the unit's own rows alone: asked first, and the children's once it is drawn (below).
  const data = useUnitViewData({ isEarlierLater: true, isRootFirst: true })
  const state = data.view.state

  // When the figures first arrive they are drawn in five tasks, not one: the rows rolled up; the KPIs;
  // the trend; the children's figures worked out; the panels below. On a cheap phone each is a short task,
  // so a tap or a frame gets in between. A later change (period, metric) updates them all at once: once
  // shown, a stage follows the figures' input in the same flush, so its widgets are always on the current view.
  const firstScreen = useStaged(() => data.figuresInput.value)
  const trendStage = useStaged(() => firstScreen.value)
  const childStage = useStaged(() => (data.isWhole.value ? trendStage.value : null))
  const kpis = computed(() => (firstScreen.value ? kpiModel(firstScreen.value) : null))
  const trend = computed(() => (trendStage.value ? trendModel(trendStage.value) : null))
  // Worked out in the task that hands `childStage` on (nothing draws from it), drawn a task later.
  const children = useStaged(() => (childStage.value ? childrenModel(childStage.value) : null))
  // The first screen is whole once the trend's first frame is drawn too (the page says so: `trendDrawn`).
  const trendDrawn = shallowRef(false)
  // The children's rows (most of the bytes: 130 KB for the demo province over 17 months, against 2 KB for its own)
  // are asked once the first screen is whole. On a phone's slow network they no longer hold up the first figures
  // (Lighthouse's LCP 2.8 → 2.1 s, when they came after the KPIs' frame). Drawing their panels no longer holds up
  // the trend's picture either: its worker's answer waited until that drawing was done (the bench's cold load to
  // 'dashboard-ready', medians of 20 loads: 665 → 573 ms). The trend is always drawn (a picture, or live if the
  // worker fails), save when its table was chosen first: the rows then wait FIRST_SCREEN_WAIT_MS after the KPIs at
  // most. (Once: the first change of the KPIs is their first figures; the children's rows stay wanted after.)
  watch(
    kpis,
    async () => {
      await untilAtMost(() => trendDrawn.value, FIRST_SCREEN_WAIT_MS)
      data.wantChildren()
    },
    { once: true },
  )

  // The tier split of a province needs its districts split into their own desks and their communes: rows
  // two levels deep, five times as many as the rest of the page needs (1.6 MB for Đồng Tháp over two years).
  // They are asked when the tier panel comes near the screen (it is drawn before, with its heading), or
  // before printing, presenting or exporting it; not with the first screen, where reading them would hold
  // up the phone for a few hundred ms.
  const needsDeeper = computed(() => data.unit.value?.kind === 'province')
  const tiersWanted = shallowRef(false)
  const deeper = useStatsRows(() =>
    tiersWanted.value && needsDeeper.value && data.fetchedRange.value ? data.planFor(data.fetchedRange.value, 2) : [],
  )
  const tierRows = computed(() => (needsDeeper.value ? deeper : data.stats))
  const tiers = computed(() => {
    const source = tierRows.value
    if (!childStage.value || source.isLoading.value || source.error.value) return null
    // In the tree of every version: before 2025-07 the rows are the old units' (their departments, district desks
    // and communes), after it the new ones'.
    if (!data.tree.value) return null
    return tierSplit(
      source.rows.value,
      data.tree.value,
      monthsOf(childStage.value.state.range),
      childStage.value.state.metric,
    )
  })
  // The panel is there for a province (its split is asked for) and wherever the rows at hand split.
  const showsTiers = computed(() => needsDeeper.value || tiers.value !== null)
  const violations = computed(() => mergeViolations(data.violations.value, deeper.violations.value))
  // A child's run of months behind reaching the window's start: the months before it are asked for. Months behind are
  // shown in the lagging list alone, below the first screen, and those months can be years of rows (across the reform
  // of 2025-07, the former units' communes back to 2020: 9 MB for Đồng Tháp): asked when the list comes near the
  // screen, or before printing, presenting or a file says them; not with the first screen.
  const historyWanted = shallowRef(false)
  const historyPending = computed(
    () => children.value !== null && needsEarlierMonths(children.value.all) && !data.earlier.error.value,
  )
  watch(
    () => historyWanted.value && historyPending.value,
    (ask) => {
      if (ask) data.askEarlierMonths()
    },
    { immediate: true },
  )
  // Complete (npm run bench): the children's figures drawn, with the months before the window once the lagging list
  // that shows them has come near. The tier split, asked when its panel comes near, is not part of the first screen.
  useCompleteMark(() => (children.value && !(historyWanted.value && historyPending.value) ? children.value : null))

  /** Resolves once every months behind is known (the months before asked if a run needs them, and in or failed). */
  async function historySettled() {
    historyWanted.value = true
    await nextTick()
    await until(() => !historyPending.value)
  }

  /** Resolves once the tier split's rows are in (or failed): a whole-page file includes the split. */
  async function tiersSettled() {
    tiersWanted.value = true
    await nextTick()
    await until(() => !tierRows.value.isLoading.value)
  }

  // Only what applies: a unit with no units below (a commune) has no ranking, lagging list, tier split or map;
  // a map is drawn where its children's boundaries exist, and where they do not, one line says so.
  const hasChildren = computed(() => (children.value?.all.length ?? 0) > 0)
  const hasMap = computed(
    () =>
      data.unit.value !== null &&
      data.unit.value !== undefined &&
      childBoundaryPath(data.unit.value, data.structure.value?.kind === 'after') !== null,
  )

  const notes = useViewHistoryNotes(data, () => children.value?.all ?? [])
  const historyLines = computed(() => historyLinesOf(notes, data.unit.value?.id))
  const unitsSwitch = useUnitsSwitch({
    routeName: 'overview',
    tree: data.tree,
    lineage: data.lineage,
    unit: data.unit,
    state,
  })

  return {
    data,
    structureNote: notes.structureNote,
    incompleteHistories: notes.incompleteHistories,
    historyLines,
    historyNote: notes.rowNote,
    unitsSwitch,
    firstScreen,
    kpis,
    trend,
    trendDrawn,
    children,
    tiers,
    tierRows,
    showsTiers,
    tiersSettled,
    historyPending,
    historySettled,
    wantHistory: () => {
      historyWanted.value = true
    },
    violations,
    hasChildren,
    hasMap,
    wantTiers: () => {
      tiersWanted.value = true
    },
    ...useUnitLinks(
      () => state.value,
      () => data.tree.value,
    ),
  }
}
