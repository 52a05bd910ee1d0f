// /stats answers carry thousands of rows: checking each against the zod schema took ~90 ms of a first
// screen. This check accepts exactly the rows the schema accepts unchanged (the contract's fields, the
// optional ones present or absent, no more) in a few milliseconds; anything else goes to the schema, which
// then names the bad field.
import { MONTH_PATTERN, StatRowSchema, type StatRow } from './contract'

// The row's fields as the schema has them: the three that name the row, and counts.
const FIELDS = Object.keys(StatRowSchema.shape)
/** Counts a source may leave out (not reported): the digitisation counts. */
const OPTIONAL_FIELDS = ['digitizedAtIntake', 'resultsDigitized']
const COUNT_FIELDS = FIELDS.filter(
  (field) =>
    field !== 'unitId' && field !== 'month' && field !== 'includesDescendants' && !OPTIONAL_FIELDS.includes(field),
)
const REQUIRED = FIELDS.length - OPTIONAL_FIELDS.length

function isStatRow(value: unknown): value is StatRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const row = value as Record<string, unknown>
  if (typeof row.unitId !== 'string' || row.unitId.length === 0) return false
  if (typeof row.month !== 'string' || !MONTH_PATTERN.test(row.month)) return false
  if (typeof row.includesDescendants !== 'boolean') return false
  for (const field of COUNT_FIELDS) {
    const count = row[field]
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return false
  }
  let optional = 0
  for (const field of OPTIONAL_FIELDS) {
    if (!Object.hasOwn(row, field)) continue
    const count = row[field]
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return false
    optional += 1
  }
  let keys = 0
  for (const key in row) if (Object.hasOwn(row, key)) keys += 1
  return keys === REQUIRED + optional
}

/** The answer as is when every row is exactly a contract row; null to let the schema decide. */
export function fastStatsResponse(body: unknown): { rows: StatRow[] } | null {
  if (typeof body !== 'object' || body === null) return null
  const { rows } = body as { rows?: unknown }
  if (!Array.isArray(rows) || Object.keys(body).length !== 1) return null
  for (const row of rows) if (!isStatRow(row)) return null
  return body as { rows: StatRow[] }
}
