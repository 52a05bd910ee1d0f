// A table as exports see it: typed columns, plain values. CSV, XLSX, PPTX and PDF are written from this one model.
import { decidingDigits } from '../domain/format'
import type { CellValue, ColumnKind } from '../domain/columns'
import { foldVietnamese } from '../domain/text-search'

export interface ExportColumn {
  key: string
  label: string
  kind: ColumnKind
  /** For a rate: the key of the column holding its target, so the file shows the digits that decide its status. */
  against?: string
  /** A change, written with its sign on slides and pages (a shortfall in points is a size, without one). */
  isSigned?: boolean
  /** How wide the column wants to be, in characters (a name list wider than a level); else from its kind. */
  width?: number
}

const KIND_CHARS: Record<ColumnKind, number> = {
  text: 30,
  count: 11,
  rate: 10,
  points: 11,
  status: 11,
  month: 10,
  score: 9,
}

/** The width a column asks for, in characters: its hint, or its kind's. */
export const columnChars = (column: ExportColumn): number => column.width ?? KIND_CHARS[column.kind]

export interface ExportTable {
  /** Sheet name (Excel allows 31 characters). */
  sheet: string
  title: string
  columns: ExportColumn[]
  rows: Array<Record<string, CellValue>>
  /** Words for the raw values of 'status' columns ('met' → "Đạt"). */
  statusLabels?: Record<string, string>
  /** The line under the title in files that carry one: unit and period ("Huyện Thanh Bình · Tháng 1/2021 – …"). */
  subtitle?: string
  /** Where the figures come from and when they were updated. */
  source?: string
  /** Lines about the units the figures show: which structure (before or after 1 July 2025), incomplete histories. */
  notes?: string[]
}

/**
 * The fraction digits of a rate cell in percent: `digits`, or more where its target's column would read the
 * same while the status differs (94,96% against 95,0%: see decidingDigits).
 */
export function rateDigits(column: ExportColumn, row: Record<string, CellValue>, digits: number): number {
  const value = row[column.key]
  const target = column.against === undefined ? null : row[column.against]
  return typeof value === 'number' && typeof target === 'number' ? decidingDigits(value, target, digits) : digits
}

const UNIT_TYPES = /^(Tỉnh|Thành phố|Huyện|Thị xã|Quận|Xã|Phường|Thị trấn|Sở|Ban|Cục|Công an|Bảo hiểm xã hội)\s+/i

const slug = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** "tien-do-dvctt_thanh-binh_2021-01_2021-06.pptx": what the file holds, readable, safe everywhere. */
export function exportFileName(
  unitName: string,
  range: { from: string; to: string },
  extension: string,
  part?: string,
): string {
  return periodFileName(unitName, [range.from, range.to], extension, part)
}

/**
 * The same with the period as given: one key for one week or month ("…_2026-W48.xlsx"), two for a range.
 */
export function periodFileName(unitName: string, period: readonly string[], extension: string, part?: string): string {
  const unit = slug(unitName.replace(UNIT_TYPES, '')) || 'don-vi'
  return ['tien-do-dvctt', unit, ...(part ? [slug(part)] : []), ...period].join('_') + `.${extension}`
}

/** A range's keys in a file name: once when it is one period ("2026-W48"), else its first and last. */
export const periodKeys = (range: { from: string; to: string }): string[] =>
  range.from === range.to ? [range.from] : [range.from, range.to]
