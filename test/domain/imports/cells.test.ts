import { describe, expect, it } from 'vitest'
import { isoWeekOf, monthOfPeriod, readCount, readPeriod } from '../../../src/domain/imports/cells'
import { looseName } from '../../../src/domain/imports/match'

describe('readCount', () => {
  it.each([
    [76574, { value: 76574 }],
    ['76.574', { value: 76574 }],
    ['1.234.567', { value: 1234567 }],
    ['1 234', { value: 1234 }],
    [' 12 ', { value: 12 }],
    ['', { empty: true }],
    [null, { empty: true }],
    [-3, { reason: 'negative' }],
    ['-3', { reason: 'negative' }],
    ['76,5', { reason: 'notWhole' }],
    [2.5, { reason: 'notWhole' }],
    ['76.57', { reason: 'notANumber' }],
    ['=SUM(A1:A3)', { reason: 'notANumber' }],
    ['mười', { reason: 'notANumber' }],
    [true, { reason: 'notANumber' }],
  ])('%j → %j', (cell, expected) => {
    expect(readCount(cell)).toEqual(expected)
  })
})

describe('periods', () => {
  it.each([
    ['2024-10', '2024-10'],
    ['10/2024', '2024-10'],
    ['T3/2025', '2025-03'],
    ['2026-W05', '2026-W05'],
    ['2024-13', null],
    ['tháng mười', null],
  ])('readPeriod(%j) = %j', (cell, expected) => {
    expect(readPeriod(cell)).toBe(expected)
  })

  it.each([
    ['2026-W01', '2026-01'], // Mon 29 Dec 2025 … Sun 4 Jan 2026: Thursday 1 Jan
    ['2025-W01', '2025-01'], // Thursday 2 Jan 2025
    ['2020-W53', '2020-12'], // Thursday 31 Dec 2020
    ['2024-10', '2024-10'],
  ])('monthOfPeriod(%j) = %j', (period, month) => {
    expect(monthOfPeriod(period)).toBe(month)
  })

  it.each([
    ['2025-12-29', '2026-W01'],
    ['2024-10-07', '2024-W41'],
    ['2021-01-03', '2020-W53'],
  ])('isoWeekOf(%s) = %s', (date, week) => {
    expect(isoWeekOf(new Date(`${date}T00:00:00Z`))).toBe(week)
  })
})

describe('looseName', () => {
  it.each([
    ['Xã Tân Quới', 'tan quoi'],
    ['UBND xã Tân Quới', 'tan quoi'],
    ['xa tan quoi', 'tan quoi'],
    ['  TÂN  QUỚI ', 'tan quoi'],
    ['Thị trấn Thanh Bình', 'thanh binh'],
    ['Huyện Thanh Bình', 'thanh binh'],
    ['Phường 01', '1'],
    ['Sở Tư pháp', 'so tu phap'],
    ['Thị trấn', 'thi tran'],
  ])('%j → %j', (name, loose) => {
    expect(looseName(name)).toBe(loose)
  })
})
