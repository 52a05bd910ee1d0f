// The period functions on ISO weeks: the same range arithmetic as months, checked against calendar facts
// (2026-W01 starts on Monday 2025-12-29; 2026 has 53 weeks, 2025 has 52).
import { describe, expect, it } from 'vitest'
import {
  clipRange,
  comparisonRange,
  coveringRange,
  fetchWindow,
  grainOf,
  lastMonthOfRange,
  monthsCovering,
  monthsOf,
  rangeLength,
  scanWindow,
  shiftPeriod,
  trendMonths,
  yearsOf,
  type Comparison,
  type MonthRange,
} from '../../src/domain/periods'
import { weekDates, weeksInYear } from '../../src/domain/weeks'

const weeks: MonthRange = { from: '2025-W27', to: '2026-W49' }

describe('calendar facts the tables below rely on', () => {
  it('has 2026-W01 start in 2025 and 2026 end with week 53', () => {
    expect(weekDates('2026-W01')).toEqual({ monday: '2025-12-29', sunday: '2026-01-04' })
    expect(weeksInYear(2026)).toBe(53)
    expect(weeksInYear(2025)).toBe(52)
    expect(weekDates('2026-W53')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' })
  })
})

describe('keys and lengths of week ranges', () => {
  it.each<[MonthRange, string[]]>([
    [{ from: '2025-W52', to: '2026-W02' }, ['2025-W52', '2026-W01', '2026-W02']],
    [{ from: '2026-W52', to: '2027-W01' }, ['2026-W52', '2026-W53', '2027-W01']],
    [{ from: '2026-W05', to: '2026-W05' }, ['2026-W05']],
    [{ from: '2026-W06', to: '2026-W05' }, []],
  ])('lists %j', (range, expected) => {
    expect(monthsOf(range)).toEqual(expected)
    expect(rangeLength(range)).toBe(expected.length)
  })

  it.each([
    ['2026-W53', 1, '2027-W01'],
    ['2026-W01', -1, '2025-W52'],
    ['2025-W27', 22, '2025-W49'],
    ['2026-11', 2, '2027-01'],
  ])('shifts %s by %i to %s', (key, count, expected) => {
    expect(shiftPeriod(key, count)).toBe(expected)
  })

  it('tells the grain from the key', () => {
    expect(grainOf('2026-W48')).toBe('week')
    expect(grainOf('2026-11')).toBe('month')
  })

  it('counts a week in the ISO year of its Thursday', () => {
    expect(yearsOf(['2025-W52', '2026-W01', '2026-W53'])).toEqual([2025, 2026])
  })

  it('names the months a week range touches and the month of its end', () => {
    expect(monthsCovering({ from: '2026-W01', to: '2026-W01' })).toEqual({ from: '2025-12', to: '2026-01' })
    expect(monthsCovering({ from: '2025-W52', to: '2026-W02' })).toEqual({ from: '2025-12', to: '2026-01' })
    expect(lastMonthOfRange({ to: '2026-W01' })).toBe('2026-01')
    expect(lastMonthOfRange({ to: '2026-W48' })).toBe('2026-11')
    expect(lastMonthOfRange({ to: '2026-11' })).toBe('2026-11')
  })
})

describe('comparisonRange on weeks', () => {
  it.each<[MonthRange, Comparison, MonthRange]>([
    // week on week, across the turn of the year
    [{ from: '2026-W01', to: '2026-W01' }, 'previousPeriod', { from: '2025-W52', to: '2025-W52' }],
    [{ from: '2025-W52', to: '2026-W02' }, 'previousPeriod', { from: '2025-W49', to: '2025-W51' }],
    [{ from: '2026-W45', to: '2026-W48' }, 'previousPeriod', { from: '2026-W41', to: '2026-W44' }],
    [{ from: '2027-W01', to: '2027-W01' }, 'previousPeriod', { from: '2026-W53', to: '2026-W53' }],
    // the same week numbers a year before; week 53 stands against week 52 of a year without one
    [{ from: '2026-W45', to: '2026-W48' }, 'samePeriodLastYear', { from: '2025-W45', to: '2025-W48' }],
    [{ from: '2026-W53', to: '2026-W53' }, 'samePeriodLastYear', { from: '2025-W52', to: '2025-W52' }],
    [{ from: '2026-W52', to: '2026-W53' }, 'samePeriodLastYear', { from: '2025-W52', to: '2025-W52' }],
    [{ from: '2027-W01', to: '2027-W02' }, 'samePeriodLastYear', { from: '2026-W01', to: '2026-W02' }],
  ])('%j against %s is %j', (range, comparison, expected) => {
    expect(comparisonRange(range, comparison)).toEqual(expected)
  })
})

describe('clipping and windows of weeks', () => {
  it.each<[MonthRange, MonthRange | null]>([
    [
      { from: '2025-W20', to: '2025-W30' },
      { from: '2025-W27', to: '2025-W30' },
    ],
    [
      { from: '2026-W48', to: '2027-W02' },
      { from: '2026-W48', to: '2026-W49' },
    ],
    [{ from: '2025-W01', to: '2025-W26' }, null],
  ])('clips %j to %j', (range, expected) => {
    expect(clipRange(range, weeks)).toEqual(expected)
  })

  it('refuses to mix weeks and months rather than answer wrongly', () => {
    expect(() => clipRange({ from: '2026-W45', to: '2026-W48' }, { from: '2021-01', to: '2026-11' })).toThrow()
    expect(() =>
      coveringRange([
        { from: '2026-W45', to: '2026-W48' },
        { from: '2026-01', to: '2026-02' },
      ]),
    ).toThrow()
  })

  it('fetches whole ISO years of weeks around the period, within the weeks the server has', () => {
    expect(fetchWindow({ from: '2026-W45', to: '2026-W48' }, weeks)).toEqual(weeks)
    const later = { from: '2025-W27', to: '2027-W10' }
    expect(fetchWindow({ from: '2027-W05', to: '2027-W05' }, later)).toEqual({ from: '2026-W01', to: '2027-W10' })
  })

  it('shows at least thirteen weeks in a trend, clipped to the data', () => {
    expect(trendMonths({ from: '2026-W48', to: '2026-W48' }, weeks)).toEqual(
      monthsOf({ from: '2026-W36', to: '2026-W48' }),
    )
    expect(trendMonths({ from: '2025-W28', to: '2025-W29' }, weeks)).toEqual(['2025-W27', '2025-W28', '2025-W29'])
  })

  it('scans the period, its baseline and thirteen weeks for a scope-wide list', () => {
    expect(scanWindow({ from: '2026-W48', to: '2026-W48' }, 'previousPeriod', weeks)).toEqual({
      from: '2026-W36',
      to: '2026-W48',
    })
    expect(scanWindow({ from: '2026-W48', to: '2026-W48' }, 'samePeriodLastYear', weeks)).toEqual({
      from: '2025-W48',
      to: '2026-W48',
    })
  })
})
