// /units lists every unit of the caller's scope: zod checked the country's ~16,000 in ~33 ms, this check in ~6
// (the demo province's 490: ~2.8 → 0.6 ms; Node, warm) — the app's CSP allows no eval, so zod runs without its
// compiled path.
// This check accepts exactly the answers the schema accepts unchanged — the contract's fields, no more, and no name
// the schema would clean of bidi controls — in a few milliseconds; anything else goes to the schema, which then
// names the bad field (or cleans the name), as fast-stats.ts does for /stats.
import { UnitKindSchema, type UnitsResponseSchema } from './contract'
import { isId, isMonth } from './fast-stats'
import type * as z from 'zod/mini'

type UnitsResponse = z.infer<typeof UnitsResponseSchema>

const KINDS = new Set<unknown>(UnitKindSchema.options)
/** As BIDI_CONTROLS in contract.ts, without its global flag (a `test` of a global regex moves on). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/
const UNIT_FIELDS = new Set(['id', 'code', 'name', 'kind', 'parentId', 'validFrom', 'validTo'])
const LINK_FIELDS = new Set(['from', 'to', 'month', 'share'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const hasOnly = (value: Record<string, unknown>, fields: Set<string>) => {
  for (const key in value) if (!Object.hasOwn(value, key) || !fields.has(key)) return false
  return true
}

function isUnit(value: unknown): boolean {
  if (!isObject(value) || !hasOnly(value, UNIT_FIELDS)) return false
  const { id, code, name, kind, parentId, validFrom, validTo } = value
  return (
    isId(id) &&
    typeof code === 'string' &&
    typeof name === 'string' &&
    !BIDI_CONTROL.test(name) &&
    KINDS.has(kind) &&
    (parentId === null || typeof parentId === 'string') &&
    (validFrom === undefined || validFrom === null || isMonth(validFrom)) &&
    (validTo === undefined || validTo === null || isMonth(validTo))
  )
}

function isLink(value: unknown): boolean {
  if (!isObject(value) || !hasOnly(value, LINK_FIELDS)) return false
  return (
    isId(value.from) && isId(value.to) && isMonth(value.month) && (value.share === 'whole' || value.share === 'part')
  )
}

/** The answer as is when it is exactly a contract answer; null to let the schema decide. */
export function fastUnitsResponse(body: unknown): UnitsResponse | null {
  if (!isObject(body) || !hasOnly(body, new Set(['units', 'lineage']))) return null
  const { units, lineage } = body
  if (!Array.isArray(units) || !units.every(isUnit)) return null
  if (lineage !== undefined && !(Array.isArray(lineage) && lineage.every(isLink))) return null
  return body as UnitsResponse
}
