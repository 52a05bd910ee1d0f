import { describe, expect, it } from 'vitest'
import { foldVietnamese, matchesQuery } from '../../src/domain/text-search'

describe('diacritic-insensitive search', () => {
  it.each([
    ['Xã Tân Quới', 'tan quoi', true],
    ['Xã Tân Quới', 'TÂN QUỚI', true],
    ['Huyện Đồng Tháp', 'dong thap', true],
    ['Thị trấn Thanh Bình', 'thanh binh', true],
    ['Xã Tân Quới', 'tan hoa', false],
    ['Xã Tân Hòa', 'hoa tan', true],
    ['Xã Tân Hòa', '', true],
  ])('%s matches %j: %s', (name, query, expected) => {
    expect(matchesQuery(name, query)).toBe(expected)
  })

  it('folds đ and precomposed or decomposed forms alike', () => {
    expect(foldVietnamese('Đồng')).toBe('dong')
    expect(foldVietnamese('Qu\u01a1\u0301i')).toBe(foldVietnamese('Quới'))
  })
})
