import { describe, expect, it } from 'vitest'
import {
  buildUnitTree,
  parentNameOf,
  roleLabelKey,
  subtreeOf,
  unitTreeOf,
  unitTreeProblem,
} from '../../src/domain/units'
import { vi } from '../../src/i18n/vi'
import { en } from '../../src/i18n/en'

describe('roleLabelKey', () => {
  it('names a user whose scope is the whole country for the central level, not as a provincial leader', () => {
    expect(roleLabelKey('province_leader', 'country')).toBe('central')
    expect(vi.roles[roleLabelKey('province_leader', 'country') as keyof typeof vi.roles]).toBe('Cấp trung ương')
    expect(en.roles[roleLabelKey('province_leader', 'country') as keyof typeof en.roles]).toBe('Central level')
  })

  it('keeps the contract role for a province or district scope, or while the scope is unknown', () => {
    expect(roleLabelKey('province_leader', 'province')).toBe('province_leader')
    expect(roleLabelKey('district_chair', 'district')).toBe('district_chair')
    expect(roleLabelKey('staff', null)).toBe('staff')
  })
})

describe('parentNameOf', () => {
  it('names the unit a commune belongs to, and nothing above the top', () => {
    const tree = buildUnitTree([
      { id: 'p87', code: '87', name: 'Tỉnh Đồng Tháp', kind: 'province', parentId: null },
      { id: 'd874', code: '874', name: 'Huyện Thanh Bình', kind: 'district', parentId: 'p87' },
      { id: 'c1', code: '1', name: 'Xã Tân Bình', kind: 'commune', parentId: 'd874' },
    ])
    expect(parentNameOf(tree, 'c1')).toBe('Huyện Thanh Bình')
    expect(parentNameOf(tree, 'p87')).toBe('')
  })
})

describe('unitTreeProblem', () => {
  const unit = (id: string, parentId: string | null) => ({
    id,
    code: id,
    name: `Đơn vị ${id}`,
    kind: 'district' as const,
    parentId,
  })
  it.each([
    ['a tree', [unit('P', null), unit('A', 'P'), unit('B', 'A')], 'P', null],
    ['an empty list', [], 'P', { kind: 'empty' }],
    ['a list without the scope root', [unit('A', null)], 'P', { kind: 'rootMissing', rootId: 'P' }],
    ['a unit that is its own parent', [unit('P', null), unit('A', 'A')], 'P', { kind: 'cycle', unitIds: ['A'] }],
    [
      'a cycle through the root',
      [unit('P', 'B'), unit('A', 'P'), unit('B', 'A')],
      'P',
      { kind: 'cycle', unitIds: ['P', 'B', 'A'] },
    ],
  ])('%s', (_name, units, root, expected) => {
    expect(unitTreeProblem(units, root)).toEqual(expected)
  })

  it('a self-parent unit never makes a walk down the tree endless', () => {
    const tree = buildUnitTree([unit('P', null), unit('A', 'A')])
    expect(subtreeOf(tree, 'A').map((u) => u.id)).toEqual(['A'])
  })
})

describe('unitTreeOf', () => {
  it('builds one tree per unit list: every reader of the same answer shares it', () => {
    const units = [
      { id: 'P', code: 'P', name: 'Tỉnh', kind: 'province' as const, parentId: null },
      { id: 'A', code: 'A', name: 'Huyện', kind: 'district' as const, parentId: 'P' },
    ]
    expect(unitTreeOf(units)).toBe(unitTreeOf(units))
    expect(unitTreeOf([...units])).not.toBe(unitTreeOf(units))
    expect(subtreeOf(unitTreeOf(units), 'P').map((u) => u.id)).toEqual(['P', 'A'])
  })
})
