// The lagging page's view model: every unit of the scope at every level (the rows in two steps: the period
// first, then the twelve months behind it, then, for runs reaching further back, the months before), the lagging
// ones and the movers, the level filter, the table's columns and file, and the rows' links.
import { computed, ref, watch, type ComputedRef, type Ref } from 'vue'
import { useScope } from '../../api/use-scope'
import { useStatsRows, useTargets } from '../../api/use-stats-rows'
import { useRenderMarks } from '../shared/use-render-marks'
import { useUnitLinks, type UnitLinks } from '../shared/use-row-links'
import { until } from '../shared/until'
import { needsEarlierMonths, type ChildFigure } from '../../domain/breakdown'
import { coveringRequests, requestsFor } from '../../domain/coverage'
import type { mergeViolations } from '../../domain/invariants'
import {
  clipRange,
  comparisonRange,
  coveringRange,
  monthsOf,
  sameRangeOr,
  scanWindow,
  trendMonths,
  yearsOf,
  type MonthRange,
} from '../../domain/periods'
import { rollupByUnit } from '../../domain/rollup'
import { monthlyMetric } from '../../domain/series'
import type { UnitKind } from '../../domain/units'
import type { TableColumn } from '../../export/columns'
import { useTableExport } from '../../export/use-table-export'
import { useMessages } from '../../i18n/use-messages'
import { useMonthsBefore } from '../shared/use-months-before'
import { useViewState } from '../shared/use-view-state'
import { structureLines } from '../shared/structure-notes'
import { useStructureNote, type UseStructureNoteReturn } from '../shared/use-structure-note'
import { useFormat } from '../../i18n/use-format'
import { laggingColumns, laggingTable } from './lagging-columns'
import { laggingModel, scopeFigures } from './lagging-model'

export interface UseLaggingViewReturn extends UnitLinks, UseStructureNoteReturn {
  scope: ReturnType<typeof useScope>
  view: ReturnType<typeof useViewState>
  quick: ReturnType<typeof useStatsRows>
  full: ReturnType<typeof useStatsRows>
  earlier: ReturnType<typeof useStatsRows>
  targets: ReturnType<typeof useTargets>
  hasHistory: ComputedRef<boolean>
  violations: ComputedRef<ReturnType<typeof mergeViolations>>
  kind: Ref<UnitKind | null>
  kinds: ComputedRef<UnitKind[]>
  model: ComputedRef<ReturnType<typeof laggingModel> | null>
  columns: ComputedRef<TableColumn<ChildFigure>[]>
  sparklineOf: (unitId: string) => Array<number | null>
  tableExport: ReturnType<typeof useTableExport>
  exportTable: (kind: string) => Promise<void>
  /** The lines a file or printout of this screen carries about its units. */
  notes: () => string[]
}

