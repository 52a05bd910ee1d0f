// Injected faults for tests and demos: "stats=500*1,latency:300;units=malformed;*=latency:200".
// Each entry is endpoint=fault[,fault…]; a fault is 500 | 401 | 403 | hang | malformed | invariant |
// hostile-name | latency:<ms>, optionally *N to apply only to the next N requests. "*" is every endpoint.
// Broken data rather than broken requests (see corruptAnswer): split | duplicate (stats); cycle | empty | noroot
// (units); older (meta: as a server whose period sums count no months behind says it).
import type { EndpointName } from '../src/api/contract'

export type FaultKind =
  '500' | '401' | '403' | 'hang' | 'malformed' | 'invariant' | 'hostile-name' | 'latency' | CorruptionKind
const CORRUPTIONS = ['split', 'duplicate', 'cycle', 'empty', 'noroot', 'older'] as const
type CorruptionKind = (typeof CORRUPTIONS)[number]
export const FAULT_HEADER = 'x-mock-faults'

export interface Fault {
  kind: FaultKind
  ms: number
  /** How many more requests it applies to; Infinity for all. */
  remaining: number
}

export type FaultPlan = Map<string, Fault[]>

const KINDS = new Set<FaultKind>([
  '500',
  '401',
  '403',
  'hang',
  'malformed',
  'invariant',
  'hostile-name',
  'latency',
  ...CORRUPTIONS,
])

/** Parses a fault spec; throws on anything it does not understand (a typo must not pass silently). */
export function parseFaults(spec: string | undefined | null): FaultPlan {
  const plan: FaultPlan = new Map()
  for (const entry of (spec ?? '')
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [endpoint, list] = entry.split('=')
    if (!endpoint || !list) throw new Error(`Bad fault entry "${entry}"`)
    const faults = list.split(',').map((text) => {
      const match = /^([a-z0-9-]+)(?::(\d+))?(?:\*(\d+))?$/.exec(text.trim())
      if (!match || !KINDS.has(match[1] as FaultKind)) throw new Error(`Bad fault "${text}"`)
      return {
        kind: match[1] as FaultKind,
        ms: Number(match[2] ?? 0),
        remaining: match[3] ? Number(match[3]) : Infinity,
      }
    })
    plan.set(endpoint.trim(), [...(plan.get(endpoint.trim()) ?? []), ...faults])
  }
  return plan
}

/** The faults that apply to this request (using up counted ones). */
export function takeFaults(plans: readonly FaultPlan[], endpoint: EndpointName): Fault[] {
  const out: Fault[] = []
  for (const plan of plans) {
    for (const fault of [...(plan.get(endpoint) ?? []), ...(plan.get('*') ?? [])]) {
      if (fault.remaining <= 0) continue
      fault.remaining--
      out.push(fault)
    }
  }
  return out
}

/** Breaks one field of a well-formed answer so that it no longer meets the contract. */
export function malform(endpoint: EndpointName, body: Record<string, unknown>): Record<string, unknown> {
  const first = (key: string) =>
    Array.isArray(body[key]) ? (body[key] as Array<Record<string, unknown>>)[0] : undefined
  switch (endpoint) {
    case 'stats': {
      const row = first('rows')
      if (row) row.received = String(row.received)
      else body.rows = 'none'
      return body
    }
    case 'units': {
      const unit = first('units')
      if (unit) unit.kind = 'galaxy'
      else body.units = null
      return body
    }
    case 'targets': {
      const target = first('targets')
      if (target) target.onlineRate = 30
      else body.targets = {}
      return body
    }
    case 'meta':
      delete body.lastMonth
      return body
    case 'me':
      body.role = 'mayor'
      return body
    case 'login':
      delete body.token
      return body
    case 'logout':
      return body
    default:
      return body
  }
}

/** Makes the first row break the contract's invariants (more online than received). */
export function breakInvariant(body: { rows?: Array<Record<string, number | string | boolean>> }): void {
  const row = body.rows?.[0]
  if (row && typeof row.received === 'number') row.receivedOnline = row.received + 5
}

/** A name that would run script if it were ever rendered as markup (it must show as text). */
export const HOSTILE_NAME = '<img src=x onerror="window.__hostile=1;alert(1)"> Xã <b>Thử</b>'

/**
 * Gives every other unit of a /units answer (the second, the fourth…) a hostile name: so there are some
 * among the children of any unit, and the name is in every list, ranking, map and heat-map.
 */
export function hostileName(body: { units?: Array<Record<string, unknown>> }): void {
  body.units?.forEach((unit, index) => {
    if (index % 2 === 1) unit.name = HOSTILE_NAME
  })
}

type Body = {
  rows?: Array<Record<string, number | string | boolean>>
  units?: Array<Record<string, unknown>>
  monthsBehind?: boolean
  periodDepth?: number
}

/**
 * Answers that keep the schema but break the data's rules, as a faulty server's might:
 * - split: the resolution counts of every row of the answer's last unit do not add up (late + 50);
 * - duplicate: every row twice;
 * - cycle: the first unit (the scope's root) under its own first child; empty: no units; noroot: the root left out;
 * - older: /meta without `monthsBehind` and `periodDepth` (a server before them: the app counts from the months).
 */
export function corruptAnswer(kinds: readonly FaultKind[], body: Body): void {
  if (kinds.includes('split') && body.rows && body.rows.length > 0) {
    const unitId = body.rows[body.rows.length - 1]!.unitId
    for (const row of body.rows) if (row.unitId === unitId) row.resolvedLate = Number(row.resolvedLate) + 50
  }
  if (kinds.includes('duplicate') && body.rows) body.rows = [...body.rows, ...body.rows.map((row) => ({ ...row }))]
  if (kinds.includes('cycle') && body.units && body.units.length > 1) body.units[0]!.parentId = body.units[1]!.id
  if (kinds.includes('empty') && body.units) body.units = []
  if (kinds.includes('noroot') && body.units) body.units = body.units.slice(1)
  if (kinds.includes('older')) {
    delete body.monthsBehind
    delete body.periodDepth
  }
}
