// The service index's exports, for users who may export: the whole view as XLSX, PPTX and PDF (built in
// index-files.ts, loaded on first use), and what each table's own menu needs (unit, period, notes).
import { computed, type ComputedRef } from 'vue'
import { useCellWords } from '../../components/use-cell-words'
import { fileStamp } from '../shared/source-line'
import { periodKeys } from '../../export/table'
import { useFormat } from '../../i18n/use-format'
import { useMessages } from '../../i18n/use-messages'
import { useStructureNote } from '../shared/use-structure-note'
import { useViewExport, type UseViewExportReturn } from '../shared/use-view-export'
import { titledTable, type TableExportInfo } from '../shared/view-files'
import type { IndexExportSubject } from './index-files'
import { keyLabel, lastMonthOf } from './index-period'
import type { UseIndexViewReturn } from './use-index-view'

export interface UseIndexExportReturn extends UseViewExportReturn {
  items: ComputedRef<Array<{ id: string; label: string }>>
  /** Null for users who may not export. */
  tableExport: ComputedRef<TableExportInfo | null>
}

export function useIndexExport(view: UseIndexViewReturn, periodLabel: ComputedRef<string>): UseIndexExportReturn {
  const { t } = useMessages()
  const format = useFormat()
  const words = useCellWords()
  const { scope, unit, period, model, accountability } = view
  const structureNote = useStructureNote({
    unit: () => (unit.value ? (scope.tree.value?.byId.get(unit.value.id) ?? null) : null),
    lastMonth: () => (period.value ? lastMonthOf(period.value) : null),
    lineage: scope.lineage,
  })
  const stamp = (iso: string) => fileStamp(format, iso)
  const notes = computed(() => [...(structureNote.value ? [structureNote.value] : []), t('serviceIndex.notOfficial')])
  const meta = computed(() => scope.meta.data.value ?? null)

  const subject = computed((): IndexExportSubject | null => {
    const p = period.value
    if (!p || !model.value || !unit.value || !meta.value) return null
    const user = scope.me.data.value
    return {
      figures: { period: p, model: model.value, accountability: accountability.value },
      unitName: unit.value.name,
      periodLabel: periodLabel.value,
      periodKeys: p.grain === 'week' ? [p.week] : periodKeys(p.range),
      updatedAt: meta.value.updatedAt,
      exportedBy: user ? `${user.displayName} (${user.username})` : '',
      structureNote: structureNote.value,
    }
  })
  const exporter = useViewExport(async (id, signal) => {
    const s = subject.value
    if (!s) throw new Error(t('export.viewChanged'))
    const { makeIndexFile } = await import('./index-files')
    const label = keyLabel(s.figures.period, format)
    return makeIndexFile(id, s, signal, { t, words, label, stamp })
  })
  const items = computed(() => [
    { id: 'xlsx', label: t('export.wholeXlsx') },
    { id: 'pptx', label: t('export.wholePptx') },
    { id: 'pdf', label: t('export.wholePdf') },
  ])
  const tableExport = computed((): TableExportInfo | null => {
    const s = subject.value
    if (!s || scope.me.data.value?.canExport !== true) return null
    const p = s.figures.period
    const files = {
      unitName: s.unitName,
      periodLabel: s.periodLabel,
      source: t('serviceIndex.source', { time: stamp(s.updatedAt) }),
      notes: notes.value,
    }
    return {
      unitName: s.unitName,
      range: p.grain === 'week' ? { from: p.week, to: p.week } : p.range,
      periodKeys: s.periodKeys, // one week or month named once, as in the whole-view files
      titled: (table) => titledTable(table, files),
    }
  })
  return { ...exporter, items, tableExport }
}