export function useLaggingView(): UseLaggingViewReturn {
  const { t } = useMessages()
  const scope = useScope()
  const view = useViewState(scope.context)
  const state = view.state
  const scopeId = computed(() => scope.context.value?.scopeId ?? null)

  // First the months the ranking needs (period and baseline), so the list appears quickly; then the
  // twelve months behind the period's end, for "months behind" and the sparklines.
  const quickWindow = computed<MonthRange | null>((previous) =>
    sameRangeOr(
      previous,
      state.value && scope.context.value
        ? clipRange(
            coveringRange([state.value.range, comparisonRange(state.value.range, state.value.comparison)]),
            scope.context.value.available,
          )
        : null,
    ),
  )
  const fullWindow = computed<MonthRange | null>((previous) =>
    sameRangeOr(
      previous,
      state.value && scope.context.value
        ? scanWindow(state.value.range, state.value.comparison, scope.context.value.available)
        : null,
    ),
  )
  // The whole scope at every level; at national scale that is a request per province.
  const plan = (window: MonthRange | null) =>
    scope.tree.value && scopeId.value && window
      ? coveringRequests(scope.tree.value, scopeId.value).map((r) => ({ ...r, from: window.from, to: window.to }))
      : []
  // Once the history is in, the quick answers are let go (at national scale they hold ~70,000 rows).
  const fullLoaded = ref(false)
  const quick = useStatsRows(() => (fullLoaded.value ? [] : plan(quickWindow.value)))
  const full = useStatsRows(() => (quick.isLoading.value && !fullLoaded.value ? [] : plan(fullWindow.value)))
  const hasHistory = computed(() => !full.isLoading.value && !full.error.value)
  watch(hasHistory, (loaded) => {
    fullLoaded.value = loaded
  })
  const stats = computed(() => (hasHistory.value ? full : quick))
  // Runs of months behind that reach the twelve months' start: the months before them, back to the first with data,
  // asked for the units whose run does (at national scale, the provinces they lie in, not the whole country).
  const before = useMonthsBefore<string[]>({
    window: () => fullWindow.value,
    firstMonth: () => scope.context.value?.available.from,
    plan: (range, unitIds) => (scope.tree.value ? requestsFor(plan(range), scope.tree.value, unitIds) : []),
    resetOn: fullWindow,
  })
  const earlier = before.stats
  const window = computed(() => (hasHistory.value ? fullWindow.value : quickWindow.value))
  const history = computed(() => {
    const from = before.isIn.value && hasHistory.value ? before.range.value!.from : window.value?.from
    return from && state.value ? monthsOf({ from, to: state.value.range.to }) : []
  })
  const targets = useTargets(() =>
    fullWindow.value
      ? yearsOf(monthsOf({ from: before.range.value?.from ?? fullWindow.value.from, to: fullWindow.value.to }))
      : [],
  )
  const rows = computed(() => (hasHistory.value ? before.withRows(full.rows.value) : stats.value.rows.value))
  const rolled = computed(() =>
    scope.tree.value && !stats.value.isLoading.value && !stats.value.error.value
      ? rollupByUnit(rows.value, scope.tree.value)
      : null,
  )
  const violations = computed(() =>
    hasHistory.value ? before.withViolations(full.violations.value) : stats.value.violations.value,
  )

  const figures = computed(() =>
    rolled.value && state.value && scope.tree.value && scope.context.value && scopeId.value
      ? scopeFigures({
          state: state.value,
          rolled: rolled.value,
          tree: scope.tree.value,
          targets: targets.index.value,
          available: scope.context.value.available,
          history: history.value,
          scopeId: scopeId.value,
        })
      : null,
  )
  const kind = ref<UnitKind | null>(null)
  useRenderMarks(() =>
    state.value && !stats.value.isLoading.value
      ? [state.value, stats.value.rows.value, targets.index.value, kind.value]
      : null,
  )
  const historyPending = computed(
    () => hasHistory.value && figures.value !== null && needsEarlierMonths(figures.value) && !earlier.error.value,
  )
  watch(
    historyPending,
    (pending) => {
      if (pending) {
        before.ask(figures.value!.filter((f) => f.isMonthsBehindPending && f.status === 'notMet').map((f) => f.unitId))
      }
    },
    { immediate: true },
  )
  const kinds = computed(() => [...new Set((figures.value ?? []).map((f) => f.kind))])
  const model = computed(() =>
    figures.value && scope.tree.value && state.value
      ? laggingModel(figures.value, scope.tree.value, {
          kind: kind.value,
          withinId: state.value.unitId === scopeId.value ? null : state.value.unitId,
        })
      : null,
  )

  const sparkMonths = computed(() =>
    state.value && scope.context.value
      ? trendMonths({ from: state.value.range.to, to: state.value.range.to }, scope.context.value.available)
      : [],
  )
  const sparklineOf = (unitId: string) =>
    monthlyMetric(rolled.value?.get(unitId), sparkMonths.value, state.value!.metric)
  const columns = computed(() =>
    state.value && scope.tree.value
      ? laggingColumns({ t, metric: state.value.metric, comparison: state.value.comparison }, scope.tree.value)
      : [],
  )
  const format = useFormat()
  const structure = useStructureNote(() => state.value?.range)
  /** What the screen's files and its printout say about its units (structure, incomplete histories). */
  const notes = () =>
    structureLines(structure.structureNote.value, structure.incompleteHistories.value, t, format.monthShort)
  const tableExport = useTableExport()
  async function exportTable(kind: string) {
    await until(() => !historyPending.value) // months behind known before a file says them
    const scopeUnit = scopeId.value ? scope.tree.value?.byId.get(scopeId.value) : undefined
    if (!model.value || !state.value || !scopeUnit) return
    const { metric, comparison } = state.value
    const table = laggingTable(
      model.value.lagging,
      { t, metric, comparison },
      scope.tree.value!,
      t('laggingPage.title'),
      `${t('laggingPage.title')} — ${t(`metrics.${metric}`)}`,
    )
    // Named after the unit the list is for: a district's list within the province is the district's file.
    const viewed = scope.tree.value!.byId.get(state.value.unitId) ?? scopeUnit
    const notes = structureLines(
      structure.structureNote.value,
      structure.incompleteHistories.value,
      t,
      format.monthShort,
    )
    void tableExport.run(kind, { ...table, notes }, viewed.name, state.value.range)
  }

  return {
    scope,
    view,
    quick,
    full,
    earlier,
    targets,
    hasHistory,
    violations,
    kind,
    kinds,
    model,
    columns,
    sparklineOf,
    tableExport,
    exportTable,
    ...structure,
    notes,
    ...useUnitLinks(
      () => state.value,
      () => scope.tree.value,
    ),
  }
}
