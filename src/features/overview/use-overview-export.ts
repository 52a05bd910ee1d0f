// Runs the overview's exports: builds the content from the figures on screen, loads the writer it
// needs only then, and offers the file. Says what it is doing and what failed.
import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { User } from '../../api/contract'
import { downloadBlob } from '../../export/download'
import { exportFileName, toCsv } from '../../export/table'
import { useFormat } from '../../i18n/use-format'
import { overviewSections, overviewTables, type OverviewFigures } from './overview-export'

export interface ExportSubject {
  unitName: string
  range: { from: string; to: string }
  comparison: string
  updatedAt: string
  user: User | null
  figures: OverviewFigures
  /** The trend chart's picture at a pixel ratio, if it is on screen. */
  trendImage: (pixelRatio: number) => string | null
}

export function useOverviewExport(subject: Ref<ExportSubject | null>) {
  const { t } = useI18n()
  const format = useFormat()
  const isBusy = ref(false)
  const message = ref<string | null>(null)
  const words = { t, percent: format.percent, count: format.count, points: format.points, pointChange: format.pointChange, month: format.month }

  let controller: AbortController | null = null

  async function make(id: string, s: ExportSubject, signal: AbortSignal): Promise<[Blob, string]> {
    // Between steps, a cancelled export stops (a writer already at work finishes, but nothing is offered).
    const step = async <T>(work: Promise<T>): Promise<T> => {
      const result = await work
      signal.throwIfAborted()
      return result
    }
    const file = (extension: string, part?: string) => exportFileName(s.unitName, s.range, extension, part)
    const tables = overviewTables(s.figures, words)
    const source = t('export.source', { time: format.dateTime(s.updatedAt) })
    if (id === 'ranking-csv') return [new Blob([toCsv(tables[2]!)], { type: 'text/csv;charset=utf-8' }), file('csv', t('export.sheets.ranking'))]
    if (id === 'ranking-xlsx' || id === 'xlsx') {
      const { tablesToXlsx } = await step(import('../../export/xlsx'))
      const now = new Date().toISOString()
      const cover = {
        sheet: t('export.sheets.cover'),
        rows: [
          [t('export.title'), ''], [t('export.cover.unit'), s.unitName], [t('export.cover.period'), format.monthRange(s.range)],
          [t('export.cover.comparison'), t(`toolbar.comparisons.${s.comparison}`)], [t('export.cover.metric'), t(`metrics.${s.figures.metric}`)],
          [t('export.cover.updatedAt'), format.dateTime(s.updatedAt)],
          [t('export.cover.exportedBy'), s.user ? `${s.user.displayName} (${s.user.username})` : ''], [t('export.cover.exportedAt'), format.dateTime(now)],
        ] as Array<[string, string]>,
      }
      const blob = await step(id === 'xlsx'
        ? tablesToXlsx(tables, { cover, pointsUnit: t('export.columns.pointsUnit') })
        : tablesToXlsx([tables[2]!], { pointsUnit: t('export.columns.pointsUnit') }))
      return [blob, id === 'xlsx' ? file('xlsx') : file('xlsx', t('export.sheets.ranking'))]
    }
    const pack = () => ({
      title: t('export.title'), unitName: s.unitName, periodLabel: format.monthRange(s.range),
      dateLine: t('export.exportedOn', { date: format.dateTime(new Date().toISOString()) }), sourceLine: source,
      sections: overviewSections(s.figures, words),
    })
    if (id === 'pptx') {
      const { meetingPackPptx } = await step(import('../../export/pptx'))
      return [await step(meetingPackPptx(pack())), file('pptx')]
    }
    if (id === 'pdf') {
      const { meetingPackPdf } = await step(import('../../export/pdf'))
      const content = pack()
      // Charts go into the PDF as pictures: the trend as drawn on screen.
      const trend = s.trendImage(2)
      const images = Object.fromEntries(content.sections.flatMap((section, i) => (section.kind === 'line' && trend ? [[i, trend]] : [])))
      return [await step(meetingPackPdf(content, images)), file('pdf')]
    }
    throw new Error(id)
  }

  async function run(id: string) {
    if (!subject.value || isBusy.value) return
    isBusy.value = true
    message.value = null
    controller = new AbortController()
    try {
      const [blob, fileName] = await make(id, subject.value, controller.signal)
      downloadBlob(blob, fileName)
      message.value = t('export.done', { file: fileName })
    } catch (error) {
      message.value = controller.signal.aborted
        ? t('export.cancelled')
        : t('export.failed', { reason: error instanceof Error ? error.message : String(error) })
    } finally {
      isBusy.value = false
      controller = null
    }
  }

  function cancel() {
    controller?.abort()
  }

  return { run, cancel, isBusy, message }
}
