import { describe, expect, it } from 'vitest'
import { formatMonthShort } from '../../src/domain/format'
import { periodStructure } from '../../src/domain/reform'
import { structureLines, structureNoteText } from '../../src/features/shared/structure-notes'
import { createTranslate } from '../../src/i18n/use-messages'
import { en } from '../../src/i18n/en'
import { vi } from '../../src/i18n/vi'

const translate = createTranslate((locale) => (locale === 'en' ? en : vi))
const tVi = (key: string, values?: Record<string, unknown>) => translate('vi', key, values)
const tEn = (key: string, values?: Record<string, unknown>) => translate('en', key, values)
const monthVi = (m: string) => formatMonthShort(m, 'vi')

describe('which structure a period shows', () => {
  it.each([
    ['2024-01', '2025-06', 'old'],
    ['2025-06', '2025-06', 'old'],
    ['2025-01', '2025-07', 'crossing'],
    ['2024-07', '2026-06', 'crossing'],
    ['2025-07', '2026-11', 'new'],
    ['2026-11', '2026-11', 'new'],
  ] as const)('%s..%s: %s', (from, to, expected) => {
    expect(periodStructure({ from, to })).toBe(expected)
  })

  it('says it in words, in both languages', () => {
    expect(structureNoteText({ from: '2025-07', to: '2026-11' }, tVi, monthVi)).toBe(
      'Cơ cấu đơn vị: sau sắp xếp đơn vị hành chính (chính quyền địa phương hai cấp, từ 7/2025).',
    )
    expect(structureNoteText({ from: '2025-01', to: '2025-12' }, tVi, monthVi)).toContain(
      'số liệu các tháng trước 7/2025 là tổng của các đơn vị cũ hợp thành',
    )
    expect(structureNoteText({ from: '2021-01', to: '2021-12' }, tVi, monthVi)).toContain('trước sắp xếp')
    expect(structureNoteText({ from: '2021-01', to: '2021-12' }, tEn, (m) => formatMonthShort(m, 'en'))).toContain(
      'before the administrative reorganisation',
    )
  })

  it('lists the structure, then each incomplete history with its part predecessors', () => {
    const lines = structureLines(
      'Cơ cấu',
      [
        { unitName: 'Xã Tân Long', partPredecessorNames: ['Xã Phú Thuận B'] },
        { unitName: 'Xã An Hòa', partPredecessorNames: ['Xã A', 'Xã B'] },
      ],
      tVi,
      monthVi,
    )
    expect(lines).toEqual([
      'Cơ cấu',
      'Lịch sử chưa đầy đủ — Xã Tân Long: số liệu trước 7/2025 không gồm phần của Xã Phú Thuận B ' +
        '(chỉ nhập một phần vào đơn vị này).',
      'Lịch sử chưa đầy đủ — Xã An Hòa: số liệu trước 7/2025 không gồm phần của Xã A, Xã B ' +
        '(chỉ nhập một phần vào đơn vị này).',
    ])
    expect(structureLines('', [], tVi, monthVi)).toEqual([])
  })
})
