// The files of a screen that lists units' figures (the tracker, the lagging page): what they say about the units
// (the structure shown, incomplete histories), their source line, and a table written once months behind are known.
import type { MaybeRefOrGetter, Ref } from 'vue'
import type { ChildFigure } from '../../domain/breakdown'
import type { ExportTable } from '../../export/table'
import { useTableExport } from '../../export/use-table-export'
import { useFormat } from '../../i18n/use-format'
import { useMessages } from '../../i18n/use-messages'
import { sourceLine } from './source-line'
import { structureLines } from './structure-notes'
import { until } from './until'
import { useViewHistoryNotes, type UseHistoryNotesReturn } from './use-history-notes'
import type { UnitViewData } from './use-unit-view-data'

export interface UseFigureFilesReturn {
  historyNotes: UseHistoryNotesReturn
  /** The lines a file or printout of the screen carries about its units. */
  notes: () => string[]
  /** The files' source line (where the figures come from, when updated), once known. */
  source: () => string | undefined
  tableExport: ReturnType<typeof useTableExport>
  /**
   * Writes the table `make` gives (null: nothing to write yet) as a file of `kind`, named after `unitName` and the
   * view's period, with the notes and the source line; after the months behind are known.
   */
  exportTable: (kind: string, make: () => { table: ExportTable; unitName: string } | null) => Promise<void>
}

export function useFigureFiles(
  data: UnitViewData,
  rows: MaybeRefOrGetter<readonly Pick<ChildFigure, 'unitId' | 'missingParts'>[]>,
  historyPending: Readonly<Ref<boolean>>,
): UseFigureFilesReturn {
  const { t } = useMessages()
  const format = useFormat()
  const state = data.view.state
  const historyNotes = useViewHistoryNotes(data, rows)
  const notes = () =>
    structureLines(historyNotes.structureNote.value, historyNotes.incompleteHistories.value, t, format.monthShort)
  const source = () => (data.meta.data.value ? sourceLine(t, format, data.meta.data.value.updatedAt) : undefined)
  const tableExport = useTableExport()
  async function exportTable(kind: string, make: () => { table: ExportTable; unitName: string } | null) {
    await until(() => !historyPending.value) // months behind known before a file says them
    const made = make()
    if (!made || !state.value) return
    void tableExport.run(kind, { ...made.table, notes: notes(), source: source() }, made.unitName, state.value.range)
  }
  return { historyNotes, notes, source, tableExport, exportTable }
}
