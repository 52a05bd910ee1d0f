// The overview's view model after a one-door report without the postal split: the cards and the trend's
// channels say "not reported" (null) or over how many units, from hand-worked rows.
import { describe, expect, it } from 'vitest'
import { rollupByUnit } from '../../src/domain/rollup'
import { indexTargets } from '../../src/domain/targets'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import { completeRow } from '../../src/domain/unreported'
import { kpiModel, trendModel, type OverviewInput } from '../../src/features/overview/overview-model'
import { row } from '../domain/helpers'

const unit = (id: string, parentId: string | null): UnitLike => ({
  id,
  code: id,
  name: id,
  kind: parentId ? 'commune' : 'district',
  parentId,
})
const tree = buildUnitTree([unit('d', null), unit('c1', 'd'), unit('c2', 'd')])
/** c1 imported from Biểu 06 (no postal split) in both months; c2 reports everything, in May only. */
function withoutPostal(month: string) {
  const { receivedPostal: _, ...rest } = row('c1', month, {
    received: 100,
    receivedOnline: 60,
    receivedOnlineCapable: 100,
  })
  return completeRow(rest)
}
const rows = [
  withoutPostal('2026-05'),
  withoutPostal('2026-06'),
  row('c2', '2026-05', { received: 50, receivedOnline: 10, receivedPostal: 15, receivedOnlineCapable: 50 }),
]
const input = (from: string, to: string): OverviewInput => ({
  state: {
    unitId: 'd',
    range: { from, to },
    comparison: 'previousPeriod',
    metric: 'onlineRate',
    group: null,
    minVolume: 0,
  },
  rolled: rollupByUnit(rows, tree),
  tree,
  targets: indexTargets([]),
  available: { from: '2026-05', to: '2026-06' },
  history: ['2026-05', '2026-06'],
  rows,
})

describe('the overview model with a unit that does not report the postal split', () => {
  it('gives the period card postal 15 by 1 of 2 units, desk 50 − 10 − 15 = 25', () => {
    const { received } = kpiModel(input('2026-05', '2026-05'))
    expect(received.received).toBe(150)
    expect(received.online).toMatchObject({ value: 70, status: 'reported' })
    expect(received.postal).toEqual({ value: 15, status: 'partlyReported', reportedUnits: 1, totalUnits: 2 })
    expect(received.desk).toMatchObject({ value: 25, status: 'partlyReported' })
  })

  it('has no postal value in a month no unit reported it, not 0', () => {
    const { received } = kpiModel(input('2026-06', '2026-06'))
    expect(received.postal).toMatchObject({ value: null, status: 'notReported' })
    expect(received.desk.value).toBeNull()
  })

  it("gives the trend's channels month by month: postal 15 then null, online 70 then 60", () => {
    const { channels } = trendModel(input('2026-05', '2026-06'))
    expect(channels).toEqual({ online: [70, 60], postal: [15, null], desk: [25, null] })
  })
})
