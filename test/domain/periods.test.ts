import { describe, expect, it } from 'vitest'
import {
  addMonths,
  clipRange,
  comparisonRange,
  coveringRange,
  fetchWindow,
  isMonth,
  monthsOf,
  presetRange,
  rangeLength,
  sameRangeOr,
  scanWindow,
  trendMonths,
  type Comparison,
  type MonthRange,
  type PeriodPreset,
} from '../../src/domain/periods'

describe('months', () => {
  it.each([
    ['2021-06', true],
    ['2021-13', false],
    ['2021-00', false],
    ['21-06', false],
    ['2021-6', false],
    ['junk', false],
  ])('isMonth(%s) is %s', (value, expected) => {
    expect(isMonth(value)).toBe(expected)
  })

  it.each([
    ['2021-01', -1, '2020-12'],
    ['2021-12', 1, '2022-01'],
    ['2021-06', -18, '2019-12'],
    ['2020-02', 0, '2020-02'],
  ])('addMonths(%s, %i) = %s', (month, count, expected) => {
    expect(addMonths(month, count)).toBe(expected)
  })

  it('lists the months of a range across a year boundary', () => {
    expect(monthsOf({ from: '2021-11', to: '2022-02' })).toEqual(['2021-11', '2021-12', '2022-01', '2022-02'])
    expect(monthsOf({ from: '2022-02', to: '2021-11' })).toEqual([])
    expect(rangeLength({ from: '2021-01', to: '2021-06' })).toBe(6)
  })
})

describe('presetRange', () => {
  it.each<[PeriodPreset | { year: number }, string, MonthRange]>([
    ['thisMonth', '2022-05', { from: '2022-05', to: '2022-05' }],
    ['lastMonth', '2022-01', { from: '2021-12', to: '2021-12' }],
    ['thisQuarter', '2022-05', { from: '2022-04', to: '2022-05' }],
    ['thisQuarter', '2022-03', { from: '2022-01', to: '2022-03' }],
    ['yearToDate', '2022-05', { from: '2022-01', to: '2022-05' }],
    ['last12Months', '2022-05', { from: '2021-06', to: '2022-05' }],
    [{ year: 2021 }, '2022-05', { from: '2021-01', to: '2021-12' }],
  ])('%j as of %s', (preset, now, expected) => {
    expect(presetRange(preset, now)).toEqual(expected)
  })
})

describe('comparisonRange', () => {
  it.each<[MonthRange, Comparison, MonthRange]>([
    [{ from: '2021-01', to: '2021-06' }, 'previousPeriod', { from: '2020-07', to: '2020-12' }],
    [{ from: '2021-01', to: '2021-06' }, 'samePeriodLastYear', { from: '2020-01', to: '2020-06' }],
    [{ from: '2021-03', to: '2021-03' }, 'previousPeriod', { from: '2021-02', to: '2021-02' }],
    [{ from: '2021-11', to: '2022-02' }, 'previousPeriod', { from: '2021-07', to: '2021-10' }],
  ])('%j against %s is %j', (range, comparison, expected) => {
    expect(comparisonRange(range, comparison)).toEqual(expected)
  })
})

describe('clipRange and coveringRange', () => {
  const data = { from: '2020-01', to: '2022-12' }
  it.each<[MonthRange, MonthRange | null]>([
    [
      { from: '2019-06', to: '2020-03' },
      { from: '2020-01', to: '2020-03' },
    ],
    [
      { from: '2022-10', to: '2023-04' },
      { from: '2022-10', to: '2022-12' },
    ],
    [
      { from: '2021-01', to: '2021-06' },
      { from: '2021-01', to: '2021-06' },
    ],
    [{ from: '2023-01', to: '2023-06' }, null],
  ])('clips %j to %j', (range, expected) => {
    expect(clipRange(range, data)).toEqual(expected)
  })

  it('covers several ranges', () => {
    expect(
      coveringRange([
        { from: '2021-01', to: '2021-06' },
        { from: '2020-01', to: '2020-06' },
        { from: '2020-07', to: '2021-06' },
      ]),
    ).toEqual({ from: '2020-01', to: '2021-06' })
  })
})

