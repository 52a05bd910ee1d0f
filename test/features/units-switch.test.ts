import { describe, expect, it } from 'vitest'
import { unitsSwitchOf } from '../../src/features/shared/use-units-switch'
import { buildUnitTree } from '../../src/domain/units'
import type { ViewState } from '../../src/domain/view-state'
import { REFORM_LINEAGE, REFORM_UNITS } from '../domain/reform-fixture'

const tree = buildUnitTree(REFORM_UNITS)
const view = (unitId: string, from: string, to: string): ViewState => ({
  unitId,
  range: { from, to },
  comparison: 'previousPeriod',
  metric: 'onlineRate',
  group: null,
  minVolume: 0,
})
const of = (state: ViewState) => unitsSwitchOf('overview', tree.byId.get(state.unitId)!, state, tree, REFORM_LINEAGE)
const queryOf = (to: unknown) => (to as { query: Record<string, string> }).query

describe('the switch between the units of today and the former ones', () => {
  it('the new province over 2025: its two former provinces, each over the months to 2025-06', () => {
    const found = of(view('p82', '2025-01', '2025-12'))!
    expect(found.showsOld).toBe(false)
    expect(found.former.map((l) => [l.unitId, l.name])).toEqual([
      ['p87', 'Tỉnh Đồng Tháp'],
      ['p82-old', 'Tỉnh Tiền Giang'],
    ])
    expect(queryOf(found.former[0]!.to)).toMatchObject({ unit: 'p87', from: '2025-01', to: '2025-06' })
  })

  it.each([
    ['the new province after the reform: nothing to switch to', view('p82', '2025-08', '2025-12')],
    ['an abolished district: no unit of today to go to', view('d874', '2024-01', '2024-12')],
  ])('%s', (_, state) => {
    expect(of(state)).toBeNull()
  })

  it('an old commune that went whole into new Tân Long: back to it, same period', () => {
    const found = of(view('c30133', '2024-01', '2024-12'))!
    expect([found.showsOld, found.current?.unitId, found.lastOld]).toEqual([true, 'n30154', '2025-06'])
    expect(queryOf(found.current!.to)).toMatchObject({ unit: 'n30154', from: '2024-01', to: '2024-12' })
  })
})
