// The import screen's view model: the chosen file and its dry run, the import itself, the history and
// its reverts, and the template download. Every figure on other screens is asked again after a change.
import { useQuery } from '@tanstack/vue-query'
import { computed, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import type { ImportProblem, ImportReport } from '../../api/contract'
import { ApiError } from '../../api/errors'
import { importsOptions } from '../../api/queries'
import { useScope } from '../../api/use-scope'
import { useImportWrites } from '../../api/use-writes'
import { useApi } from '../../app-context'
import type { TableColumn } from '../../domain/columns'
import { IMPORT_MAX_BYTES } from '../../domain/imports/types'
import { useFormat } from '../../i18n/use-format'
import { useMessages } from '../../i18n/use-messages'
import { historyColumns, problemColumns } from './import-columns'
import { overviewQueryOf, templateUnits } from './import-model'

export interface UseImportViewReturn {
  scope: ReturnType<typeof useScope>
  canImport: ComputedRef<boolean | null>
  period: Ref<string>
  fileName: Ref<string | null>
  preview: ShallowRef<ImportReport | null>
  result: ShallowRef<ImportReport | null>
  message: Ref<{ text: string; isError: boolean } | null>
  isBusy: ComputedRef<boolean>
  history: ReturnType<typeof useQuery<ImportReport[]>>
  problems: ComputedRef<ImportProblem[]>
  problemColumns: ComputedRef<TableColumn<ImportProblem>[]>
  historyColumns: ComputedRef<TableColumn<ImportReport>[]>
  overviewQuery: ComputedRef<Record<string, string> | null>
  templatePeriod: ComputedRef<string | null>
  choose: (file: File) => Promise<void>
  commit: (validOnly: boolean) => Promise<void>
  revert: (report: ImportReport) => Promise<void>
  downloadTemplate: () => Promise<void>
}

const detailOf = (error: unknown) =>
  error instanceof ApiError ? (error.detail ?? error.title) : error instanceof Error ? error.message : String(error)

export function useImportView(): UseImportViewReturn {
  const api = useApi()
  const scope = useScope()
  const { t } = useMessages()
  const format = useFormat()
  const writes = useImportWrites()
  const canImport = computed(() => (scope.me.data.value ? scope.me.data.value.canImport === true : null))
  const history = useQuery({ ...importsOptions(api), enabled: () => canImport.value === true })
  const period = ref('')
  const file = shallowRef<File | null>(null)
  const fileName = ref<string | null>(null)
  const preview = shallowRef<ImportReport | null>(null)
  const result = shallowRef<ImportReport | null>(null)
  const message = ref<{ text: string; isError: boolean } | null>(null)

  async function choose(chosen: File) {
    file.value = chosen
    fileName.value = chosen.name
    preview.value = null
    result.value = null
    message.value = null
    if (chosen.size > IMPORT_MAX_BYTES) {
      // Said before a byte is sent: the server would refuse it the same way (413).
      const size = Math.round((chosen.size / 1024 / 1024) * 10) / 10
      const limit = IMPORT_MAX_BYTES / 1024 / 1024
      message.value = { text: t('imports.reasons.tooLarge', { size, limit }), isError: true }
      return
    }
    try {
      preview.value = await writes.upload.mutateAsync({
        file: chosen,
        fileName: chosen.name,
        dryRun: true,
        ...(period.value ? { period: period.value } : {}),
      })
    } catch (error) {
      message.value = { text: t('imports.failed', { detail: detailOf(error) }), isError: true }
    }
  }

  async function commit(validOnly: boolean) {
    if (!file.value) return
    message.value = null
    try {
      const report = await writes.upload.mutateAsync({
        file: file.value,
        fileName: file.value.name,
        dryRun: false,
        validOnly,
        ...(period.value ? { period: period.value } : {}),
      })
      result.value = report
      preview.value = null
      message.value = {
        text: t('imports.done', {
          count: format.count(report.accepted),
          file: report.fileName,
          added: report.unitMonthsAdded === null ? '—' : format.count(report.unitMonthsAdded),
          replaced: report.unitMonthsReplaced === null ? '—' : format.count(report.unitMonthsReplaced),
        }),
        isError: false,
      }
    } catch (error) {
      message.value = { text: t('imports.failed', { detail: detailOf(error) }), isError: true }
    }
  }

  async function revert(report: ImportReport) {
    message.value = null
    try {
      if (!report.id) return
      await writes.revert.mutateAsync(report.id)
      if (result.value?.id === report.id) result.value = null
      message.value = { text: t('imports.revertDone', { file: report.fileName }), isError: false }
    } catch (error) {
      message.value = { text: t('imports.revertFailed', { detail: detailOf(error) }), isError: true }
    }
  }

  const templatePeriod = computed(() => scope.meta.data.value?.lastMonth ?? null)
  async function downloadTemplate() {
    const month = templatePeriod.value
    const units = scope.units.data.value
    if (!month || !units) return
    const [{ importTemplateXlsx }, { downloadBlob }] = await Promise.all([
      import('../../export/import-template'),
      import('../../export/download'),
    ])
    downloadBlob(await importTemplateXlsx(templateUnits(units, month), month), `mau-nhap-lieu-${month}.xlsx`)
  }

  return {
    scope,
    canImport,
    period,
    fileName,
    preview,
    result,
    message,
    isBusy: computed(() => writes.upload.isPending.value || writes.revert.isPending.value),
    history,
    problems: computed(() => preview.value?.rejected ?? []),
    problemColumns: computed(() => problemColumns(t)),
    historyColumns: computed(() => historyColumns(t, format.dateTime)),
    overviewQuery: computed(() => {
      const tree = scope.tree.value
      const root = scope.meta.data.value?.rootUnitId
      return result.value && tree && root ? overviewQueryOf(result.value, tree, root) : null
    }),
    templatePeriod,
    choose,
    commit,
    revert,
    downloadTemplate,
  }
}
