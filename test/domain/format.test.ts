import { describe, expect, it } from 'vitest'
import {
  decidingDigits,
  formatCompactCount,
  formatCount,
  formatDateTime,
  formatMonthShort,
  formatMonth,
  formatMonthRange,
  formatPercent,
  formatPercentAgainst,
  formatPointChange,
  formatPoints,
  formatRelativeChange,
} from '../../src/domain/format'

describe('formatting', () => {
  it.each([
    ['vi', 76574, '76.574'],
    ['en', 76574, '76,574'],
    ['vi', 0, '0'],
    ['vi', 1234567, '1.234.567'],
  ] as const)('count in %s: %d → %s', (locale, value, expected) => {
    expect(formatCount(value, locale)).toBe(expected)
  })

  it.each([
    ['vi', 7610 / 76574, '9,9%'],
    ['en', 7610 / 76574, '9.9%'],
    ['vi', 1, '100,0%'],
    ['vi', 0, '0,0%'],
  ] as const)('percent in %s: %f → %s', (locale, value, expected) => {
    expect(formatPercent(value, locale)).toBe(expected)
  })

  it.each([
    ['vi', 0.012, '+1,2 điểm %'],
    ['vi', -0.012, '-1,2 điểm %'],
    ['en', 0.012, '+1.2 pp'],
    ['vi', 0, '0,0 điểm %'],
  ] as const)('point change in %s: %f → %s', (locale, value, expected) => {
    expect(formatPointChange(value, locale)).toBe(expected)
  })

  it.each([
    ['vi', 0.075, '7,5 điểm %'],
    ['en', 0.075, '7.5 pp'],
    ['vi', -0.02, '2,0 điểm %'],
  ] as const)('points in %s: %f → %s', (locale, value, expected) => {
    expect(formatPoints(value, locale)).toBe(expected)
  })

  it.each([
    ['vi', 7610 / 5400 - 1, '+40,9%'],
    ['en', -0.05, '-5.0%'],
  ] as const)('relative change in %s: %f → %s', (locale, value, expected) => {
    expect(formatRelativeChange(value, locale)).toBe(expected)
  })

  it.each([
    ['vi', '2021-06', 'Tháng 6/2021'],
    ['en', '2021-06', 'Jun 2021'],
    ['vi', '2020-12', 'Tháng 12/2020'],
  ] as const)('month in %s: %s → %s', (locale, month, expected) => {
    expect(formatMonth(month, locale)).toBe(expected)
  })

  it('formats a range and a single month', () => {
    expect(formatMonthRange({ from: '2021-01', to: '2021-06' }, 'vi')).toBe('Tháng 1/2021 – Tháng 6/2021')
    expect(formatMonthRange({ from: '2021-06', to: '2021-06' }, 'en')).toBe('Jun 2021')
  })

  it('formats a timestamp in Vietnam time', () => {
    expect(formatDateTime('2023-01-05T00:00:00Z', 'vi')).toBe('07:00 05/01/2023')
    expect(formatDateTime('2023-01-05T00:00:00Z', 'en')).toBe('5 Jan 2023, 07:00')
    // Across a day and a year boundary, and with an offset in the input.
    expect(formatDateTime('2022-12-31T17:30:00Z', 'vi')).toBe('00:30 01/01/2023')
    expect(formatDateTime('2022-06-30T23:59:00+07:00', 'vi')).toBe('23:59 30/06/2022')
    expect(formatDateTime('not a date', 'vi')).toBe('not a date')
  })

  it('writes English dates and axis months with the month named, never as an ambiguous 1/5/2023 or Jun 21', () => {
    expect(formatDateTime('2023-05-01T03:00:00Z', 'en')).toBe('1 May 2023, 10:00')
    expect(formatMonthShort('2021-06', 'en')).toBe('Jun 2021')
    expect(formatMonthShort('2021-06', 'vi')).toBe('6/2021')
  })

  it("writes large counts compactly for chart axes, in the reader's language, as Intl's compact notation does", () => {
    expect(formatCompactCount(1_234_567, 'en')).toBe('1.2M')
    expect(formatCompactCount(1_234_567, 'vi')).toMatch(/^1,2\s?Tr$/i)
    expect(formatCompactCount(950, 'vi')).toBe('950')
    // Edges of rounding (half up, up into the next word) and of each word, then values over every magnitude.
    const values = [1000, 1049, 1050, 1250, 9999, 99_949, 99_950, 999_949, 999_950, 1e6, 999_999_999, 1.26e9, 1e12]
    values.push(999.95e12, 1e15, 2.5e16, -12_345, -999_950, -1.5e6, 1049.9999, 1050.0001)
    for (let i = 0; i < 3000; i += 1) values.push(Math.round(1000 * 1.0123 ** i) * (i % 7 === 0 ? -1 : 1))
    for (const [locale, tag] of [
      ['vi', 'vi-VN'],
      ['en', 'en-US'],
    ] as const) {
      const intl = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 })
      for (const value of values)
        expect([value, formatCompactCount(value, locale)]).toEqual([value, intl.format(value)])
    }
  })
})

