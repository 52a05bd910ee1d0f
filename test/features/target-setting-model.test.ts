import { describe, expect, it } from 'vitest'
import type { Target } from '../../src/api/contract'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import {
  rateOfPercent,
  targetSettingRows,
  targetUpdateOf,
} from '../../src/features/target-setting/target-setting-model'

const UNITS: UnitLike[] = [
  { id: 'p87', code: '87', name: 'Tỉnh Đồng Tháp', kind: 'province', parentId: null },
  { id: 'd874', code: '874', name: 'Huyện Thanh Bình', kind: 'district', parentId: 'p87' },
  { id: 'c1', code: '1', name: 'Xã Tân Quới', kind: 'commune', parentId: 'd874' },
  { id: 'd999', code: '999', name: 'Huyện Cũ', kind: 'district', parentId: 'p87', validTo: '2019-12' },
]
const tree = buildUnitTree(UNITS)
const targets: Target[] = [
  { unitId: 'p87', year: 2022, onlineRate: 0.5, onTimeRate: 0.95 },
  { unitId: 'd874', year: 2022, onlineRate: 0.6, setBy: 'lanhdao.tinh', setAt: '2026-12-02T10:00:00Z' },
  { unitId: 'c1', year: 2021, onlineRate: 0.9 }, // another year: not read
]

describe('targetSettingRows', () => {
  const rows = targetSettingRows(tree, targets, 'd874', 2022)
  it('lists the unit and its children that exist in the year', () => {
    expect(rows.map((r) => r.unit.id)).toEqual(['d874', 'c1'])
    expect(targetSettingRows(tree, targets, 'p87', 2022).map((r) => r.unit.id)).toEqual(['p87', 'd874'])
  })
  it.each([
    ['d874', 'onlineRate', { value: 0.6, source: 'own', fromUnitId: 'd874' }],
    ['d874', 'onTimeRate', { value: 0.95, source: 'inherited', fromUnitId: 'p87' }],
    ['c1', 'onlineRate', { value: 0.6, source: 'inherited', fromUnitId: 'd874' }],
    ['c1', 'digitizationRate', { value: null, source: 'none', fromUnitId: null }],
  ] as const)('%s %s → %j', (unitId, metric, cell) => {
    expect(rows.find((r) => r.unit.id === unitId)!.cells[metric]).toEqual(cell)
  })
  it('keeps who set a unit’s own targets', () => {
    expect(rows[0]).toMatchObject({ setBy: 'lanhdao.tinh', setAt: '2026-12-02T10:00:00Z' })
  })
})

describe('rateOfPercent', () => {
  it.each([
    ['80', 0.8],
    ['80,5', 0.805],
    ['0', 0],
    ['100', 1],
    ['', null],
    ['101', Number.NaN],
    ['-5', Number.NaN],
    ['abc', Number.NaN],
  ])('%j → %s', (text, rate) => {
    expect(rateOfPercent(text)).toBe(rate)
  })
})

describe('targetUpdateOf', () => {
  const [district, commune] = targetSettingRows(tree, targets, 'd874', 2022)
  it('sends only what changed: a new value, or null where an own value is emptied', () => {
    expect(targetUpdateOf(district!, 2022, { onlineRate: null, onTimeRate: null, satisfactionRate: 0.9 })).toEqual({
      unitId: 'd874',
      year: 2022,
      onlineRate: null,
      satisfactionRate: 0.9,
    })
  })
  it('nothing changed → no request', () => {
    expect(targetUpdateOf(commune!, 2022, { onlineRate: null, onTimeRate: null })).toBeNull()
  })
})
