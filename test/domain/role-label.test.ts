import { describe, expect, it } from 'vitest'
import { roleLabelKey } from '../../src/domain/units'
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
