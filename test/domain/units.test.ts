import { describe, expect, it } from 'vitest'
import { buildUnitTree, parentNameOf, roleLabelKey } from '../../src/domain/units'
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
