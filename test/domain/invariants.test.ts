import { describe, expect, it } from 'vitest'
import {
  mergeViolations,
  RULE_FIELDS,
  rowViolations,
  screenRows,
  type InvariantRule,
} from '../../src/domain/invariants'
import { groupViolations } from '../../src/domain/data-quality'
import { metricValue, type MetricId } from '../../src/domain/metrics'
import { overPeriod, rollupByUnit } from '../../src/domain/rollup'
import { COUNT_FIELDS, isFieldVoided, type Totals } from '../../src/domain/totals'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import { row } from './helpers'

const good: Partial<Totals> = {
  received: 100,
  receivedOnline: 30,
  receivedPostal: 5,
  receivedOnlineFull: 10,
  receivedOnlineCapable: 80,
  resolved: 90,
  resolvedEarly: 50,
  resolvedOnTime: 35,
  resolvedLate: 5,
  pending: 20,
  pendingOverdue: 2,
  feeDossiers: 40,
  feePaidOnline: 12,
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
  ])('names unit, month and rule for %s, and screenRows voids exactly the fields that rule reads', (rule, change) => {
    const broken = row('X', '2021-03', { ...good, ...change })
    expect(rowViolations(broken)).toEqual([{ unitId: 'X', month: '2021-03', rule }])
    // screenRows' one-pass check must catch every rule the detailed one does.
    const { valid, violations } = screenRows([broken])
    expect(violations).toEqual([{ unitId: 'X', month: '2021-03', rule }])
    const [screened] = valid
    for (const field of COUNT_FIELDS) {
      const isRead = RULE_FIELDS[rule].includes(field)
      expect(screened![field], field).toBe(isRead ? 0 : broken[field])
      expect(isFieldVoided(screened!, field), field).toBe(isRead)
    }
  })
})

// The case: at depth 1 a commune's July row sits inside its district's row; the district row's
// resolution counts do not add up. Only the metrics that read them may move; the online rate must not.
describe('screenRows: a bad row voids only what it breaks', () => {
  const units: UnitLike[] = [
    { id: 'P', code: 'P', name: 'Tỉnh', kind: 'province', parentId: null },
    { id: 'D1', code: 'D1', name: 'Huyện 1', kind: 'district', parentId: 'P' },
    { id: 'D2', code: 'D2', name: 'Huyện 2', kind: 'district', parentId: 'P' },
  ]
  const tree = buildUnitTree(units)
  const d1 = {
    received: 1000,
    receivedOnline: 150,
    receivedOnlineCapable: 800,
    resolved: 800,
    resolvedEarly: 500,
    resolvedOnTime: 200,
    resolvedLate: 100,
  }
  const d2 = {
    received: 3000,
    receivedOnline: 600,
    receivedOnlineCapable: 2500,
    resolved: 2000,
    resolvedEarly: 1000,
    resolvedOnTime: 900,
    resolvedLate: 100,
  }
  const broken = { ...d1, resolvedLate: 400 } // 500 + 200 + 400 ≠ 800
  const province = (d1Row: Partial<Totals>) => {
    const { valid, violations } = screenRows([row('D1', '2025-07', d1Row, true), row('D2', '2025-07', d2, true)])
    return { totals: overPeriod(rollupByUnit(valid, tree).get('P'), ['2025-07']), violations }
  }
  const value = (totals: Totals, metric: MetricId) => metricValue(metric, totals)

  it('keeps the district in every figure that does not read the broken fields', () => {
    const { totals, violations } = province(broken)
    expect(violations).toEqual([{ unitId: 'D1', month: '2025-07', rule: 'resolvedSplit' }])
    expect(totals.received).toBe(4000)
    expect(value(totals, 'onlineRate')).toEqual({ value: 750 / 4000, numerator: 750, denominator: 4000 })
    expect(isFieldVoided(totals, 'received')).toBe(false)
  })

  it('computes the metrics that read them over the rows that keep the rule, and marks them partial', () => {
    const { totals } = province(broken)
    expect(value(totals, 'onTimeRate')).toEqual({
      value: 1900 / 2000,
      numerator: 1900,
      denominator: 2000,
      isPartial: true,
    })
    // dossier satisfaction reads resolved and resolvedLate: D1's complaints and ratings leave with them
    expect(value(totals, 'dossierSatisfaction')).toMatchObject({ denominator: 2000, isPartial: true })
    expect(isFieldVoided(totals, 'resolved')).toBe(true)
  })

  it('gives no value, for a data-quality reason, when every row it could read broke the rule', () => {
    const { valid } = screenRows([row('D1', '2025-07', broken, true)])
    const totals = overPeriod(rollupByUnit(valid, tree).get('D1'), ['2025-07'])
    expect(value(totals, 'onTimeRate')).toEqual({ value: null, reason: 'dataQuality', isPartial: true })
    expect(value(totals, 'onlineRate').value).toBe(0.15)
  })

  it(
    'a progress index over a period leaves out the broken ' + "month's flows, its stocks only if it is the last month",
    () => {
      const stock = { pending: 100, pendingOverdue: 10 }
      const { valid } = screenRows([
        row('D1', '2025-06', { ...broken, ...stock }, true),
        row('D1', '2025-07', { ...d1, ...stock }, true),
      ])
      const totals = overPeriod(rollupByUnit(valid, tree).get('D1'), ['2025-06', '2025-07'])
      // July only: (500 + 200 + 90) / (800 + 100)
      expect(value(totals, 'progressIndex')).toMatchObject({ numerator: 790, denominator: 900, isPartial: true })
    },
  )
})

