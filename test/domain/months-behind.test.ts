// The API's months behind (months-behind.ts, what mocks and server answer to behind=<metric>) on a small scope whose
// runs are counted here by hand: a run carried through the lineage to the first month with data, a month voided by
// a broken rule, a year without a target, a metric without targets, a unit's own rows only from a request.
import { describe, expect, it } from 'vitest'
import { scopeMonthsBehind } from '../../src/domain/months-behind'
import { monthsOf } from '../../src/domain/periods'
import { indexTargets } from '../../src/domain/targets'
import { buildUnitTree, subtreeOf } from '../../src/domain/units'
import { treesByYear } from '../../src/domain/validity'
import type { ReportedRowLike } from '../../src/domain/unreported'
import { unitOf } from './helpers'

const units = [
  unitOf('R', 'province', null),
  { ...unitOf('A', 'commune', 'R'), validTo: '2025-06' },
  { ...unitOf('B', 'commune', 'R'), validTo: '2025-06' },
  { ...unitOf('N', 'commune', 'R'), validFrom: '2025-07' },
  unitOf('C', 'commune', 'R'),
]
const tree = buildUnitTree(units)
const lineage = [
  { from: 'A', to: 'N', month: '2025-07', share: 'whole' as const },
  { from: 'B', to: 'N', month: '2025-07', share: 'whole' as const },
]
const available = { from: '2024-11', to: '2025-09' }

/** online rate `rate` on 100 dossiers; `broken`: more online than received (voids the online rate). */
const rowOf = (unitId: string, month: string, rate: number, broken = false): ReportedRowLike => ({
  unitId,
  month,
  includesDescendants: false,
  received: 100,
  receivedOnline: broken ? 150 : Math.round(rate * 100),
  receivedPostal: 0,
  receivedOnlineFull: 0,
  receivedOnlineCapable: 100,
  resolved: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  pending: 0,
  pendingOverdue: 0,
})

// A and B below 50% in every month; N below from its first month; C below but its 2025-08 row breaks a rule.
const ROWS: ReportedRowLike[] = [
  ...monthsOf({ from: '2024-11', to: '2025-06' }).flatMap((m) => [rowOf('A', m, 0.2), rowOf('B', m, 0.3)]),
  ...monthsOf({ from: '2025-07', to: '2025-09' }).map((m) => rowOf('N', m, 0.4)),
  ...monthsOf(available).map((m) => rowOf('C', m, 0.1, m === '2025-08')),
]

function behind(metric: 'onlineRate' | 'postalRate', targetYears: number[], to = '2025-09') {
  return scopeMonthsBehind({
    rootId: 'R',
    tree,
    lineage,
    targets: indexTargets(targetYears.map((year) => ({ unitId: 'R', year, onlineRate: 0.5 }))),
    targetTrees: treesByYear(units),
    metric,
    available,
    to,
    // One request per unit, as a partition: every unit's own rows within the range.
    monthlyRows: (q) => {
      const ids = new Set(subtreeOf(tree, q.unit).map((u) => u.id))
      return ROWS.filter((r) => ids.has(r.unitId) && r.month >= q.from && r.month <= q.to)
    },
  })
}

describe('scopeMonthsBehind', () => {
  it('carries a new unit back through its predecessors to the first month with data', () => {
    const all = behind('onlineRate', [2024, 2025])
    expect(all.get('N')!.monthsBehind).toBe(11) // 2024-11 … 2025-09: A and B before 2025-07
    // R's rate leaves out only C's broken row (over the rows that report it): still below in every month.
    expect(all.get('R')!.monthsBehind).toBe(11)
  })

  it('a month voided by a broken rule ends the run', () => {
    expect(behind('onlineRate', [2024, 2025]).get('C')!.monthsBehind).toBe(1)
    expect(behind('onlineRate', [2024, 2025], '2025-07').get('C')!.monthsBehind).toBe(9)
  })

  it('a year without a target ends the run', () => {
    const all = behind('onlineRate', [2025])
    expect(all.get('N')!.monthsBehind).toBe(9) // 2025-01 … 2025-09
    expect(all.get('A')!.monthsBehind).toBe(0) // A ended in 2025-06: nothing after it
    expect(behind('onlineRate', [2025], '2025-06').get('A')!.monthsBehind).toBe(6)
  })

  it('a metric without targets: nobody is behind; the trend is the metric in each of its months', () => {
    const all = behind('postalRate', [2024, 2025])
    expect([...all.values()].every((b) => b.monthsBehind === 0)).toBe(true)
    const trend = behind('onlineRate', [2025]).get('N')!.trend
    expect(trend).toHaveLength(11) // 12 months ending 2025-09, within the data (from 2024-11)
    expect(trend.slice(0, 8)).toEqual(Array(8).fill(0.25)) // A + B: 50 of 200
    expect(trend.slice(8)).toEqual([0.4, 0.4, 0.4])
  })
})
