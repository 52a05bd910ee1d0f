// A Biểu số 06/VPCP/KSTT sheet as offices lay it out, built by the tests from their own numbers.
import type { Cell } from '../../../src/domain/imports/types'

/** One unit's line: online, direct or postal, carried over; early, on time, late; within, overdue. */
export interface Bieu06Line {
  name: string
  online: number
  direct: number
  carried: number
  early: number
  onTime: number
  late: number
  within: number
  overdue: number
}

/** The title rows of a month's report: the form's number, its title, the period in words and in dates. */
export function bieu06Title(month: string): Cell[][] {
  const [year, mm] = month.split('-') as [string, string]
  const last = new Date(Date.UTC(Number(year), Number(mm), 0)).getUTCDate()
  return [
    ['Biểu số 06/VPCP/KSTT', null, null, null, null, null, null, null, null, 'Đơn vị báo cáo: UBND tỉnh'],
    ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
    [`Kỳ báo cáo: Tháng ${Number(mm)} năm ${year} (Từ ngày 01/${mm}/${year} đến ngày ${last}/${mm}/${year})`],
    ['Đơn vị tính: Số hồ sơ TTHC'],
  ]
}

export const BIEU06_TITLE = bieu06Title('2024-10')

export const BIEU06_HEADER: Cell[][] = [
  [
    'STT',
    'Đơn vị',
    'Số hồ sơ nhận giải quyết',
    null,
    null,
    null,
    'Số hồ sơ đã giải quyết',
    null,
    null,
    null,
    'Số hồ sơ đang giải quyết',
    null,
    null,
  ],
  [
    null,
    null,
    'Tổng số',
    'Trong kỳ: Trực tuyến',
    'Trong kỳ: Trực tiếp, dịch vụ bưu chính',
    'Từ kỳ trước chuyển qua',
    'Tổng số',
    'Trả trước hạn',
    'Trả đúng hạn',
    'Trả quá hạn',
    'Tổng số',
    'Chưa đến hạn (trong hạn)',
    'Quá hạn',
  ],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)'],
]

/** The 13 cells of a line, totals computed as the form asks. */
export function lineCells(stt: number | string, line: Bieu06Line): Cell[] {
  const resolved = line.early + line.onTime + line.late
  return [
    stt,
    line.name,
    line.online + line.direct + line.carried,
    line.online,
    line.direct,
    line.carried,
    resolved,
    line.early,
    line.onTime,
    line.late,
    line.within + line.overdue,
    line.within,
    line.overdue,
  ]
}

/** A whole sheet: title, header, a group row, the lines, a total row and the signatures. */
export function bieu06Cells(lines: Bieu06Line[], title: Cell[][] = BIEU06_TITLE, group = 'Cấp xã'): Cell[][] {
  const total = lines.reduce(
    (sum, line) => {
      const cells = lineCells('', line)
      return sum.map((value, i) => (i < 2 ? value : Number(value) + Number(cells[i])))
    },
    lineCells('', { name: '', online: 0, direct: 0, carried: 0, early: 0, onTime: 0, late: 0, within: 0, overdue: 0 }),
  )
  return [
    ...title,
    [],
    ...BIEU06_HEADER,
    ['I', group, null, null, null, null, null, null, null, null, null, null, null],
    ...lines.map((line, i) => lineCells(i + 1, line)),
    ['Tổng cộng', null, ...total.slice(2)],
    [],
    [null, 'Người lập biểu', null, null, null, null, null, null, 'Thủ trưởng đơn vị'],
  ]
}
