// The shapes the importer computes on (CONTRACT.md, "Imports"): cells in, rows and named problems out.
import type { UnitLike } from '../units'

/** A cell as a spreadsheet reader gives it: text, a number, a boolean, a date or nothing. */
export type Cell = string | number | boolean | Date | null
export type Cells = readonly (readonly Cell[])[]

export type ImportFormat = 'template' | 'bieu06'

/** The counts a row may carry; a count a format lacks is absent (not reported), never 0. */
export const IMPORT_COUNT_FIELDS = [
  'received',
  'receivedOnline',
  'receivedPostal',
  'receivedOnlineFull',
  'receivedOnlineCapable',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pending',
  'pendingOverdue',
  'feeDossiers',
  'feePaidOnline',
  'ratedVerySatisfied',
  'ratedSatisfied',
  'ratedDissatisfied',
  'complaints',
  'digitizedAtIntake',
  'resultsDigitized',
] as const
export type ImportCountField = (typeof IMPORT_COUNT_FIELDS)[number]

/** One unit and period of the sheet: `month` (YYYY-MM) or `week` (YYYY-Www), and the counts it reports. */
export type ImportedRow = { unitId: string; month?: string; week?: string; received: number } & Partial<
  Record<ImportCountField, number>
>

/**
 * Why a row (or, at row 0, the whole file) cannot be taken: a code the app words in both languages, and
 * the values the words name. Rows are numbered as the spreadsheet numbers them (1 = the first row).
 */
export interface ImportProblem {
  row: number
  column?: string
  reason: ImportReason
  params?: Record<string, string | number>
}

export const IMPORT_REASONS = [
  'tooLarge',
  'emptyFile',
  'notSpreadsheet',
  'legacyXls',
  'unknownFormat',
  'noPeriod',
  'badPeriod',
  'emptyHeader',
  'unknownColumn',
  'missingColumn',
  'duplicateColumn',
  'columnCount',
  'extraCell',
  'missingValue',
  'notANumber',
  'notWhole',
  'negative',
  'unknownUnit',
  'ambiguousUnit',
  'outsideScope',
  'notValidInPeriod',
  'duplicateRow',
  'sumMismatch',
  'invariant',
  'totalRow',
  'groupRow',
] as const
export type ImportReason = (typeof IMPORT_REASONS)[number]

/** The units the importer may match: every unit the server knows, and which of them the uploader may write. */
export interface ImportScope {
  units: readonly UnitLike[]
  isInScope: (unitId: string) => boolean
}

export interface ParseOptions {
  /** The period when the sheet does not say it: YYYY-MM or YYYY-Www. */
  period?: string | undefined
  /** Forces a format instead of recognising it. */
  format?: ImportFormat | undefined
}

/** An accepted row and the sheet row it came from. */
export interface SheetRow {
  sheetRow: number
  row: ImportedRow
}

/** What a sheet holds: the rows it can take, every row it cannot, and the rows it skipped on purpose. */
export interface ParsedImport {
  format: ImportFormat | null
  periods: string[]
  /** Data rows read (group and total rows excluded). */
  rows: number
  accepted: SheetRow[]
  rejected: ImportProblem[]
  /** Total and group rows: read, not imported. */
  skipped: ImportProblem[]
}

/** The largest file accepted, stated to the uploader: a province's year of the template is ~0.3 MB. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024

/** The period key of a row (its month or its week). */
export const periodOf = (row: Pick<ImportedRow, 'month' | 'week'>): string => row.month ?? row.week ?? ''

/** A whole-file failure: no rows, one problem at row 0. */
export function fileFailure(
  reason: ImportReason,
  params?: ImportProblem['params'],
  format: ImportFormat | null = null,
): ParsedImport {
  return {
    format,
    periods: [],
    rows: 0,
    accepted: [],
    rejected: [{ row: 0, reason, ...(params ? { params } : {}) }],
    skipped: [],
  }
}
