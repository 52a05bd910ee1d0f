// The weekly view's exports, for users who may export: the whole view as XLSX, PPTX and PDF (built in
// weekly-files.ts, loaded on first use) named after its weeks, and what the table's own menu needs.
import { computed, type ComputedRef } from 'vue'
import { useCellWords } from '../../components/use-cell-words'
import { fileStamp } from '../shared/source-line'
import { periodKeys } from '../../export/table'
import { weekMonths, type WeekRange } from '../../domain/weeks'
import { useFormat } from '../../i18n/use-format'
import { useMessages } from '../../i18n/use-messages'
import { useStructureNote } from '../shared/use-structure-note'
import { useViewExport, type UseViewExportReturn } from '../shared/use-view-export'
import { titledTable, type TableExportInfo } from '../shared/view-files'
import type { UseWeeklyViewReturn } from './use-weekly-view'
import type { WeeklyExportSubject } from './weekly-files'

export interface UseWeeklyExportReturn extends UseViewExportReturn {
  items: ComputedRef<Array<{ id: string; label: string }>>
  /** Null for users who may not export. */
  tableExport: ComputedRef<TableExportInfo | null>
}

export function useWeeklyExport(
  view: UseWeeklyViewReturn,
  weeksLabel: (range: WeekRange | null) => string,
): UseWeeklyExportReturn {
  const { t } = useMessages()
  const format = useFormat()
  const words = useCellWords()
  const { scope, unit, range, previous, model } = view
  const structureNote = useStructureNote({
    unit: () => (unit.value ? (scope.tree.value?.byId.get(unit.value.id) ?? null) : null),
    lastMonth: () => (range.value ? (weekMonths(range.value.to).at(-1)?.month ?? null) : null),
    lineage: scope.lineage,
  })
  const stamp = (iso: string) => fileStamp(format, iso)
  const subject = computed((): WeeklyExportSubject | null => {
    const meta = scope.meta.data.value
    const state = view.view.state.value
    if (!model.value || !unit.value || !range.value || !meta || !state) return null
    const user = scope.me.data.value
    return {
      figures: { model: model.value, metric: state.metric, unitName: unit.value.name },
      range: range.value,
      periodLabel: weeksLabel(range.value),
      previousLabel: weeksLabel(previous.value),
      updatedAt: meta.updatedAt,
      exportedBy: user ? `${user.displayName} (${user.username})` : '',
      structureNote: structureNote.value,
    }
  })
  const exporter = useViewExport(async (id, signal) => {
    const s = subject.value
    if (!s) throw new Error(t('export.viewChanged'))
    const { makeWeeklyFile } = await import('./weekly-files')
    return makeWeeklyFile(id, s, signal, { t, words, stamp })
  })
  const items = computed(() => [
    { id: 'xlsx', label: t('export.wholeXlsx') },
    { id: 'pptx', label: t('export.wholePptx') },
    { id: 'pdf', label: t('export.wholePdf') },
  ])
  const tableExport = computed((): TableExportInfo | null => {
    const s = subject.value
    if (!s || scope.me.data.value?.canExport !== true) return null
    const files = {
      unitName: s.figures.unitName,
      periodLabel: s.periodLabel,
      source: t('export.source', { time: stamp(s.updatedAt) }),
      notes: s.structureNote ? [s.structureNote] : [],
    }
    return {
      unitName: s.figures.unitName,
      range: s.range,
      periodKeys: periodKeys(s.range),
      titled: (table) => titledTable(table, files),
    }
  })
  return { ...exporter, items, tableExport }
}
