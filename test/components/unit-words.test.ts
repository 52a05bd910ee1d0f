import { describe, expect, it } from 'vitest'
import { passageText, unitLabel } from '../../src/components/unit-words'
import { formatMonthShort } from '../../src/domain/format'
import { createTranslate } from '../../src/i18n/use-messages'
import { en } from '../../src/i18n/en'
import { vi } from '../../src/i18n/vi'

const translate = createTranslate((locale) => (locale === 'en' ? en : vi))
const tVi = (key: string, values?: Record<string, unknown>) => translate('vi', key, values)
const tEn = (key: string, values?: Record<string, unknown>) => translate('en', key, values)

describe('a unit said across the reorganisation', () => {
  it.each([
    [
      { kind: 'until', month: '2025-06' } as const,
      'Huyện Thanh Bình (đến 6/2025)',
      'Huyện Thanh Bình (until Jun 2025)',
    ],
    [{ kind: 'from', month: '2025-07' } as const, 'Huyện Thanh Bình (từ 7/2025)', 'Huyện Thanh Bình (from Jul 2025)'],
    [null, 'Huyện Thanh Bình', 'Huyện Thanh Bình'],
  ])('%j', (span, expectedVi, expectedEn) => {
    expect(unitLabel('Huyện Thanh Bình', span, tVi, (m) => formatMonthShort(m, 'vi'))).toBe(expectedVi)
    expect(unitLabel('Huyện Thanh Bình', span, tEn, (m) => formatMonthShort(m, 'en'))).toBe(expectedEn)
  })

  it.each([
    [{ kind: 'wentTo', names: ['Xã Tân Long', 'Xã An Hòa'] } as const, 'Nay thuộc: Xã Tân Long, Xã An Hòa'],
    [{ kind: 'wentTo', names: [] } as const, null],
    [{ kind: 'areaNowIn', names: ['Tỉnh Đồng Tháp'] } as const, 'Địa bàn nay thuộc: Tỉnh Đồng Tháp'],
    [
      { kind: 'cameFrom', whole: ['Xã Tân Quới', 'Xã Tân Hòa'], part: ['Xã Phú Thuận B'] } as const,
      'Hình thành từ: Xã Tân Quới, Xã Tân Hòa; một phần của Xã Phú Thuận B',
    ],
    [
      { kind: 'cameFrom', whole: ['Tỉnh Đồng Tháp', 'Tỉnh Tiền Giang'], part: [] } as const,
      'Hình thành từ: Tỉnh Đồng Tháp, Tỉnh Tiền Giang',
    ],
    [{ kind: 'cameFrom', whole: [], part: ['Xã Phú Thuận B'] } as const, 'Hình thành từ một phần của Xã Phú Thuận B'],
    [
      { kind: 'cameFrom', whole: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], part: [] } as const,
      'Hình thành từ: A, B, C, D, E, F và 2 đơn vị khác',
    ],
    [null, null],
  ])('%j reads %j', (passage, expected) => {
    expect(passageText(passage, tVi)).toBe(expected)
  })

  it('keeps a name that looks like markup as text', () => {
    const name = '<b onmouseover="x()">Xã</b> {count}'
    expect(passageText({ kind: 'wentTo', names: [name] }, tVi)).toBe(`Nay thuộc: ${name}`)
  })
})
