// Exporting one table as CSV or XLSX from any screen; the XLSX writer loads only when asked for.
import { ref } from 'vue'
import { useMessages } from '../i18n/use-messages'
import { downloadBlob } from './download'
import { exportFileName, toCsv, type ExportTable } from './table'

export function useTableExport() {
  const { t } = useMessages()
  const isBusy = ref(false)
  const message = ref<string | null>(null)

  async function run(kind: string, table: ExportTable, unitName: string, range: { from: string; to: string }) {
    isBusy.value = true
    message.value = null
    try {
      const name = exportFileName(unitName, range, kind === 'csv' ? 'csv' : 'xlsx', table.sheet)
      let blob: Blob
      if (kind === 'csv') blob = new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' })
      else {
        const { tablesToXlsx } = await import('./xlsx')
        blob = await tablesToXlsx([table], { pointsUnit: t('export.columns.pointsUnit') })
      }
      downloadBlob(blob, name)
      message.value = t('export.done', { file: name })
    } catch (error) {
      message.value = t('export.failed', { reason: error instanceof Error ? error.message : String(error) })
    } finally {
      isBusy.value = false
    }
  }
  return { run, isBusy, message }
}
