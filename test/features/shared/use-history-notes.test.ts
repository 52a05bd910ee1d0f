// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { structureAt } from '../../../src/domain/history-view'
import { buildUnitTree } from '../../../src/domain/units'
import type { ViewState } from '../../../src/domain/view-state'
import { historyLinesOf, useHistoryNotes } from '../../../src/features/shared/use-history-notes'
import { createAppI18n } from '../../../src/i18n'
import { en } from '../../../src/i18n/en'
import { REFORM_LINEAGE, REFORM_UNITS } from '../../domain/reform-fixture'

const tree = buildUnitTree(REFORM_UNITS)
const GAP = { partPredecessors: ['c30079'], incompleteBefore: '2025-07' }

function notesFor(locale: 'vi' | 'en', unitId: string, from: string, to: string, rows = [] as string[]) {
  const state: ViewState = {
    unitId,
    range: { from, to },
    comparison: 'previousPeriod',
    metric: 'onlineRate',
    group: null,
    minVolume: 0,
  }
  let notes!: ReturnType<typeof useHistoryNotes>
  mount(
    defineComponent({
      setup() {
        notes = useHistoryNotes({
          tree,
          lineage: REFORM_LINEAGE,
          unit: tree.byId.get(unitId)!,
          state,
          structure: structureAt(to < '2025-07' ? '2025-07' : to, REFORM_LINEAGE),
          gaps: new Map([
            ['n30154', GAP],
            ['n30079', GAP],
          ]),
          rows: rows.map((id) => ({ unitId: id, missingParts: ['c30079'] })),
        })
        return () => h('p')
      },
    }),
    { global: { plugins: [locale === 'en' ? createAppI18n('en', en) : createAppI18n('vi')] } },
  )
  return notes
}

describe('useHistoryNotes: what a view says about the reform', () => {
  it('Tân Long over 2025 (vi): the structure, its former communes, and Phú Thuận B left out, by name', () => {
    const notes = notesFor('vi', 'n30154', '2025-01', '2025-12')
    expect(historyLinesOf(notes, 'n30154')).toEqual([
      'Cơ cấu sau sắp xếp đơn vị hành chính (từ Tháng 7/2025)',
      'Số liệu trước Tháng 7/2025 là tổng số liệu của các đơn vị cũ hợp nhất vào: ' +
        'Xã Tân Quới, Xã Tân Hòa, Xã Tân Huề, Xã Tân Bình và Xã Tân Long.',
      'Lịch sử chưa đầy đủ: số liệu trước Tháng 7/2025 không gồm phần của Xã Phú Thuận B chuyển về.',
    ])
    expect(notes.incompleteHistories.value).toEqual([
      { unitId: 'n30154', unitName: 'Xã Tân Long', partPredecessorNames: ['Xã Phú Thuận B'], before: '2025-07' },
    ])
  })

  it('the same in English', () => {
    const lines = historyLinesOf(notesFor('en', 'n30154', '2025-01', '2025-12'), 'n30154')
    expect(lines[2]).toBe(
      'Incomplete history: figures before Jul 2025 leave out the part of Xã Phú Thuận B that moved in.',
    )
  })

  it('July 2025 against June: only the comparison is carried, and said so; the rows marked are counted', () => {
    const notes = notesFor('vi', 'p82', '2025-07', '2025-07', ['n30154', 'n30079'])
    expect(notes.carriedNote.value).toBe(
      'Kỳ so sánh trước Tháng 7/2025 dùng số liệu của các đơn vị cũ hợp nhất vào: Tỉnh Đồng Tháp và Tỉnh Tiền Giang.',
    )
    expect(historyLinesOf(notes, 'p82').at(-1)).toBe(
      '2 đơn vị có lịch sử chưa đầy đủ (có dấu bên cạnh số liệu, rê chuột hoặc chạm để xem).',
    )
  })

  it('after the reform, compared with the month before within it: the structure alone', () => {
    expect(historyLinesOf(notesFor('vi', 'n30154', '2026-11', '2026-11'), 'n30154')).toEqual([
      'Cơ cấu sau sắp xếp đơn vị hành chính (từ Tháng 7/2025)',
    ])
  })
})