describe('a rate beside its target never reads as the target when its status differs', () => {
  it.each([
    // value, target, vi text
    [0.9496, 0.95, '94,96%'],
    [0.94996, 0.95, '94,996%'],
    [0.95, 0.95, '95,0%'],
    [0.9512, 0.95, '95,1%'],
    [0.2, 0.3, '20,0%'],
    [0.4996, null, '50,0%'],
  ])('%s against %s reads %s', (value, target, text) => {
    expect(formatPercentAgainst(value, target, 'vi')).toBe(text)
    if (target !== null && value < target)
      expect(formatPercentAgainst(value, target, 'vi')).not.toBe(formatPercent(target, 'vi'))
  })

  it('keeps deciding in whole percent too (the heat-map): 49,6 against 50 reads 49,6, not 50', () => {
    expect(decidingDigits(0.496, 0.5, 0)).toBe(1)
    expect(decidingDigits(0.48, 0.5, 0)).toBe(0)
  })

  it('a gap that is not zero never reads 0,0 points', () => {
    expect(formatPoints(0.95 - 0.9496, 'vi')).toBe('0,04 điểm %')
    expect(formatPoints(0.075, 'vi')).toBe('7,5 điểm %')
    expect(formatPoints(0, 'en')).toBe('0.0 pp')
  })
})

describe('period keys of weeks', () => {
  it.each<[string, 'vi' | 'en', string, string]>([
    ['2026-W48', 'vi', 'Tuần 48/2026 (23/11 – 29/11)', 'T48/2026'],
    ['2026-W01', 'vi', 'Tuần 1/2026 (29/12 – 4/1)', 'T1/2026'],
    ['2026-W48', 'en', 'Week 48, 2026 (23 Nov – 29 Nov)', 'W48 2026'],
  ])('names %s in %s', (week, locale, long, short) => {
    expect(formatMonth(week, locale)).toBe(long)
    expect(formatMonthShort(week, locale)).toBe(short)
  })

  it.each<[{ from: string; to: string }, 'vi' | 'en', string]>([
    [{ from: '2026-W45', to: '2026-W48' }, 'vi', 'Tuần 45 – 48/2026 (2/11 – 29/11)'],
    [{ from: '2026-W45', to: '2026-W48' }, 'en', 'Weeks 45–48, 2026 (2 Nov – 29 Nov)'],
    [{ from: '2025-W52', to: '2026-W02' }, 'vi', 'Tuần 52/2025 – Tuần 2/2026 (22/12 – 11/1)'],
    [{ from: '2026-W48', to: '2026-W48' }, 'vi', 'Tuần 48/2026 (23/11 – 29/11)'],
  ])('names the weeks %j in %s', (range, locale, expected) => {
    expect(formatMonthRange(range, locale)).toBe(expected)
  })
})
