// A file to its import: read, parsed, and what applying it would add or replace.
import { parseImport } from './parse'
import { readSpreadsheet } from './read-file'
import { fileFailure, periodOf, type ImportScope, type ParsedImport, type ParseOptions } from './types'

/** Reads and parses a file; every failure is a rejected row 0 with its reason. */
export async function importFile(
  bytes: Uint8Array,
  scope: ImportScope,
  options: ParseOptions = {},
): Promise<ParsedImport> {
  const read = await readSpreadsheet(bytes)
  if ('reason' in read) return fileFailure(read.reason, read.params)
  return parseImport(read.cells, scope, options)
}

/** How many unit-periods the accepted rows would add, and how many they would replace. */
export function importEffect(
  parsed: Pick<ParsedImport, 'accepted'>,
  exists: (unitId: string, period: string) => boolean,
): { unitMonthsAdded: number; unitMonthsReplaced: number } {
  let replaced = 0
  for (const { row } of parsed.accepted) if (exists(row.unitId, periodOf(row))) replaced += 1
  return { unitMonthsAdded: parsed.accepted.length - replaced, unitMonthsReplaced: replaced }
}
