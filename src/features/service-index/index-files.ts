// The service index's whole-view files (XLSX, PPTX, PDF), loaded only when someone exports: the tables and
// slides of index-tables.ts and index-export.ts, a cover, the source and what the index is (not the official one).
import type { CellWords } from '../../domain/cell-text'
import { SERVICE_INDEX } from '../../domain/service-index-config'
import { periodFileName } from '../../export/table'
import type { Translate } from '../../i18n/messages'
import { coverRows, makeViewFile, type ViewFiles } from '../shared/view-files'
import { indexSections } from './index-export'
import { indexSheets, type IndexFigures } from './index-tables'

export interface IndexExportSubject {
  figures: IndexFigures
  unitName: string
  periodLabel: string
  /** The period's keys in the file name: one week ("2026-W48"), or the months' first and last. */
  periodKeys: string[]
  updatedAt: string
  exportedBy: string
  /** Which structure of units the figures show; null without a reorganisation. */
  structureNote: string | null
}

export interface IndexFileWords {
  t: Translate
  words: CellWords
  /** A period key as the screen names it. */
  label: (key: string) => string
  /** A time as files print it ("02/12/2026 18:09"). */
  stamp: (iso: string) => string
}

export function indexFiles(s: IndexExportSubject, w: IndexFileWords): ViewFiles {
  const { t } = w
  const { model } = s.figures
  const notes = [...(s.structureNote ? [s.structureNote] : []), t('serviceIndex.notOfficial')]
  const total = t('serviceIndex.total', { points: w.words.score(model.index.points), max: model.index.measuredMax })
  return {
    title: t('serviceIndex.title'),
    unitName: s.unitName,
    periodLabel: s.periodLabel,
    fileName: (extension) => periodFileName(s.unitName, s.periodKeys, extension, t('serviceIndex.filePart')),
    source: t('serviceIndex.source', { time: w.stamp(s.updatedAt) }),
    notes,
    cover: {
      sheet: t('export.sheets.cover'),
      rows: coverRows(t, {
        unitName: s.unitName,
        periodLabel: s.periodLabel,
        extra: [
          [t('serviceIndex.totalLabel'), total],
          [t('serviceIndex.ruleLabel'), t('serviceIndex.rule', { source: SERVICE_INDEX.source })],
        ],
        notes,
        updatedAt: w.stamp(s.updatedAt),
        exportedBy: s.exportedBy,
        exportedAt: w.stamp(new Date().toISOString()),
      }),
    },
    sheets: indexSheets(s.figures, t, w.label),
    sections: indexSections(s.figures, t, w.words, w.label),
    dateLine: t('export.exportedOn', { date: w.stamp(new Date().toISOString()) }),
    continued: t('export.continued'),
    pointsUnit: t('export.columns.pointsUnit'),
  }
}

/** One of the index's files (id as in the export menu) with its name. */
export const makeIndexFile = (id: string, s: IndexExportSubject, signal: AbortSignal, w: IndexFileWords) =>
  makeViewFile(id, indexFiles(s, w), signal)
