// A screen's whole-view files — the workbook (a cover and a sheet per table), the meeting pack (PPTX) and its
// PDF — from what the screen shows: its tables by name and its slides. Loaded only when someone exports; the
// writer each file needs loads with it.
import type { PackSection } from '../../export/pptx'
import type { ExportTable } from '../../export/table'

export interface ViewFiles {
  title: string
  unitName: string
  periodLabel: string
  /** The file's name for an extension: unit and period ("tien-do-dvctt_dong-thap_2026-W48.xlsx"). */
  fileName: (extension: string) => string
  /** Where the figures come from and when they were updated: under every table, on every slide and page. */
  source: string
  /** What the figures are (the units' structure, how they are worked out): on the cover, above every sheet. */
  notes: string[]
  /** The cover sheet: label–value lines (unit, period, who exported it and when). */
  cover: { sheet: string; rows: Array<[string, string]> }
  /** The workbook's sheets in the screen's order. */
  sheets: ExportTable[]
  /** The meeting pack's slides after its cover (and the PDF's pages). */
  sections: PackSection[]
  dateLine: string
  continued: string
  pointsUnit: string
}

/** A table as a file holds it alone or on a sheet: with its unit and period, the source and the notes. */
export function titledTable(
  table: ExportTable,
  files: Pick<ViewFiles, 'unitName' | 'periodLabel' | 'source' | 'notes'>,
): ExportTable {
  return { ...table, subtitle: `${files.unitName} · ${files.periodLabel}`, source: files.source, notes: files.notes }
}

/** One whole-view file ('xlsx', 'pptx' or 'pdf') and its name; a cancelled export stops between steps. */
export async function makeViewFile(id: string, files: ViewFiles, signal: AbortSignal): Promise<[Blob, string]> {
  const step = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work
    signal.throwIfAborted()
    return result
  }
  if (id === 'xlsx') {
    const { tablesToXlsx } = await step(import('../../export/xlsx'))
    const sheets = files.sheets.map((table) => titledTable(table, files))
    const blob = await step(tablesToXlsx(sheets, { cover: files.cover, pointsUnit: files.pointsUnit }))
    return [blob, files.fileName('xlsx')]
  }
  const pack = {
    title: files.title,
    unitName: files.unitName,
    periodLabel: files.periodLabel,
    continued: files.continued,
    dateLine: files.dateLine,
    sourceLine: files.source,
    notes: files.notes,
    sections: files.sections,
  }
  if (id === 'pptx') {
    const { meetingPackPptx } = await step(import('../../export/pptx'))
    return [await step(meetingPackPptx(pack)), files.fileName('pptx')]
  }
  if (id === 'pdf') {
    const { meetingPackPdf } = await step(import('../../export/pdf'))
    return [await step(meetingPackPdf(pack, {})), files.fileName('pdf')]
  }
  throw new Error(id)
}

/** The cover's lines: what, for whom, when; `extra` after the period (comparison, metric, points). */
export function coverRows(
  t: (key: string, values?: Record<string, unknown>) => string,
  c: {
    unitName: string
    periodLabel: string
    extra: Array<[string, string]>
    notes: readonly string[]
    updatedAt: string
    exportedBy: string
    exportedAt: string
  },
): Array<[string, string]> {
  return [
    [t('export.title'), ''],
    [t('export.cover.unit'), c.unitName],
    [t('export.cover.period'), c.periodLabel],
    ...c.extra,
    ...c.notes.map((note, i): [string, string] => [i === 0 ? t('export.cover.notes') : '', note]),
    [t('export.cover.updatedAt'), c.updatedAt],
    [t('export.cover.exportedBy'), c.exportedBy],
    [t('export.cover.exportedAt'), c.exportedAt],
  ]
}

/** What a screen's per-table menus need: whose and which period's table, titled as the files title it. */
export interface TableExportInfo {
  unitName: string
  range: { from: string; to: string }
  /** The period in the file name where it is not the range's months ("2026-W48"). */
  periodKeys?: string[]
  titled: (table: ExportTable) => ExportTable
}
