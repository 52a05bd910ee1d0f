// A sheet's cells to the rows it can import: the format recognised (or given), every unit matched, two
// rows for one unit and period both rejected (neither is guessed to be the right one).
import { isBieu06, parseBieu06 } from './bieu06'
import { isPeriod } from './cells'
import { unitMatcher } from './match'
import { isTemplateHeader, parseTemplate } from './template'
import { fileFailure, periodOf, type Cells, type ImportScope, type ParsedImport, type ParseOptions } from './types'

/** Parses the cells of one sheet (already read from the file). */
export function parseImport(cells: Cells, scope: ImportScope, options: ParseOptions = {}): ParsedImport {
  if (cells.every((row) => row.every((cell) => cell === null || String(cell).trim() === ''))) {
    return fileFailure('emptyFile')
  }
  if (options.period !== undefined && !isPeriod(options.period)) return fileFailure('badPeriod')
  const format = options.format ?? (isTemplateHeader(cells) ? 'template' : isBieu06(cells) ? 'bieu06' : null)
  if (!format) return fileFailure('unknownFormat')
  const matcher = unitMatcher(scope)
  const parsed =
    format === 'template' ? parseTemplate(cells, matcher, options.period) : parseBieu06(cells, matcher, options.period)
  return withoutDuplicates(parsed)
}

/** Rejects every row of a unit and period named more than once, each naming the other rows. */
function withoutDuplicates(parsed: ParsedImport): ParsedImport {
  const seen = new Map<string, number[]>()
  parsed.accepted.forEach(({ row }, i) => {
    const key = `${row.unitId}|${periodOf(row)}`
    seen.set(key, [...(seen.get(key) ?? []), i])
  })
  const duplicate = new Set<number>()
  const rejected = [...parsed.rejected]
  for (const indexes of seen.values()) {
    if (indexes.length < 2) continue
    for (const i of indexes) {
      duplicate.add(i)
      const others = indexes.filter((j) => j !== i).map((j) => parsed.accepted[j]!.sheetRow)
      const { row, sheetRow } = parsed.accepted[i]!
      rejected.push({
        row: sheetRow,
        reason: 'duplicateRow',
        params: { rows: others.join(', '), period: periodOf(row) },
      })
    }
  }
  rejected.sort((a, b) => a.row - b.row)
  const accepted = parsed.accepted.filter((_, i) => !duplicate.has(i))
  const periods = [...new Set(accepted.map(({ row }) => periodOf(row)))].sort()
  return { ...parsed, accepted, rejected, periods }
}
