// The weekly view's whole-view files (XLSX, PPTX, PDF), loaded only when someone exports; the weeks they hold
// are in their names ("…_2026-W48.xlsx").
import type { CellWords } from '../../domain/cell-text'
import { periodFileName, periodKeys } from '../../export/table'
import type { WeekRange } from '../../domain/weeks'
import type { Translate } from '../../i18n/messages'
import { coverRows, makeViewFile, type ViewFiles } from '../shared/view-files'
import { weeklySections, weeklySheets, type WeeklyFigures } from './weekly-export'

export interface WeeklyExportSubject {
  figures: WeeklyFigures
  range: WeekRange
  periodLabel: string
  previousLabel: string
  updatedAt: string
  exportedBy: string
  structureNote: string | null
}

export interface WeeklyFileWords {
  t: Translate
  words: CellWords
  stamp: (iso: string) => string
}

export function weeklyFiles(s: WeeklyExportSubject, w: WeeklyFileWords): ViewFiles {
  const { t } = w
  const { unitName } = s.figures
  const notes = s.structureNote ? [s.structureNote] : []
  return {
    title: t('weekly.title'),
    unitName,
    periodLabel: s.periodLabel,
    fileName: (extension) => periodFileName(unitName, periodKeys(s.range), extension, t('nav.weekly')),
    source: t('export.source', { time: w.stamp(s.updatedAt) }),
    notes,
    cover: {
      sheet: t('export.sheets.cover'),
      rows: coverRows(t, {
        unitName,
        periodLabel: s.periodLabel,
        extra: [
          [t('export.cover.comparison'), s.previousLabel],
          [t('export.cover.indicator'), t(`metrics.${s.figures.metric}`)],
        ],
        notes,
        updatedAt: w.stamp(s.updatedAt),
        exportedBy: s.exportedBy,
        exportedAt: w.stamp(new Date().toISOString()),
      }),
    },
    sheets: weeklySheets(s.figures, t),
    sections: weeklySections(s.figures, t, w.words),
    dateLine: t('export.exportedOn', { date: w.stamp(new Date().toISOString()) }),
    continued: t('export.continued'),
    pointsUnit: t('export.columns.pointsUnit'),
  }
}

/** One of the weekly view's files (id as in the export menu) with its name. */
export const makeWeeklyFile = (id: string, s: WeeklyExportSubject, signal: AbortSignal, w: WeeklyFileWords) =>
  makeViewFile(id, weeklyFiles(s, w), signal)
