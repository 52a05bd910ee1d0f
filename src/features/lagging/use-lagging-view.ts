// The lagging page's view model: the shared view data over the whole scope at every level (useUnitViewData, reach
// 'scope': the period first, then the twelve months behind it, then, for runs reaching further back, the months
// before) joined with the lagging domain functions: the lagging units and the movers, the level filter, the table's
// columns and file, and the rows' links.
import { computed, ref, watch, type ComputedRef, type Ref } from 'vue'
import type { useStatsRows, useTargets } from '../../api/use-stats-rows'
import { useUnitLinks, type UnitLinks } from '../shared/use-row-links'
import { needsEarlierMonths, type ChildFigure } from '../../domain/breakdown'
import { withMonthsBehindFrom, withMonthsBehindPending } from '../../domain/period-rows'
import type { mergeViolations } from '../../domain/invariants'
import { lastMonthOfRange, monthsOf, trendMonths } from '../../domain/periods'
import { monthlyMetric } from '../../domain/series'
import type { UnitKind } from '../../domain/units'
import type { TableColumn } from '../../domain/columns'
import type { useTableExport } from '../../export/use-table-export'
import { useMessages } from '../../i18n/use-messages'
import { useUnitViewData, type UnitViewData } from '../shared/use-unit-view-data'
import { historyLinesOf, type IncompleteHistory } from '../shared/use-history-notes'
import { useFigureFiles } from '../shared/use-figure-files'
import { useCompleteMark } from '../shared/use-render-marks'
import { laggingColumns, laggingTable } from './lagging-columns'
import { laggingModel, scopeFigures } from './lagging-model'

export interface UseLaggingViewReturn extends UnitLinks {
  data: UnitViewData
  view: UnitViewData['view']
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
  /** Which structure the list is on, for the page and files. */
  structureNote: ComputedRef<string | null>
  /** The listed units whose figures leave out part predecessors, with their names. */
  incompleteHistories: ComputedRef<IncompleteHistory[]>
  historyLines: ComputedRef<string[]>
  historyNote: (figure: { unitId: string; missingParts: string[] }) => string | null
}

export function useLaggingView(): UseLaggingViewReturn {
  const { t } = useMessages()
  const data = useUnitViewData({ reach: 'scope' })
  const state = data.view.state
  // The unit the list is below: the scope's root, or a former unit of it the reader chose.
  const rootId = computed(() => data.unit.value?.id ?? null)

  // The figures are final: from the months, or from a period's sums with the months behind the server counted.
  const hasHistory = data.steps.isFinal
  // From a period's sums (before the months are in), a unit's run of months behind is not known yet, unless the server
  // counted it (from the first month with data up to the period's end).
  const figures = computed(() => {
    const input = data.figuresInput.value
    // From the sums, months behind are not counted from the rows (they stand in their last month): no months.
    const fromSums = data.isPeriodFirst.value && !data.steps.isFull.value
    const all =
      input && rootId.value
        ? scopeFigures({ ...input, history: fromSums ? [] : input.history, scopeId: rootId.value })
        : null
    if (!all || !fromSums) return all
    const behind = data.behind.value
    if (!behind || !state.value || !data.available.value) return withMonthsBehindPending(all)
    const months = monthsOf({ from: data.available.value.from, to: lastMonthOfRange(state.value.range) }).length
    return withMonthsBehindFrom(all, behind, months)
  })
  // A run of months behind reaching the twelve months' start: the months before them, for the units whose run does
  // (at national scale, the provinces they lie in, not the whole country).
  const historyPending = computed(
    () => hasHistory.value && figures.value !== null && needsEarlierMonths(figures.value) && !data.earlier.error.value,
  )
  watch(
    historyPending,
    (pending) => {
      if (pending) {
        data.askEarlierMonths(
          figures.value!.filter((f) => f.isMonthsBehindPending && f.status === 'notMet').map((f) => f.unitId),
        )
      }
    },
    { immediate: true },
  )
  // Complete (npm run bench): the list on the whole window's rows (not the first step's), months behind included.
  useCompleteMark(() => (hasHistory.value && figures.value && !historyPending.value ? figures.value : null))
  const kind = ref<UnitKind | null>(null)
  const kinds = computed(() => [...new Set((figures.value ?? []).map((f) => f.kind))])
  const model = computed(() =>
    figures.value && data.shownTree.value && state.value
      ? laggingModel(figures.value, data.shownTree.value, {
          kind: kind.value,
          withinId: state.value.unitId === rootId.value ? null : state.value.unitId,
        })
      : null,
  )

  const sparkMonths = computed(() =>
    state.value && data.available.value
      ? trendMonths({ from: state.value.range.to, to: state.value.range.to }, data.available.value)
      : [],
  )
  // No trend from a period's sums until its months are in, unless the server gave each unit's with them.
  const sparklineOf = (unitId: string) => {
    if (!data.isPeriodFirst.value || data.steps.isFull.value)
      return monthlyMetric(data.rolled.value?.get(unitId), sparkMonths.value, state.value!.metric)
    const trend = data.behind.value?.get(unitId)?.trend
    return trend && trend.length === sparkMonths.value.length ? [...trend] : sparkMonths.value.map(() => null)
  }
  const columns = computed(() =>
    state.value && data.tree.value
      ? laggingColumns({ t, metric: state.value.metric, comparison: state.value.comparison }, data.tree.value)
      : [],
  )
  // A file says months behind once they are known: the months are in (or failed), and those before them if asked.
  const filesWait = computed(() => !(hasHistory.value || data.steps.full.error.value !== null) || historyPending.value)
  const files = useFigureFiles(data, () => model.value?.lagging ?? [], filesWait)
  const { historyNotes } = files
  const exportTable = (kind: string) =>
    files.exportTable(kind, () => {
      const root = data.unit.value
      if (!model.value || !state.value || !root || !data.tree.value) return null
      const { metric, comparison } = state.value
      const title = `${t('laggingPage.title')} — ${t(`metrics.${metric}`)}`
      const table = laggingTable(
        model.value.lagging,
        { t, metric, comparison },
        data.tree.value,
        t('laggingPage.title'),
        title,
      )
      // Named after the unit the list is for: a district's list within the province is the district's file.
      return { table, unitName: (data.tree.value.byId.get(state.value.unitId) ?? root).name }
    })

  return {
    data,
    view: data.view,
    structureNote: historyNotes.structureNote,
    incompleteHistories: historyNotes.incompleteHistories,
    historyLines: computed(() => historyLinesOf(historyNotes, rootId.value ?? undefined)),
    historyNote: historyNotes.rowNote,
    quick: data.steps.quick,
    full: data.steps.full,
    earlier: data.earlier,
    targets: data.targets,
    hasHistory,
    violations: data.violations,
    kind,
    kinds,
    model,
    columns,
    sparklineOf,
    tableExport: files.tableExport,
    exportTable,
    notes: files.notes,
    ...useUnitLinks(
      () => state.value,
      () => data.tree.value,
    ),
  }
}
