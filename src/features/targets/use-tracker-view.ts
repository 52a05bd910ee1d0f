// The tracker's view model: the unit's view data, its figures staged for a cheap phone, the months before the
// window when a run of months behind needs them, the table's file, and the rows' links.
import { computed, watch, type ComputedRef, type ShallowRef } from 'vue'
import { useUnitViewData } from '../shared/use-unit-view-data'
import { useStaged } from '../shared/use-staged'
import { useCompleteMark } from '../shared/use-render-marks'
import { useUnitLinks, type UnitLinks } from '../shared/use-row-links'
import { needsEarlierMonths } from '../../domain/breakdown'
import type { useTableExport } from '../../export/use-table-export'
import { useMessages } from '../../i18n/use-messages'
import { trackerTable } from './tracker-columns'
import { trackerModel } from './tracker-model'
import { historyLinesOf, type IncompleteHistory } from '../shared/use-history-notes'
import { useFigureFiles } from '../shared/use-figure-files'
import { useUnitsSwitch, type UnitsSwitch } from '../shared/use-units-switch'

export type TrackerModel = ReturnType<typeof trackerModel>

export interface UseTrackerViewReturn extends UnitLinks {
  data: ReturnType<typeof useUnitViewData>
  model: ShallowRef<TrackerModel | null>
  heatmapModel: ShallowRef<TrackerModel | null>
  canExport: ComputedRef<boolean>
  tableExport: ReturnType<typeof useTableExport>
  exportTable: (kind: string) => Promise<void>
  /** The lines a file of this screen carries about its units. */
  notes: () => string[]
  /** The files' source line (where the figures come from, when updated), once known. */
  source: () => string | undefined
  /** Which structure the view shows, for the page and files. */
  structureNote: ComputedRef<string | null>
  /** The unit and rows whose figures leave out part predecessors, with their names. */
  incompleteHistories: ComputedRef<IncompleteHistory[]>
  historyLines: ComputedRef<string[]>
  historyNote: (figure: { unitId: string; missingParts: string[] }) => string | null
  unitsSwitch: ComputedRef<UnitsSwitch | null>
}

export function useTrackerView(): UseTrackerViewReturn {
  const { t } = useMessages()
  const data = useUnitViewData()
  const state = data.view.state
  // When the figures first arrive they are drawn in four tasks, not one: the rows rolled up; the tracker's
  // figures worked out; the table; the heat-map. Short tasks on a cheap phone, so a tap or a frame gets in
  // between. A later change (period, metric) updates them all at once.
  const inputStage = useStaged(() => data.figuresInput.value)
  const model = useStaged(() => (inputStage.value ? trackerModel(inputStage.value) : null))
  const heatmapModel = useStaged(() => model.value)
  // A run of months behind reaching the window's start: the months before it are asked for.
  const historyPending = computed(
    () => model.value !== null && needsEarlierMonths(model.value.figures) && !data.earlier.error.value,
  )
  watch(
    historyPending,
    (pending) => {
      if (pending) data.askEarlierMonths()
    },
    { immediate: true },
  )
  // Complete (npm run bench): the heat-map, the last stage, drawn on figures that need no months before the window.
  useCompleteMark(() => (heatmapModel.value && !historyPending.value ? heatmapModel.value : null))

  const files = useFigureFiles(data, () => model.value?.figures ?? [], historyPending)
  const { historyNotes } = files
  const exportTable = (kind: string) =>
    files.exportTable(kind, () => {
      if (!model.value || !state.value || !data.unit.value) return null
      const { metric, comparison } = state.value
      const title = `${t('tracker.title')} — ${t(`metrics.${metric}`)}`
      const table = trackerTable(model.value.figures, { t, metric, comparison }, t('tracker.title'), title)
      return { table, unitName: data.unit.value.name }
    })
  return {
    data,
    structureNote: historyNotes.structureNote,
    incompleteHistories: historyNotes.incompleteHistories,
    historyLines: computed(() => historyLinesOf(historyNotes, data.unit.value?.id)),
    historyNote: historyNotes.rowNote,
    unitsSwitch: useUnitsSwitch({
      routeName: 'targets',
      tree: data.tree,
      lineage: data.lineage,
      unit: data.unit,
      state,
    }),
    model,
    heatmapModel,
    tableExport: files.tableExport,
    exportTable,
    canExport: computed(() => data.me.data.value?.canExport === true),
    notes: files.notes,
    source: files.source,
    ...useUnitLinks(
      () => state.value,
      () => data.tree.value,
    ),
  }
}
