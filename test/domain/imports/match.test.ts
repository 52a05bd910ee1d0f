import { describe, expect, it } from 'vitest'
import { unitMatcher } from '../../../src/domain/imports/match'
import { scopeOf } from './fixture'

describe('unitMatcher within a province before the reform (p87)', () => {
  const matcher = unitMatcher(scopeOf('p87'))
  it.each([
    ['c30133', '2024-10', { unitId: 'c30133' }],
    ['30133', '2024-10', { unitId: 'c30133' }],
    ['Xã Tân Quới', '2024-10', { unitId: 'c30133' }],
    ['UBND xã tân quới', '2024-10', { unitId: 'c30133' }],
    ['Tan Quoi', '2024-W41', { unitId: 'c30133' }],
    ['Thành phố Cao Lãnh', '2024-10', { unitId: 'd866' }], // the full name decides between city and district
    ['Huyện Cao Lãnh', '2024-10', { unitId: 'd870' }],
    ['Cao Lãnh', '2024-10', { reason: 'ambiguousUnit' }],
    ['Xã Tân Hòa', '2024-10', { reason: 'ambiguousUnit' }], // two districts have one
    ['Xã Mỹ Phong', '2024-10', { reason: 'outsideScope' }],
    ['28000', '2024-10', { reason: 'outsideScope' }],
    ['Xã Không Có', '2024-10', { reason: 'unknownUnit' }],
    ['Xã Tân Quới', '2025-08', { reason: 'notValidInPeriod' }],
    ['', '2024-10', { reason: 'missingValue' }],
  ])('%j in %s → %j', (text, period, expected) => {
    expect(matcher.match(text, period)).toEqual(expected)
  })
})

describe('unitMatcher within a district', () => {
  it('finds the one Xã Tân Hòa of Thanh Bình', () => {
    expect(unitMatcher(scopeOf('d874')).match('Tân Hòa', '2024-10')).toEqual({ unitId: 'c30136' })
  })
  it('codes repeat across versions: 82 is the new Đồng Tháp from 2025-07, Tiền Giang before', () => {
    const matcher = unitMatcher(scopeOf('p2025-82', 'p87', 'p82'))
    expect(matcher.match('82', '2025-08')).toEqual({ unitId: 'p2025-82' })
    expect(matcher.match('82', '2025-06')).toEqual({ unitId: 'p82' })
  })
})
