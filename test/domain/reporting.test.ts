// "Not reported is not zero" (CONTRACT.md): hand-worked subtrees where some or all units leave counts out.
import { describe, expect, it } from 'vitest'
import { screenRows } from '../../src/domain/invariants'
import { receivedKpi } from '../../src/domain/kpis'
import { metricFields, metricValue } from '../../src/domain/metrics'
import { deskCount, reportedCount, reportingOf, rowsWithin } from '../../src/domain/reporting'
import { overPeriod, rollupByUnit } from '../../src/domain/rollup'
import { emptyTotals, type CountField, type StatRowLike, type Totals } from '../../src/domain/totals'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import { completeRow } from '../../src/domain/unreported'
import { row } from './helpers'

const unit = (id: string, parentId: string | null): UnitLike => ({
  id,
  code: id,
  name: id,
  kind: parentId ? 'commune' : 'district',
  parentId,
})
const tree = buildUnitTree([unit('d', null), ...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => unit(id, 'd'))])
const MONTH = '2026-05'

/** A row as a one-door report sends it: without the given counts (then completed as the API client does). */
function sent(unitId: string, counts: Partial<Totals>, lacking: readonly CountField[] = []): StatRowLike {
  // Every online-capable dossier is one received (so receivedOnline ≤ capable ≤ received holds).
  const full: Record<string, unknown> = { ...row(unitId, MONTH, { receivedOnlineCapable: counts.received, ...counts }) }
  for (const field of lacking) delete full[field]
  return completeRow(full as Parameters<typeof completeRow>[0])
}
const districtTotals = (rows: StatRowLike[]) => overPeriod(rollupByUnit(screenRows(rows).valid, tree).get('d'), [MONTH])

describe('a subtree where 2 of 5 units lack the postal split', () => {
  // c1, c2: a Biểu 06 import (no receivedPostal); c3..c5 report every channel.
  const rows = [
    sent('c1', { received: 100, receivedOnline: 40 }, ['receivedPostal']),
    sent('c2', { received: 50, receivedOnline: 10 }, ['receivedPostal']),
    sent('c3', { received: 200, receivedOnline: 80, receivedPostal: 20 }),
    sent('c4', { received: 30, receivedOnline: 0, receivedPostal: 5 }),
    sent('c5', { received: 20, receivedOnline: 5, receivedPostal: 0 }),
  ]
  const totals = districtTotals(rows)

  it.each([
    { fields: ['receivedPostal'], reportedUnits: 3, totalUnits: 5 },
    { fields: ['receivedOnline'], reportedUnits: 5, totalUnits: 5 },
    { fields: ['receivedOnline', 'receivedPostal'], reportedUnits: 3, totalUnits: 5 },
  ] as const)('$fields is reported by $reportedUnits of $totalUnits units', ({ fields, ...expected }) => {
    expect(reportingOf(rows, fields)).toEqual(expected)
  })

  it('sums postal over the 3 reporting units (20 + 5 + 0), never adding a 0 for the others', () => {
    expect(reportedCount(totals, 'receivedPostal', reportingOf(rows, ['receivedPostal']))).toEqual({
      value: 25,
      status: 'partlyReported',
      reportedUnits: 3,
      totalUnits: 5,
    })
  })

  it('counts the desk over the rows with both channels: (200 + 30 + 20) − (80 + 0 + 5) − 25 = 140', () => {
    const desk = deskCount(totals, reportingOf(rows, ['receivedOnline', 'receivedPostal']))
    expect(desk).toMatchObject({ value: 140, status: 'partlyReported' })
  })

  it('gives the postal rate over the reporting units only (25 / 250), partly reported, not a rule broken', () => {
    const rate = metricValue('postalRate', totals)
    expect(rate).toMatchObject({ value: 25 / 250, numerator: 25, denominator: 250, isPartlyReported: true })
    expect(rate).not.toHaveProperty('isPartial')
  })

  it('leaves the online rate whole: every unit reports it (135 / 400)', () => {
    expect(metricValue('onlineRate', totals)).toEqual({ value: 135 / 400, numerator: 135, denominator: 400 })
  })

  it('gives the received card its channels with their reporting', () => {
    const baselines = { previousPeriod: emptyTotals(), samePeriodLastYear: emptyTotals() }
    const kpi = receivedKpi(totals, baselines, {
      online: reportingOf(rows, ['receivedOnline']),
      postal: reportingOf(rows, ['receivedPostal']),
      desk: reportingOf(rows, ['receivedOnline', 'receivedPostal']),
    })
    expect(kpi).toMatchObject({
      received: 400,
      online: { value: 135, status: 'reported' },
      postal: { value: 25, status: 'partlyReported', reportedUnits: 3, totalUnits: 5 },
      desk: { value: 140 },
      isPartial: false,
    })
  })

  it('takes only the rows of the subtree and the period', () => {
    const other = [...rows, row('x', MONTH, { received: 1 }), row('c1', '2026-04', { received: 1 })]
    expect(rowsWithin(other, tree, 'd', [MONTH])).toEqual(rows)
    expect(rowsWithin(other, tree, 'c3', [MONTH])).toEqual([rows[2]])
  })
})

describe('a subtree where no unit reports ratings', () => {
  const RATINGS = ['ratedVerySatisfied', 'ratedSatisfied', 'ratedDissatisfied'] as const
  const rows = [
    sent('c1', { received: 100, resolved: 80, resolvedEarly: 80 }, RATINGS),
    sent('c2', { received: 50, resolved: 40, resolvedOnTime: 40 }, RATINGS),
    sent('c3', { received: 10, resolved: 5, resolvedLate: 5 }, RATINGS),
  ]
  const totals = districtTotals(rows)

  it('has no satisfaction rate: "not reported", not a data-quality fault and not 0%', () => {
    expect(metricValue('satisfactionRate', totals)).toEqual({ value: null, reason: 'notReported' })
    expect(reportingOf(rows, metricFields('satisfactionRate'))).toEqual({ reportedUnits: 0, totalUnits: 3 })
  })

  it('has no count of ratings: null, never 0', () => {
    expect(reportedCount(totals, 'ratedSatisfied', reportingOf(rows, ['ratedSatisfied']))).toMatchObject({
      value: null,
      status: 'notReported',
    })
  })

  it('still gives what they did report: on time (80 + 40) / 125', () => {
    expect(metricValue('onTimeRate', totals)).toEqual({ value: 120 / 125, numerator: 120, denominator: 125 })
  })
})

describe('a broken rule is still a data-quality fault', () => {
  it('voids the resolution of a row whose early + on time + late ≠ resolved, beside a row without ratings', () => {
    const rows = [
      sent('c1', { received: 10, resolved: 10, resolvedEarly: 3 }), // 3 ≠ 10
      sent('c2', { received: 10, resolved: 4, resolvedEarly: 4 }, ['ratedSatisfied']),
    ]
    const totals = districtTotals(rows)
    expect(metricValue('onTimeRate', totals)).toMatchObject({ value: 1, denominator: 4, isPartial: true })
    expect(metricValue('onTimeRate', totals)).not.toHaveProperty('isPartlyReported')
  })
})
