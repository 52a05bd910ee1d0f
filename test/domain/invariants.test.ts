import { describe, expect, it } from 'vitest'
import { mergeViolations, rowViolations, screenRows, type InvariantRule } from '../../src/domain/invariants'
import type { Totals } from '../../src/domain/totals'
import { row } from './helpers'

const good: Partial<Totals> = {
  received: 100, receivedOnline: 30, receivedPostal: 5, receivedOnlineFull: 10, receivedOnlineCapable: 80,
  resolved: 90, resolvedEarly: 50, resolvedOnTime: 35, resolvedLate: 5, pending: 20, pendingOverdue: 2,
  feeDossiers: 40, feePaidOnline: 12,
}

describe('rowViolations', () => {
  it('finds nothing in a good row', () => {
    expect(rowViolations(row('X', '2021-01', good))).toEqual([])
  })

  it.each<[InvariantRule, Partial<Totals>]>([
    ['onlinePostalWithinReceived', { receivedPostal: 75 }],
    ['onlineWithinCapable', { receivedOnlineCapable: 25 }],
    ['capableWithinReceived', { receivedOnlineCapable: 101 }],
    ['fullWithinOnline', { receivedOnlineFull: 31 }],
    ['overdueWithinPending', { pendingOverdue: 21 }],
    ['resolvedSplit', { resolvedLate: 6 }],
    ['feePaidWithinFees', { feePaidOnline: 41 }],
    ['feesWithinResolved', { feeDossiers: 91, feePaidOnline: 0 }],
  ])('names unit, month and rule for %s, and screenRows leaves the row out', (rule, change) => {
    const broken = row('X', '2021-03', { ...good, ...change })
    expect(rowViolations(broken)).toEqual([{ unitId: 'X', month: '2021-03', rule }])
    // screenRows' one-pass check must catch every rule the detailed one does.
    expect(screenRows([broken])).toEqual({ valid: [], violations: [{ unitId: 'X', month: '2021-03', rule }] })
  })
})

describe('screenRows', () => {
  it('leaves rule-breaking rows out of the figures and reports them', () => {
    const rows = [row('A', '2021-01', good), row('B', '2021-01', { ...good, pendingOverdue: 99 }), row('C', '2021-01', good)]
    const { valid, violations } = screenRows(rows)
    expect(valid.map((r) => r.unitId)).toEqual(['A', 'C'])
    expect(violations).toEqual([{ unitId: 'B', month: '2021-01', rule: 'overdueWithinPending' }])
  })
})

describe('mergeViolations', () => {
  it('keeps each (unit, month, rule) once, in the order first met', () => {
    const a = { unitId: 'P', month: '2021-01', rule: 'resolvedSplit' as const }
    const b = { unitId: 'C', month: '2021-01', rule: 'resolvedSplit' as const }
    const c = { unitId: 'P', month: '2021-02', rule: 'resolvedSplit' as const }
    const d = { unitId: 'P', month: '2021-01', rule: 'feesWithinResolved' as const }
    expect(mergeViolations([a, c], [b, { ...a }, d])).toEqual([a, c, b, d])
    expect(mergeViolations()).toEqual([])
  })
})
