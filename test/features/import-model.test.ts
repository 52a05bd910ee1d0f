import { describe, expect, it } from 'vitest'
import type { ImportReport } from '../../src/api/contract'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'
import { commonUnit, overviewQueryOf, problemText, templateUnits } from '../../src/features/imports/import-model'
import { createAppI18n } from '../../src/i18n'

const UNITS: UnitLike[] = [
  { id: 'VN', code: 'VN', name: 'Việt Nam', kind: 'country', parentId: null },
  { id: 'p87', code: '87', name: 'Tỉnh Đồng Tháp', kind: 'province', parentId: 'VN', validTo: '2025-06' },
  { id: 'd874', code: '874', name: 'Huyện Thanh Bình', kind: 'district', parentId: 'p87', validTo: '2025-06' },
  { id: 'c1', code: '1', name: 'Xã Tân Quới', kind: 'commune', parentId: 'd874', validTo: '2025-06' },
  { id: 'c2', code: '2', name: 'Xã Tân Hòa', kind: 'commune', parentId: 'd874', validTo: '2025-06' },
  { id: 'd866', code: '866', name: 'Thành phố Cao Lãnh', kind: 'district', parentId: 'p87', validTo: '2025-06' },
  { id: 'p2025-82', code: '82', name: 'Tỉnh Đồng Tháp', kind: 'province', parentId: 'VN', validFrom: '2025-07' },
]
const tree = buildUnitTree(UNITS)

describe('where an import is seen', () => {
  it.each([
    [['c1'], 'c1'],
    [['c1', 'c2'], 'd874'],
    [['c1', 'd866'], 'p87'],
    [[], 'VN'],
    [['gone'], 'VN'],
  ])('%j → %s', (ids, unit) => {
    expect(commonUnit(tree, ids, 'VN')).toBe(unit)
  })

  it('the overview of an import spans its months and leaves its weeks out', () => {
    const report = { periods: ['2024-09', '2024-W41', '2024-10'], unitIds: ['c1', 'c2'] } as ImportReport
    expect(overviewQueryOf(report, tree, 'VN')).toEqual({ unit: 'd874', from: '2024-09', to: '2024-10' })
  })

  it('the template lists the units of its month below the country', () => {
    expect(templateUnits(UNITS, '2026-10').map((u) => u.id)).toEqual(['p2025-82'])
    expect(templateUnits(UNITS, '2024-10').map((u) => u.id)).toEqual(['p87', 'd874', 'c1', 'c2', 'd866'])
  })
})

describe('problemText', () => {
  const i18n = createAppI18n('vi')
  const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {})
  it.each([
    [{ row: 0, reason: 'tooLarge', params: { size: 20, limit: 10 } }, 'Tệp 20 MB vượt giới hạn 10 MB.'],
    [
      { row: 12, column: 'B', reason: 'outsideScope', params: { unit: 'Xã Mỹ Phong', period: '2024-10' } },
      'Đơn vị "Xã Mỹ Phong" nằm ngoài phạm vi quản lý của tài khoản.',
    ],
    [{ row: 9, column: 'J', reason: 'negative', params: { value: '-1' } }, 'Số âm "-1": số hồ sơ không thể âm.'],
  ])('%j', (problem, words) => {
    expect(problemText(t, problem)).toBe(words)
  })
})

describe('every reason the importer gives has words in both languages', async () => {
  const { IMPORT_REASONS } = await import('../../src/domain/imports/types')
  const { vi } = await import('../../src/i18n/vi')
  const { en } = await import('../../src/i18n/en')
  it.each(IMPORT_REASONS)('%s', (reason) => {
    expect(vi.imports.reasons[reason]).toBeTruthy()
    expect(en.imports.reasons[reason]).toBeTruthy()
  })
})
