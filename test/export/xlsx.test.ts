import JSZip from 'jszip'
import { readSheet } from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import type { ExportTable } from '../../src/export/table'
import { tablesToXlsx } from '../../src/export/xlsx'

const months: ExportTable = {
  sheet: 'Theo tháng',
  title: 'Diễn biến theo tháng',
  subtitle: 'Huyện Thanh Bình · Tháng 1/2021 – Tháng 6/2021',
  source: 'Nguồn: hệ thống một cửa điện tử · số liệu cập nhật 02/12/2026 18:09',
  columns: [
    { key: 'month', label: 'Tháng', kind: 'month' },
    { key: 'value', label: 'Tỷ lệ hồ sơ trực tuyến', kind: 'rate' },
    { key: 'change', label: 'Thay đổi', kind: 'points' },
    { key: 'online', label: 'Trực tuyến', kind: 'count' },
  ],
  rows: Array.from({ length: 30 }, (_, i) => ({
    month: `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    value: i / 40,
    change: (i - 10) / 1000,
    online: 100 * i,
  })),
}
const tiers: ExportTable = {
  ...months,
  sheet: 'Theo cấp tiếp nhận',
  title: 'Theo cấp tiếp nhận',
  rows: months.rows.slice(0, 3),
}

async function workbook() {
  const blob = await tablesToXlsx([months, tiers], {
    cover: { sheet: 'Thông tin', rows: [['Đơn vị', 'Huyện Thanh Bình']] },
    pointsUnit: 'điểm %',
  })
  return Buffer.from(await blob.arrayBuffer())
}

describe('tablesToXlsx', () => {
  it(
    'a sheet says its title, unit and period and source ' + 'above the table, then holds every row and column',
    async () => {
      const file = await workbook()
      const sheet = await readSheet(file, 'Theo tháng')
      expect(sheet[0]![0]).toBe(months.title)
      expect(sheet[1]![0]).toBe(months.subtitle)
      expect(sheet[2]![0]).toBe(months.source)
      const header = sheet.findIndex((r) => r[0] === 'Tháng')
      expect(sheet[header]).toEqual(['Tháng', 'Tỷ lệ hồ sơ trực tuyến', 'Thay đổi (điểm %)', 'Trực tuyến'])
      const body = sheet.slice(header + 1)
      expect(body).toHaveLength(months.rows.length)
      body.forEach((cells, i) => {
        const row = months.rows[i]!
        expect(cells[0]).toEqual(new Date(`${row.month}-01T00:00:00Z`)) // a real date, not text
        expect(cells[1]).toBeCloseTo(row.value as number, 10)
        expect(cells[2]).toBeCloseTo((row.change as number) * 100, 10)
        expect(cells[3]).toBe(row.online)
      })
      expect((await readSheet(file, 'Theo cấp tiếp nhận')).length).toBe(header + 1 + 3)
    },
  )

  it('prints A4 landscape fitted to the width with the header row repeated; months shown MM/yyyy; Arial', async () => {
    const zip = await JSZip.loadAsync(await workbook())
    const sheet = await zip.file('xl/worksheets/sheet2.xml')!.async('string')
    expect(sheet).toMatch(/<pageSetUpPr fitToPage="1"\/>/)
    expect(sheet).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"[^>]*paperSize="9" orientation="landscape"/)
    const book = await zip.file('xl/workbook.xml')!.async('string')
    expect(book).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Theo tháng\'!$5:$5</definedName>')
    expect(book).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="2">\'Theo cấp tiếp nhận\'!$5:$5</definedName>',
    )
    const styles = await zip.file('xl/styles.xml')!.async('string')
    expect(styles).toMatch(/formatCode="mm\/yyyy"/)
    expect(styles).toMatch(/<name val="Arial"\/>/)
  })
})
