import { describe, expect, it } from 'vitest'
import { formatPercent } from '../../src/domain/format'
import type { ExportWords } from '../../src/features/overview/overview-export'
import { trendFinding } from '../../src/features/overview/findings'
import { vi } from '../../src/i18n/vi'

// A tiny translator over the real Vietnamese messages, and the screen's percent.
const t = (key: string, values: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], vi) as string
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]))
}
const w = { t, percent: (r: number, d?: number) => formatPercent(r, 'vi', d) } as unknown as ExportWords
const months = Array.from({ length: 12 }, (_, i) => `2021-${String(i + 1).padStart(2, '0')}`)

describe('the trend slide states its finding', () => {
  it('a rise over 12 months still under the target, from the first and last months with a value', () => {
    const values = [null, 0.298, 0.31, 0.33, 0.3, 0.32, 0.34, 0.35, 0.36, 0.37, 0.38, 0.383]
    const finding = trendFinding('Tỷ lệ hồ sơ trực tuyến', { months, values, targets: months.map(() => 0.5) }, w)
    expect(finding).toBe('Tỷ lệ hồ sơ trực tuyến tăng từ 29,8% lên 38,3% trong 11 tháng, vẫn dưới chỉ tiêu 50,0%')
  })

  it('a fall that ends at the target says so; equal as written is no change; one value states nothing', () => {
    const targets = months.map(() => 0.3)
    const fall = trendFinding('Tỷ lệ', { months, values: [0.5, ...months.slice(1).map(() => 0.31)], targets }, w)
    expect(fall).toBe('Tỷ lệ giảm từ 50,0% xuống 31,0% trong 12 tháng, đạt chỉ tiêu 30,0%')
    const flat = trendFinding('Tỷ lệ', { months, values: [0.3831, 0.3834], targets: [null, null] }, w)
    expect(flat).toBe('Tỷ lệ giữ ở mức 38,3% trong 2 tháng')
    expect(trendFinding('Tỷ lệ', { months, values: [0.4], targets: [0.5] }, w)).toBeNull()
  })
})
