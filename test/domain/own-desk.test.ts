import { describe, expect, it } from 'vitest'
import { ownDeskFigure } from '../../src/domain/own-desk'
import { rollupByUnit } from '../../src/domain/rollup'
import { buildUnitTree } from '../../src/domain/units'
import { row } from './helpers'

const tree = buildUnitTree([
  { id: 'D', code: '874', name: 'Huyện D', kind: 'district', parentId: null },
  { id: 'A', code: '1', name: 'Xã A', kind: 'commune', parentId: 'D' },
  { id: 'B', code: '2', name: 'Xã B', kind: 'commune', parentId: 'D' },
])

describe('ownDeskFigure', () => {
  const rows = [
    row('D', '2021-01', { received: 1000, receivedOnline: 150 }), // the district's own desk
    row('D', '2021-02', { received: 800, receivedOnline: 200 }),
    row('A', '2021-01', { received: 300, receivedOnline: 90 }, true),
    row('B', '2021-02', { received: 200, receivedOnline: 100 }, true),
  ]
  const rolled = rollupByUnit(rows, tree)

  it("is the unit's own rows over the period, its children left out", () => {
    const desk = ownDeskFigure(rolled, tree, 'D', { from: '2021-01', to: '2021-02' }, 'onlineRate')!
    expect(desk.totals.received).toBe(1800)
    expect(desk.value).toEqual({ value: 350 / 1800, numerator: 350, denominator: 1800 })
  })

  it('is null for a unit with no children, or with no dossiers of its own', () => {
    expect(ownDeskFigure(rolled, tree, 'A', { from: '2021-01', to: '2021-02' }, 'onlineRate')).toBeNull()
    const childrenOnly = rollupByUnit(
      rows.filter((r) => r.unitId !== 'D'),
      tree,
    )
    expect(ownDeskFigure(childrenOnly, tree, 'D', { from: '2021-01', to: '2021-02' }, 'onlineRate')).toBeNull()
  })
})
