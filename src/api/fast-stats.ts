// /stats answers carry thousands of rows: checking each against the zod schema took ~90 ms of a first
// screen (monthly rows), and ~50 ms of the country's lagging list after a period change (a row per unit over the
// period, grain=period; the country's 4,002 rows a month at depth 3: zod ~46–58 ms, this check ~7 ms, Node, warm) —
// the app's CSP allows no eval, so zod checks without its compiled fast path. These checks
// accept exactly the rows the schemas accept unchanged (the contract's fields, no more; a count the server does not
// report left out) in a few milliseconds; anything else goes to the schema, which then names the bad field.
import {
  MONTH_PATTERN,
  PeriodStatRowSchema,
  StatRowSchema,
  WEEK_PATTERN,
  WeekStatRowSchema,
  type PeriodStatRow,
  type ReportedStatRow,
  type WeekStatRow,
} from './contract'

type FieldCheck = (value: unknown) => boolean

export const isMonth: FieldCheck = (value) => typeof value === 'string' && MONTH_PATTERN.test(value)
/** A non-empty text, as a unit's id. */
export const isId: FieldCheck = (value) => typeof value === 'string' && value.length > 0
const isCount: FieldCheck = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/**
 * A row's check: `required` fields each pass their check, `optional` ones when there, and every other field is one of
 * the schema's counts (`received` always there). The counts are the schema's fields that are neither.
 */
function rowCheck(
  schema: { shape: object },
  required: Record<string, FieldCheck>,
  optional: Record<string, FieldCheck>,
) {
  const named = new Set([...Object.keys(required), ...Object.keys(optional)])
  const counts = new Set(Object.keys(schema.shape).filter((field) => !named.has(field)))
  const requiredFields = Object.keys(required)
  const requiredChecks = Object.values(required)
  const optionalChecks = new Map(Object.entries(optional))
  return (value: unknown): boolean => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
    const row = value as Record<string, unknown>
    for (let i = 0; i < requiredFields.length; i++) if (!requiredChecks[i]!(row[requiredFields[i]!])) return false
    if (row.received === undefined) return false
    for (const key in row) {
      if (!Object.hasOwn(row, key)) return false
      if (counts.has(key)) {
        if (!isCount(row[key])) return false
      } else if (!named.has(key)) return false
      else {
        const check = optionalChecks.get(key)
        if (check && !check(row[key])) return false
      }
    }
    return true
  }
}

const identity = (period: Record<string, FieldCheck>) => ({
  unitId: isId,
  ...period,
  includesDescendants: (value: unknown) => typeof value === 'boolean',
})

/** A check of `{ rows: [...] }`, no other field: the answer as is if every row passes; null lets the schema decide. */
function responseCheck<Row>(isRow: (value: unknown) => boolean) {
  return (body: unknown): { rows: Row[] } | null => {
    if (typeof body !== 'object' || body === null) return null
    const { rows } = body as { rows?: unknown }
    if (!Array.isArray(rows) || Object.keys(body).length !== 1) return null
    for (const row of rows) if (!isRow(row)) return null
    return body as { rows: Row[] }
  }
}

export const fastStatsResponse = responseCheck<ReportedStatRow>(
  rowCheck(StatRowSchema, identity({ month: isMonth }), {}),
)

export const fastWeekStatsResponse = responseCheck<WeekStatRow>(
  rowCheck(WeekStatRowSchema, identity({ week: (value) => typeof value === 'string' && WEEK_PATTERN.test(value) }), {}),
)

export const fastPeriodStatsResponse = responseCheck<PeriodStatRow>(
  rowCheck(PeriodStatRowSchema, identity({ from: isMonth, to: isMonth }), {
    monthsBehind: isCount,
    trend: (value) =>
      Array.isArray(value) &&
      value.every((point) => point === null || (typeof point === 'number' && Number.isFinite(point))),
  }),
)
