// Exporting one table as CSV (standard, or for Excel with Vietnamese settings) or XLSX from any screen; the
// file carries the table's title, unit and period. The XLSX writer loads only when asked for.
import { computed, ref } from 'vue'
import { useFormat } from '../i18n/use-format'
import { useMessages } from '../i18n/use-messages'
import { CSV_EXCEL_VI, CSV_STANDARD, toCsv } from './csv'
import { downloadBlob } from './download'
import { exportFileName, periodFileName, type ExportTable } from './table'

/** The menu's file kinds: 'csv', 'csv-vi' (semicolon, decimal comma) and 'xlsx'. */
export function useTableExport() {
  const { t } = useMessages()
  const format = useFormat()
  const isBusy = ref(false)
  const message = ref<string | null>(null)

  /** `keys`: the period as the file name gives it, where not the range's months ("2026-W48"). */
  async function run(
    kind: string,
    table: ExportTable,
    unitName: string,
    range: { from: string; to: string },
    keys?: readonly string[],
  ) {
    isBusy.value = true
    message.value = null
    try {
      const titled = { ...table, subtitle: table.subtitle ?? `${unitName} · ${format.monthRange(range)}` }
      const isCsv = kind === 'csv' || kind === 'csv-vi'
      const extension = isCsv ? 'csv' : 'xlsx'
      const name = keys
        ? periodFileName(unitName, keys, extension, table.sheet)
        : exportFileName(unitName, range, extension, table.sheet)
      const pointsUnit = t('export.columns.pointsUnit')
      let blob: Blob
      if (isCsv) {
        const dialect = kind === 'csv' ? CSV_STANDARD : CSV_EXCEL_VI
        blob = new Blob([toCsv(titled, { pointsUnit, dialect })], { type: 'text/csv;charset=utf-8' })
      } else {
        const { tablesToXlsx } = await import('./xlsx')
        blob = await tablesToXlsx([titled], { pointsUnit })
      }
      downloadBlob(blob, name)
      message.value = t('export.done', { file: name })
    } catch (error) {
      message.value = t('export.failed', { reason: error instanceof Error ? error.message : String(error) })
    } finally {
      isBusy.value = false
    }
  }
  /** The menu's items, the same on every screen that offers one table's files. */
  const items = computed(() => [
    { id: 'csv', label: t('export.tableCsv') },
    { id: 'csv-vi', label: t('export.tableCsvVi') },
    { id: 'xlsx', label: t('export.tableXlsx') },
  ])
  return { run, isBusy, message, items }
}
