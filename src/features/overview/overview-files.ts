// The overview's files, built from the figures on screen. This module and the writer each file needs
// load only when someone exports.
import { CSV_EXCEL_VI, CSV_STANDARD, toCsv } from '../../export/csv'
import { exportFileName, type ExportTable } from '../../export/table'
import type { useFormat } from '../../i18n/use-format'
import { overviewSections, overviewSheets, overviewTables, type ExportWords } from './overview-export'
import type { ExportSubject } from './use-overview-export'
import { structureLines } from '../shared/structure-notes'
import { fileStamp, sourceLine } from '../shared/source-line'

export interface FileWords {
  t: (key: string, values?: Record<string, unknown>) => string
  format: ReturnType<typeof useFormat>
  figureWords: ExportWords
}

/** One of the overview's files (id as in the export menu) with its file name. */
export async function makeOverviewFile(
  id: string,
  s: ExportSubject,
  signal: AbortSignal,
  words: FileWords,
): Promise<[Blob, string]> {
  const { t, format } = words
  // Between steps, a cancelled export stops (a writer already at work finishes, but nothing is offered).
  const step = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work
    signal.throwIfAborted()
    return result
  }
  const stamp = (iso: string) => fileStamp(format, iso)
  const file = (extension: string, part?: string) => exportFileName(s.unitName, s.range, extension, part)
  const periodLabel = format.monthRange(s.range)
  const source = sourceLine(t, format, s.updatedAt)
  // Every table says what it holds, for whom and when, and on which units, wherever it ends up alone.
  const notes = structureLines(s.structureNote, s.incompleteHistories, t, format.monthShort)
  const titled = (table: ExportTable): ExportTable => ({
    ...table,
    subtitle: `${s.unitName} · ${periodLabel}`,
    source,
    notes,
  })
  const ranking = titled(overviewTables(s.figures, words.figureWords).ranking)
  const pointsUnit = t('export.columns.pointsUnit')
  if (id === 'ranking-csv' || id === 'ranking-csv-vi') {
    const dialect = id === 'ranking-csv' ? CSV_STANDARD : CSV_EXCEL_VI
    return [
      new Blob([toCsv(ranking, { pointsUnit, dialect })], { type: 'text/csv;charset=utf-8' }),
      file('csv', ranking.sheet),
    ]
  }
  if (id === 'ranking-xlsx' || id === 'xlsx') {
    const { tablesToXlsx } = await step(import('../../export/xlsx'))
    const cover = {
      sheet: t('export.sheets.cover'),
      rows: [
        [t('export.title'), ''],
        [t('export.cover.unit'), s.unitName],
        [t('export.cover.period'), periodLabel],
        [t('export.cover.comparison'), t(`toolbar.comparisons.${s.comparison}`)],
        [t('export.cover.metric'), t(`metrics.${s.figures.metric}`)],
        ...notes.map((note, i): [string, string] => [i === 0 ? t('export.cover.structure') : '', note]),
        [t('export.cover.updatedAt'), stamp(s.updatedAt)],
        [t('export.cover.exportedBy'), s.user ? `${s.user.displayName} (${s.user.username})` : ''],
        [t('export.cover.exportedAt'), stamp(new Date().toISOString())],
      ] as Array<[string, string]>,
    }
    const blob = await step(
      id === 'xlsx'
        ? tablesToXlsx(overviewSheets(s.figures, words.figureWords).map(titled), { cover, pointsUnit })
        : tablesToXlsx([ranking], { pointsUnit }),
    )
    return [blob, id === 'xlsx' ? file('xlsx') : file('xlsx', ranking.sheet)]
  }
  let map: ExportSubject['figures']['map'] = null
  const pack = () => ({
    title: t('export.title'),
    unitName: s.unitName,
    periodLabel,
    continued: t('export.continued'),
    dateLine: t('export.exportedOn', { date: stamp(new Date().toISOString()) }),
    sourceLine: source,
    notes,
    sections: overviewSections({ ...s.figures, map }, words.figureWords),
  })
  if (id === 'pptx' || id === 'pdf') map = await step(s.mapImage())
  if (id === 'pptx') {
    const { meetingPackPptx } = await step(import('../../export/pptx'))
    return [await step(meetingPackPptx(pack())), file('pptx')]
  }
  if (id === 'pdf') {
    const { meetingPackPdf, pdfPlan } = await step(import('../../export/pdf'))
    const content = pack()
    // Charts go into the PDF as pictures: the trend drawn again with its legend, in the proportions of its
    // box on the page and 900 px wide, so that its words print at about the size of the text around it.
    const plan = pdfPlan(content.sections)
    const index = content.sections.findIndex((section) => section.kind === 'line')
    const box = plan[index]?.box
    const trend = box ? await step(s.trendImage(2, { width: 900, height: Math.round((900 * box.h) / box.w) })) : null
    const images: Record<number, string> = trend ? { [index]: trend } : {}
    return [await step(meetingPackPdf(content, images)), file('pdf')]
  }
  throw new Error(id)
}