describe('screenRows: one row per unit and month', () => {
  it('drops an exact second copy and says so: never a doubled count', () => {
    const rows = [row('A', '2021-01', good), row('A', '2021-01', good), row('B', '2021-01', good)]
    const { valid, violations } = screenRows(rows)
    expect(valid.map((r) => r.unitId)).toEqual(['A', 'B'])
    expect(valid[0]!.received).toBe(100)
    expect(violations).toEqual([{ unitId: 'A', month: '2021-01', rule: 'duplicateRow' }])
  })

  it('voids the unit-month wholly when two rows disagree (no way to tell which is right)', () => {
    const { valid, violations } = screenRows([
      row('A', '2021-01', good),
      row('A', '2021-01', { ...good, received: 120 }),
    ])
    expect(valid).toHaveLength(1)
    expect(valid[0]!.received).toBe(0)
    expect(isFieldVoided(valid[0]!, 'received')).toBe(true)
    expect(metricValue('onlineRate', valid[0]!)).toEqual({ value: null, reason: 'dataQuality', isPartial: true })
    expect(violations).toEqual([{ unitId: 'A', month: '2021-01', rule: 'duplicateRow' }])
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

describe('groupViolations', () => {
  it('names each unit and rule once, its months as runs', () => {
    const v = (unitId: string, month: string, rule: 'resolvedSplit' | 'duplicateRow' = 'resolvedSplit') => ({
      unitId,
      month,
      rule,
    })
    expect(
      groupViolations([
        v('A', '2020-01'),
        v('A', '2020-02'),
        v('B', '2020-01'),
        v('A', '2020-04'),
        v('A', '2020-03', 'duplicateRow'),
      ]),
    ).toEqual([
      {
        unitId: 'A',
        rule: 'resolvedSplit',
        ranges: [
          { from: '2020-01', to: '2020-02' },
          { from: '2020-04', to: '2020-04' },
        ],
        months: 3,
      },
      { unitId: 'B', rule: 'resolvedSplit', ranges: [{ from: '2020-01', to: '2020-01' }], months: 1 },
      { unitId: 'A', rule: 'duplicateRow', ranges: [{ from: '2020-03', to: '2020-03' }], months: 1 },
    ])
  })
  it('runs weeks of weekly rows as weeks, across the turn of a year', () => {
    const v = (month: string) => ({ unitId: 'A', month, rule: 'resolvedSplit' as const })
    expect(groupViolations([v('2025-W52'), v('2026-W01'), v('2026-W03')])[0]!.ranges).toEqual([
      { from: '2025-W52', to: '2026-W01' },
      { from: '2026-W03', to: '2026-W03' },
    ])
  })
})
