import { describe, expect, it } from 'vitest'
import { formatMonthShort } from '../../src/domain/format'
import { structureLines } from '../../src/features/shared/structure-notes'
import { createTranslate } from '../../src/i18n/use-messages'
import { en } from '../../src/i18n/en'
import { vi } from '../../src/i18n/vi'

const translate = createTranslate((locale) => (locale === 'en' ? en : vi))
const tVi = (key: string, values?: Record<string, unknown>) => translate('vi', key, values)
const monthVi = (m: string) => formatMonthShort(m, 'vi')

describe('what a file says about its units', () => {
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
