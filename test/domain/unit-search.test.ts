import { describe, expect, it } from 'vitest'
import { distinctNames, searchUnits, unitPassage, unitSearchIndex, unitSpan } from '../../src/domain/unit-search'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import { REFORM_LINEAGE, REFORM_UNITS, V1_UNITS } from './reform-fixture'

const index = unitSearchIndex(REFORM_UNITS)
const byId = buildUnitTree(REFORM_UNITS).byId
const unit = (id: string) => byId.get(id)!
const ids = (units: UnitLike[]) => units.map((u) => u.id)

describe('finding units of both versions', () => {
  it.each([
    // Today's units first, then the old ones, each in the list's order.
    ['dong thap', ['p82', 'p87']],
    ['tan long', ['n30154', 'c30154']],
    ['THANH BINH', ['d874']],
    ['phu thuan', ['c30079']],
    ['tien giang', ['p82-old']],
    ['   ', []],
    ['khong co', []],
  ])('%j finds %j', (query, expected) => {
    expect(ids(searchUnits(index, query))).toEqual(expected)
  })

  it('puts the words as typed, together, before the same words apart', () => {
    const units: UnitLike[] = [
      { id: 'new', code: '1', name: 'Xã Bình Thành', kind: 'commune', parentId: null, validFrom: '2025-07' },
      { id: 'old', code: '2', name: 'Huyện Thanh Bình', kind: 'district', parentId: null, validTo: '2025-06' },
      { id: 'new2', code: '3', name: 'Xã Thanh Bình', kind: 'commune', parentId: null, validFrom: '2025-07' },
    ]
    expect(ids(searchUnits(unitSearchIndex(units), 'thanh binh'))).toEqual(['new2', 'old', 'new'])
    expect(ids(searchUnits(unitSearchIndex(units), 'thanh binh', 2))).toEqual(['new2', 'old'])
  })

  it('stops at the number asked for', () => {
    expect(searchUnits(index, 'xa', 3)).toHaveLength(3)
  })
})

describe('the years beside a name', () => {
  it.each([
    ['d874', { kind: 'until', month: '2025-06' }], // old: always
    ['p87', { kind: 'until', month: '2025-06' }],
    ['p82', { kind: 'from', month: '2025-07' }], // new, an old Tỉnh Đồng Tháp exists
    ['n30154', { kind: 'from', month: '2025-07' }], // new, an old Xã Tân Long exists
    ['n30079', null], // new Xã Thường Phước: no old unit of that name
    ['vn', null], // of all time
  ])('%s: %j', (id, expected) => {
    expect(unitSpan(index, unit(id))).toEqual(expected)
  })

  it('says none on a v1 list, where every unit exists always', () => {
    const v1 = unitSearchIndex(V1_UNITS)
    expect(V1_UNITS.map((u) => unitSpan(v1, u))).toEqual(V1_UNITS.map(() => null))
  })
})

describe('where a unit went or came from', () => {
  it.each([
    ['c30133', { kind: 'wentTo', names: ['Xã Tân Long'] }],
    ['c30079', { kind: 'wentTo', names: ['Xã Tân Long', 'Xã Thường Phước'] }], // split in part between two
    ['p82-old', { kind: 'wentTo', names: ['Tỉnh Đồng Tháp'] }],
    // A district had no successor: its area lies in what its province became.
    ['d874', { kind: 'areaNowIn', names: ['Tỉnh Đồng Tháp'] }],
    [
      'n30154',
      {
        kind: 'cameFrom',
        whole: ['Xã Tân Quới', 'Xã Tân Hòa', 'Xã Tân Huề', 'Xã Tân Bình', 'Xã Tân Long'],
        part: ['Xã Phú Thuận B'],
      },
    ],
    ['n30079', { kind: 'cameFrom', whole: [], part: ['Xã Phú Thuận B'] }],
    ['vn', null],
  ])('%s: %j', (id, expected) => {
    expect(unitPassage(unit(id), REFORM_LINEAGE, byId)).toEqual(expected)
  })

  it('says nothing without lineage (a v1 server)', () => {
    expect(unitPassage(unit('c30133'), [], byId)).toBeNull()
  })

  it('names two units of one name with their parents', () => {
    const units: UnitLike[] = [
      { id: 'a', code: '1', name: 'Tỉnh A', kind: 'province', parentId: null },
      { id: 'b', code: '2', name: 'Tỉnh B', kind: 'province', parentId: null },
      { id: 'a-tp', code: '1-tp', name: 'Sở Tư pháp', kind: 'department', parentId: 'a' },
      { id: 'b-tp', code: '2-tp', name: 'Sở Tư pháp', kind: 'department', parentId: 'b' },
      { id: 'b-yt', code: '2-yt', name: 'Sở Y tế', kind: 'department', parentId: 'b' },
    ]
    const map = buildUnitTree(units).byId
    expect(distinctNames(['a-tp', 'b-tp', 'b-yt', 'b-yt', 'missing'], map)).toEqual([
      'Sở Tư pháp (Tỉnh A)',
      'Sở Tư pháp (Tỉnh B)',
      'Sở Y tế',
    ])
  })
})
