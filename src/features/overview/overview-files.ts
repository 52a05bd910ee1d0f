// The overview's files, built from the figures on screen. This module and the writer each file needs
// load only when someone exports.
import { exportFileName, toCsv } from '../../export/table'
import type { useFormat } from '../../i18n/use-format'
import { overviewSections, overviewTables, type ExportWords } from './overview-export'
import type { ExportSubject } from './use-overview-export'

export interface FileWords {
  t: (key: string, values?: Record<string, unknown>) => string
  format: ReturnType<typeof useFormat>
  figureWords: ExportWords
}

/** One of the overview's files (id as in the export menu) with its file name. */
export async function makeOverviewFile(id: string, s: ExportSubject, signal: AbortSignal, words: FileWords): Promise<[Blob, string]> {
  const { t, format } = words
  // Between steps, a cancelled export stops (a writer already at work finishes, but nothing is offered).
  const step = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work
    signal.throwIfAborted()
    return result
  }
  const file = (extension: string, part?: string) => exportFileName(s.unitName, s.range, extension, part)
  const tables = overviewTables(s.figures, words.figureWords)
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
  let map: ExportSubject['figures']['map'] = null
  const pack = () => ({
    title: t('export.title'), unitName: s.unitName, periodLabel: format.monthRange(s.range),
    dateLine: t('export.exportedOn', { date: format.dateTime(new Date().toISOString()) }), sourceLine: source,
    sections: overviewSections({ ...s.figures, map }, words.figureWords),
  })
  if (id === 'pptx' || id === 'pdf') map = await step(s.mapImage())
  if (id === 'pptx') {
    const { meetingPackPptx } = await step(import('../../export/pptx'))
    return [await step(meetingPackPptx(pack())), file('pptx')]
  }
  if (id === 'pdf') {
    const { meetingPackPdf } = await step(import('../../export/pdf'))
    const content = pack()
    // Charts go into the PDF as pictures: the trend drawn again with its legend.
    const trend = await step(s.trendImage(2))
    const images = Object.fromEntries(content.sections.flatMap((section, i) => (section.kind === 'line' && trend ? [[i, trend]] : [])))
    return [await step(meetingPackPdf(content, images)), file('pdf')]
  }
  throw new Error(id)
}
