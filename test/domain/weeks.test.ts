import { describe, expect, it } from 'vitest'
import {
  addWeeks,
  isWeek,
  sameWeekLastYear,
  weekComparisonRange,
  weekDates,
  weekIndex,
  weekMonths,
  weekOfDate,
  weekPresetRange,
  weeksInYear,
  weeksOf,
  weeksTouchingMonth,
} from '../../src/domain/weeks'

describe('ISO weeks', () => {
  it.each([
    // 1 Jan 2026 is a Thursday: week 1 starts on Monday 29 Dec 2025
    ['2026-W01', '2025-12-29', '2026-01-04'],
    // 1 Jan 2025 is a Wednesday: week 1 starts on Monday 30 Dec 2024; week 27 is 30 Jun – 6 Jul
    ['2025-W01', '2024-12-30', '2025-01-05'],
    ['2025-W27', '2025-06-30', '2025-07-06'],
    ['2026-W48', '2026-11-23', '2026-11-29'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
  ])('%s runs from %s to %s', (week, monday, sunday) => {
    expect(weekDates(week)).toEqual({ monday, sunday })
    expect(weekOfDate(monday)).toBe(week)
    expect(weekOfDate(sunday)).toBe(week)
  })

  it.each([
    [
      '2026-W01',
      [
        { month: '2025-12', days: 3 },
        { month: '2026-01', days: 4 },
      ],
    ],
    [
      '2025-W27',
      [
        { month: '2025-06', days: 1 },
        { month: '2025-07', days: 6 },
      ],
    ],
    ['2026-W10', [{ month: '2026-03', days: 7 }]],
  ])('%s lies in the months %j', (week, months) => {
    expect(weekMonths(week)).toEqual(months)
  })

  it('knows which years have 53 weeks and which weeks exist', () => {
    expect([2020, 2024, 2025, 2026].map(weeksInYear)).toEqual([53, 52, 52, 53])
    expect(isWeek('2026-W53')).toBe(true)
    expect(isWeek('2025-W53')).toBe(false)
    expect(isWeek('2026-W00')).toBe(false)
    expect(isWeek('2026-05')).toBe(false)
    expect(() => weekIndex('2025-W53')).toThrow(RangeError)
  })

  it('counts across the year: 2025-W52 + 1 = 2026-W01, 2026-W01 − 2 = 2025-W51', () => {
    expect(addWeeks('2025-W52', 1)).toBe('2026-W01')
    expect(addWeeks('2026-W01', -2)).toBe('2025-W51')
    expect(weekIndex('2026-W01') - weekIndex('2025-W27')).toBe(26)
    expect(weeksOf({ from: '2025-W51', to: '2026-W02' })).toEqual(['2025-W51', '2025-W52', '2026-W01', '2026-W02'])
    expect(weeksOf({ from: '2026-W02', to: '2026-W01' })).toEqual([])
  })

  it('the weeks touching a month include both straddling ones: November 2026 is W44 … W49', () => {
    // 1 Nov 2026 is a Sunday (in W44, from 26 Oct); 30 Nov a Monday (in W49, to 6 Dec)
    expect(weeksTouchingMonth('2026-11')).toEqual([
      '2026-W44',
      '2026-W45',
      '2026-W46',
      '2026-W47',
      '2026-W48',
      '2026-W49',
    ])
    const days = weeksTouchingMonth('2026-11').map((w) => weekMonths(w).find((m) => m.month === '2026-11')!.days)
    expect(days.reduce((a, b) => a + b, 0)).toBe(30)
  })
})

describe('week presets and comparisons', () => {
  it.each([
    ['thisWeek', { from: '2026-W48', to: '2026-W48' }],
    ['lastWeek', { from: '2026-W47', to: '2026-W47' }],
    ['last4Weeks', { from: '2026-W45', to: '2026-W48' }],
    ['last13Weeks', { from: '2026-W36', to: '2026-W48' }],
  ] as const)('%s as of 2026-W48', (preset, range) => {
    expect(weekPresetRange(preset, '2026-W48')).toEqual(range)
  })

  it('week on week and the same week a year before, across the new year', () => {
    expect(weekComparisonRange({ from: '2026-W01', to: '2026-W02' }, 'previousPeriod')).toEqual({
      from: '2025-W51',
      to: '2025-W52',
    })
    expect(weekComparisonRange({ from: '2026-W01', to: '2026-W01' }, 'samePeriodLastYear')).toEqual({
      from: '2025-W01',
      to: '2025-W01',
    })
    // 2025 has no week 53
    expect(sameWeekLastYear('2026-W53')).toBe('2025-W52')
  })
})
