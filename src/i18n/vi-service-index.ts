// Vietnamese words of the service index screen (Chỉ số phục vụ) and the weekly view. Part of vi.ts.
export const viServiceIndex = {
  title: 'Chỉ số phục vụ người dân, doanh nghiệp',
  notOfficial:
    'Chỉ số do bảng điều khiển tự tính từ số liệu hồ sơ, không phải điểm chính thức được công bố ' +
    'trên Cổng Dịch vụ công quốc gia.',
  rule:
    'Cách tính: nhóm có tỷ lệ từ mức chuẩn trở lên được đủ điểm; dưới mức chuẩn được điểm theo tỷ lệ ' +
    '(điểm = điểm tối đa × tỷ lệ ÷ mức chuẩn). Trọng số các nhóm theo {source}.',
  total: '{points} / {max} điểm',
  totalLabel: 'Điểm các nhóm đo được',
  totalNote: '{unmeasured} không đo được từ số liệu hồ sơ nên không tính vào tổng.',
  noDataGroups: 'Chưa có số liệu: {groups}.',
  grain: 'Kỳ tính',
  byMonth: 'Theo tháng',
  byWeek: 'Theo tuần',
  week: 'Tuần',
  groupsTitle: 'Điểm theo nhóm chỉ số',
  groups: {
    progress: 'Tiến độ giải quyết',
    online: 'Dịch vụ công trực tuyến',
    onlinePayment: 'Thanh toán trực tuyến',
    satisfaction: 'Mức độ hài lòng',
    digitization: 'Số hóa hồ sơ',
    publicity: 'Công khai, minh bạch',
  },
  notMeasured: 'Không đo được từ số liệu này',
  noData: 'Không có số liệu',
  partlyReported: 'Chỉ tính trên các đơn vị có báo cáo',
  columns: {
    group: 'Nhóm chỉ số',
    measure: 'Đo bằng',
    rate: 'Tỷ lệ',
    target: 'Mức chuẩn đủ điểm',
    points: 'Điểm',
    maxPoints: 'Điểm tối đa',
    lost: 'Điểm bị mất',
    unit: 'Đơn vị',
    weight: 'Tỷ trọng hồ sơ',
    rank: 'Hạng',
  },
  changes: {
    month: 'So với tháng trước',
    period: 'So với kỳ trước',
    year: 'So với cùng kỳ năm trước',
    week: 'So với tuần trước',
    fourWeeks: 'So với 4 tuần trước',
  },
  lossesTitle: 'Đơn vị làm mất nhiều điểm nhất',
  lossesIntro:
    'Mỗi đơn vị tính theo tỷ trọng hồ sơ của nhóm chỉ số trong tổng của {unit}; điểm bị mất = tỷ ' +
    'trọng × số điểm đơn vị mất theo tỷ lệ của riêng mình. Thay đổi dương: mất thêm điểm.',
  noLosses: 'Không có đơn vị trực thuộc nào có số liệu cho nhóm này.',
  notMeasuredLosses: 'Nhóm này không đo được từ số liệu hồ sơ.',
  accountability: {
    title: 'Trách nhiệm giải quyết đúng hạn',
    chartTitle: 'Hồ sơ đã giải quyết theo thời hạn',
    early: 'Trước hạn',
    onTime: 'Đúng hạn',
    late: 'Quá hạn',
    backlog: 'Hồ sơ đang giải quyết quá hạn cuối kỳ',
    backlogValue: '{count} hồ sơ ({share} số hồ sơ đang giải quyết)',
    backlogBefore: 'Cuối kỳ trước: {count} hồ sơ ({change})',
    lateRate: 'Tỷ lệ giải quyết quá hạn trong kỳ: {rate}',
    overdue: 'Hồ sơ quá hạn',
    pending: 'Đang giải quyết',
    share: 'Tỷ lệ quá hạn',
    holdersTitle: 'Đơn vị đang giữ nhiều hồ sơ quá hạn nhất',
    holdersIntro:
      'Xếp theo số hồ sơ quá hạn, không theo tỷ lệ: một sở giữ 300 hồ sơ quá hạn cần xử lý trước một xã giữ 2.',
    noHolders: 'Không đơn vị trực thuộc nào đang giữ hồ sơ quá hạn.',
    period: 'Kỳ',
  },
}

// The service centre's weekly view of its departments.
export const viWeekly = {
  title: 'Theo dõi hằng tuần',
  intro: '{this} so với {last} và chỉ tiêu năm {year}.',
  presets: {
    thisWeek: 'Tuần này',
    lastWeek: 'Tuần trước',
    last4Weeks: '4 tuần gần nhất',
    last13Weeks: '13 tuần gần nhất',
  },
  periodLabel: 'Tuần',
  noWeeks: 'Máy chủ số liệu chỉ có số liệu theo tháng; chưa xem được theo tuần.',
  own: 'Toàn {unit}',
  kinds: {
    department: 'Sở, ban, ngành',
    district: 'Cấp huyện',
    commune: 'Cấp xã',
    province: 'Cấp tỉnh',
    country: 'Cả nước',
  },
  columns: {
    thisPeriod: 'Kỳ này',
    lastPeriod: 'Kỳ trước',
    change: 'Thay đổi',
    target: 'Chỉ tiêu',
    status: 'Đánh giá',
    volume: 'Số hồ sơ',
  },
  slippedTitle: 'Đơn vị giảm so với kỳ trước',
  slippedNone: 'Không đơn vị nào giảm so với kỳ trước.',
  fellBelow: 'xuống dưới chỉ tiêu',
  tableTitle: '{metric} theo đơn vị',
  print: 'In (một trang A4)',
}
