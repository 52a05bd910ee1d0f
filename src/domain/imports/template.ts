// The dashboard's own template: one header row of field names, then one row per unit and period.
import { cellText, isPeriod, readCount, readPeriod } from './cells'
import type { UnitMatcher } from './match'
import { brokenRule } from './rules'
import {
  fileFailure,
  IMPORT_COUNT_FIELDS,
  type Cells,
  type ImportCountField,
  type ImportedRow,
  type ImportProblem,
  type ParsedImport,
  type SheetRow,
} from './types'

export const TEMPLATE_UNIT = 'unit'
export const TEMPLATE_UNIT_NAME = 'unitName'
export const TEMPLATE_PERIOD = 'period'
/** The template's columns in order: the unit (code or id), its name (read by people, not matched), the period. */
export const TEMPLATE_COLUMNS = [TEMPLATE_UNIT, TEMPLATE_UNIT_NAME, TEMPLATE_PERIOD, ...IMPORT_COUNT_FIELDS] as const
const REQUIRED = [TEMPLATE_UNIT, 'received'] as const

const fieldByHeader = new Map<string, string>(TEMPLATE_COLUMNS.map((name) => [name.toLowerCase(), name]))

/** Column letters as spreadsheets name them (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    out = String.fromCharCode(65 + rest) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

/** Whether the first non-empty row looks like the template's header. */
export function isTemplateHeader(cells: Cells): boolean {
  const header = cells.find((row) => row.some((cell) => cellText(cell) !== ''))
  return !!header && header.some((cell) => cellText(cell).toLowerCase() === TEMPLATE_UNIT)
}

/** Reads the template; `period` is used for rows without one (and when the sheet has no period column). */
export function parseTemplate(cells: Cells, matcher: UnitMatcher, period: string | undefined): ParsedImport {
  const headerIndex = cells.findIndex((row) => row.some((cell) => cellText(cell) !== ''))
  if (headerIndex < 0) return fileFailure('emptyFile')
  const header = cells[headerIndex]!
  const lastUsed = header.reduce<number>((last, cell, i) => (cellText(cell) !== '' ? i : last), -1)
  const columns = new Map<string, number>()
  for (let i = 0; i <= lastUsed; i++) {
    const text = cellText(header[i])
    const column = columnLetter(i)
    if (text === '') return fileFailure('emptyHeader', { column }, 'template')
    const field = fieldByHeader.get(text.toLowerCase())
    if (!field) return fileFailure('unknownColumn', { column, name: text }, 'template')
    if (columns.has(field)) return fileFailure('duplicateColumn', { column, name: text }, 'template')
    columns.set(field, i)
  }
  for (const name of REQUIRED) if (!columns.has(name)) return fileFailure('missingColumn', { name }, 'template')
  if (!columns.has(TEMPLATE_PERIOD) && !period) return fileFailure('noPeriod', undefined, 'template')

  const accepted: SheetRow[] = []
  const rejected: ImportProblem[] = []
  let rows = 0
  for (let r = headerIndex + 1; r < cells.length; r++) {
    const cellsOfRow = cells[r]!
    if (cellsOfRow.every((cell) => cellText(cell) === '')) continue
    rows += 1
    const rowNumber = r + 1
    const reject = (column: number | undefined, reason: ImportProblem['reason'], params?: ImportProblem['params']) =>
      rejected.push({
        row: rowNumber,
        ...(column !== undefined ? { column: columnLetter(column) } : {}),
        reason,
        ...(params ? { params } : {}),
      })
    if (cellsOfRow.length > lastUsed + 1 && cellsOfRow.slice(lastUsed + 1).some((c) => cellText(c) !== '')) {
      reject(lastUsed + 1, 'extraCell')
      continue
    }
    const periodColumn = columns.get(TEMPLATE_PERIOD)
    const periodCell = periodColumn === undefined ? undefined : cellsOfRow[periodColumn]
    const rowPeriod = cellText(periodCell) === '' ? (period ?? null) : readPeriod(periodCell)
    if (!rowPeriod || !isPeriod(rowPeriod)) {
      reject(periodColumn, 'badPeriod', { value: cellText(periodCell) })
      continue
    }
    const unitColumn = columns.get(TEMPLATE_UNIT)!
    const unitText = cellText(cellsOfRow[unitColumn])
    const matched = matcher.match(unitText, rowPeriod)
    if ('reason' in matched) {
      reject(unitColumn, matched.reason, { unit: unitText, period: rowPeriod })
      continue
    }
    const row = { unitId: matched.unitId, received: 0 } as ImportedRow
    if (rowPeriod.includes('W')) row.week = rowPeriod
    else row.month = rowPeriod
    let bad = false
    for (const field of IMPORT_COUNT_FIELDS) {
      const column = columns.get(field)
      if (column === undefined) continue
      const count = readCount(cellsOfRow[column])
      if ('value' in count) row[field as ImportCountField] = count.value
      else if ('reason' in count) {
        reject(column, count.reason, { field, value: cellText(cellsOfRow[column]) })
        bad = true
        break
      } else if (field === 'received') {
        reject(column, 'missingValue', { field })
        bad = true
        break
      }
    }
    if (bad) continue
    const rule = brokenRule(row)
    if (rule) {
      reject(undefined, 'invariant', { rule })
      continue
    }
    accepted.push({ sheetRow: rowNumber, row })
  }
  return { format: 'template', periods: [], rows, accepted, rejected, skipped: [] }
}