describe('fetchWindow and trendMonths', () => {
  const data = { from: '2020-01', to: '2022-12' }
  it.each<[MonthRange, MonthRange]>([
    [
      { from: '2022-12', to: '2022-12' },
      { from: '2021-01', to: '2022-12' },
    ],
    [
      { from: '2021-01', to: '2021-06' },
      { from: '2020-01', to: '2021-12' },
    ],
    [
      { from: '2020-03', to: '2020-03' },
      { from: '2020-01', to: '2020-12' },
    ],
  ])('fetches whole years around %j: %j', (range, expected) => {
    expect(fetchWindow(range, data)).toEqual(expected)
  })

  it.each<[MonthRange, string | undefined, MonthRange]>([
    // every month needed (2025-11 on) in the structure from 2025-07: widened back to it, not to 2025-01
    [{ from: '2026-11', to: '2026-11' }, '2025-07', { from: '2025-07', to: '2026-11' }],
    [{ from: '2026-09', to: '2026-10' }, '2025-07', { from: '2025-07', to: '2026-11' }],
    [{ from: '2026-03', to: '2026-10' }, '2025-07', { from: '2025-01', to: '2026-11' }],
    // a baseline or trend month before it: whole years, as without
    [{ from: '2026-05', to: '2026-05' }, '2025-07', { from: '2025-01', to: '2026-11' }],
    [{ from: '2025-09', to: '2025-09' }, '2025-07', { from: '2024-01', to: '2025-12' }],
    // the needed months start in the structure's first year but after its first month
    [{ from: '2026-07', to: '2026-07' }, '2025-07', { from: '2025-07', to: '2026-11' }],
    [{ from: '2026-11', to: '2026-11' }, undefined, { from: '2025-01', to: '2026-11' }],
  ])('fetches %j not before the structure from %s: %j', (range, structureFrom, expected) => {
    expect(fetchWindow(range, { from: '2020-01', to: '2026-11' }, structureFrom)).toEqual(expected)
  })

  it('shows at least twelve months in a trend, clipped to the data', () => {
    expect(trendMonths({ from: '2021-01', to: '2021-06' }, data)).toEqual(monthsOf({ from: '2020-07', to: '2021-06' }))
    expect(trendMonths({ from: '2020-03', to: '2020-05' }, data)).toEqual(monthsOf({ from: '2020-01', to: '2020-05' }))
    expect(trendMonths({ from: '2020-01', to: '2022-12' }, data)).toHaveLength(36)
  })
})

describe('scanWindow', () => {
  const data = { from: '2020-01', to: '2022-12' }
  it.each<[MonthRange, Comparison, MonthRange]>([
    [{ from: '2021-01', to: '2021-06' }, 'previousPeriod', { from: '2020-07', to: '2021-06' }],
    [{ from: '2021-01', to: '2021-06' }, 'samePeriodLastYear', { from: '2020-01', to: '2021-06' }],
    [{ from: '2020-02', to: '2020-02' }, 'previousPeriod', { from: '2020-01', to: '2020-02' }],
  ])('%j against %s needs %j', (range, comparison, expected) => {
    expect(scanWindow(range, comparison, data)).toEqual(expected)
  })
})

describe('sameRangeOr', () => {
  it('keeps the earlier range object while the months are the same', () => {
    const earlier = { from: '2021-01', to: '2022-12' }
    expect(sameRangeOr(earlier, { from: '2021-01', to: '2022-12' })).toBe(earlier)
    const moved = { from: '2021-01', to: '2023-12' }
    expect(sameRangeOr(earlier, moved)).toBe(moved)
    expect(sameRangeOr(undefined, moved)).toBe(moved)
    expect(sameRangeOr(earlier, null)).toBeNull()
  })
})
