import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { meetingPackPdf } from '../../src/export/pdf'
import type { MeetingPack } from '../../src/export/pptx'
import type { ExportColumn, ExportTable, ExportValue } from '../../src/export/table'

const format = (column: ExportColumn, row: Record<string, ExportValue>) => {
  const value = row[column.key]
  if (typeof value !== 'number') return String(value ?? '—')
  return column.kind === 'points'
    ? `${value > 0 ? '+' : ''}${(value * 100).toFixed(1).replace('.', ',')} điểm %`
    : String(value)
}
const table = (title: string, count: number): ExportTable => ({
  sheet: title,
  title,
  columns: [
    { key: 'name', label: 'Đơn vị', kind: 'text' },
    { key: 'change', label: 'Thay đổi so với kỳ trước', kind: 'points' },
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ({
      key,
      label: `Số hồ sơ tiếp nhận ${key}`,
      kind: 'count' as const,
    })),
  ],
  rows: Array.from({ length: count }, (_, i) => ({
    name: `Xã Tân Phú Đông ${i + 1}`,
    change: 0.343,
    a: 123456,
    b: 1,
    c: 2,
    d: 3,
    e: 4,
    f: 5,
  })),
})

async function pagesOf(pack: MeetingPack): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'))
  const path = join(dir, 'pack.pdf')
  writeFileSync(path, Buffer.from(await (await meetingPackPdf(pack, {})).arrayBuffer()))
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '')
}

describe('meeting pack PDF', () => {
  const pack: MeetingPack = {
    title: 'Tiến độ dịch vụ công trực tuyến',
    unitName: 'Huyện Thanh Bình',
    periodLabel: 'Tháng 1/2021 – Tháng 6/2021',
    dateLine: 'Xuất ngày 02/12/2026 18:09',
    sourceLine: 'Nguồn: hệ thống một cửa điện tử',
    continued: '(tiếp)',
    sections: [
      { kind: 'table', heading: 'Chỉ số chính', table: table('Chỉ số chính', 3), formatValue: format },
      { kind: 'table', heading: 'Theo cấp tiếp nhận', table: table('Theo cấp', 4), formatValue: format },
      {
        kind: 'bar',
        heading: 'Xếp hạng theo tỷ lệ',
        labels: ['Xã Tân Quới', 'Xã An Phong'],
        values: [0.42, 0.12],
        target: 0.3,
        targetLabel: 'Chỉ tiêu: 30,0%',
        valueLabels: ['42,0%', '12,0%'],
        seriesNames: { met: 'Đạt', notMet: 'Chưa đạt' },
      },
      { kind: 'table', heading: '40 đơn vị chưa đạt', table: table('Chưa đạt', 40), formatValue: format },
    ],
  }

  it('small tables share a page, the ranking chart has its own with names, values and the target', async () => {
    const pages = await pagesOf(pack)
    const small = pages.filter((p) => p.includes('Chỉ số chính') && p.includes('Theo cấp tiếp nhận'))
    expect(small).toHaveLength(1)
    const ranking = pages.find((p) => p.includes('Xếp hạng theo tỷ lệ'))!
    expect(ranking).toMatch(/Xã Tân Quới\s+42,0%/)
    expect(ranking).toContain('Chỉ tiêu: 30,0%')
  })

  it('every row of a long table is there, and no "+34,3 điểm %" is wrapped', async () => {
    const text = (await pagesOf(pack)).join('\n')
    for (let i = 1; i <= 40; i++) expect(text).toMatch(new RegExp(`Xã Tân Phú Đông ${i}\\s+\\+34,3 điểm %`))
  })
})
