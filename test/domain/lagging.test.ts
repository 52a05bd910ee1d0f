import { describe, expect, it } from 'vitest'
import { gap, monthsBehind, targetBand, targetStatus, type MonthlyValue } from '../../src/domain/lagging'

describe('targetStatus and gap', () => {
  it.each([
    [0.25, 0.3, 'notMet', 0.05],
    [0.3, 0.3, 'met', 0],
    [0.31, 0.3, 'met', -0.01],
    [null, 0.3, 'noValue', null],
    [0.25, null, 'noTarget', null],
  ] as const)('value %s against %s is %s with gap %s', (value, target, status, expectedGap) => {
    expect(targetStatus(value, target)).toBe(status)
    const g = gap(value, target)
    if (expectedGap === null) expect(g).toBeNull()
    else expect(g).toBeCloseTo(expectedGap, 12)
  })
})

describe('monthsBehind', () => {
  const m = (value: number | null, target: number | null = 0.3): MonthlyValue => ({ value, target })
  it.each<[string, MonthlyValue[], number]>([
    ['never behind', [m(0.4), m(0.5)], 0],
    ['behind throughout', [m(0.1), m(0.2), m(0.25)], 3],
    ['caught up in the last month', [m(0.1), m(0.2), m(0.35)], 0],
    ['behind since a good month', [m(0.1), m(0.4), m(0.2), m(0.29)], 2],
    ['a month without data ends the run', [m(0.1), m(null), m(0.2)], 1],
    ['a month without a target ends the run', [m(0.1, null), m(0.2), m(0.2)], 2],
    ['no months', [], 0],
  ])('%s', (_label, months, expected) => {
    expect(monthsBehind(months)).toBe(expected)
  })
})

describe('targetBand', () => {
  it.each([
    [0.35, 0.3, 'met'],
    [0.3, 0.3, 'met'],
    [0.25, 0.3, 'near'],
    [0.2, 0.3, 'near'],
    [0.19, 0.3, 'far'],
    [null, 0.3, 'none'],
    [0.2, null, 'none'],
  ] as const)('%s against %s is %s', (value, target, band) => {
    expect(targetBand(value, target)).toBe(band)
  })
})
