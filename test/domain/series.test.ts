import { describe, expect, it } from 'vitest'
import { rollupByUnit } from '../../src/domain/rollup'
import { yearsOf } from '../../src/domain/periods'
import { monthlyMetric, monthlyTargets } from '../../src/domain/series'
import { indexTargets } from '../../src/domain/targets'
import { buildUnitTree } from '../../src/domain/units'
import { row } from './helpers'

const tree = buildUnitTree([
  { id: 'P', code: '87', name: 'Tỉnh', kind: 'province', parentId: null },
  { id: 'C', code: '1', name: 'Xã', kind: 'commune', parentId: 'P' },
])

describe('monthly series', () => {
  it('gives each month its own ratio, null for a month without dossiers', () => {
    const rolled = rollupByUnit(
      [
        row('C', '2021-12', { received: 200, receivedOnline: 50 }),
        row('C', '2022-02', { received: 100, receivedOnline: 40 }),
      ],
      tree,
    )
    expect(monthlyMetric(rolled.get('P'), ['2021-12', '2022-01', '2022-02'], 'onlineRate')).toEqual([0.25, null, 0.4])
  })

  it("gives each month its year's target, and none for metrics without targets", () => {
    const index = indexTargets([
      { unitId: 'P', year: 2021, onlineRate: 0.3 },
      { unitId: 'P', year: 2022, onlineRate: 0.5 },
    ])
    expect(monthlyTargets(index, tree, 'C', 'onlineRate', ['2021-12', '2022-01'])).toEqual([0.3, 0.5])
    expect(monthlyTargets(index, tree, 'C', 'fullOnlineRate', ['2021-12'])).toEqual([null])
  })

  it('lists the years touched', () => {
    expect(yearsOf(['2021-11', '2021-12', '2022-01'])).toEqual([2021, 2022])
  })
})
