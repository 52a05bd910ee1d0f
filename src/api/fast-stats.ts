// /stats answers carry thousands of rows: checking each against the zod schema took ~90 ms of a first
// screen. This check accepts exactly the rows the schema accepts unchanged (the contract's fields, no
// more; a count the server does not report left out) in a few milliseconds; anything else goes to the
// schema, which then names the bad field.
import { MONTH_PATTERN, StatRowSchema, type ReportedStatRow } from './contract'

const IDENTITY = new Set(['unitId', 'month', 'includesDescendants'])
const COUNT_FIELDS = new Set(Object.keys(StatRowSchema.shape).filter((field) => !IDENTITY.has(field)))

function isStatRow(value: unknown): value is ReportedStatRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const row = value as Record<string, unknown>
  if (typeof row.unitId !== 'string' || row.unitId.length === 0) return false
  if (typeof row.month !== 'string' || !MONTH_PATTERN.test(row.month)) return false
  if (typeof row.includesDescendants !== 'boolean') return false
  if (row.received === undefined) return false
  for (const key in row) {
    if (!Object.hasOwn(row, key) || IDENTITY.has(key)) continue
    if (!COUNT_FIELDS.has(key)) return false
    const count = row[key]
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return false
  }
  return true
}

/** The answer as is when every row is exactly a contract row; null to let the schema decide. */
export function fastStatsResponse(body: unknown): { rows: ReportedStatRow[] } | null {
  if (typeof body !== 'object' || body === null) return null
  const { rows } = body as { rows?: unknown }
  if (!Array.isArray(rows) || Object.keys(body).length !== 1) return null
  for (const row of rows) if (!isStatRow(row)) return null
  return body as { rows: ReportedStatRow[] }
}
