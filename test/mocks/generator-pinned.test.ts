// The generator's output pinned byte for byte: the mock stands in for the server, and making its rows cheaper must
// not move a single count. The digests were recorded from the generator before it was made faster (commit fa90be8,
// every unit's level and row worked out month by month, one lookup at a time), over a sample that crosses every kind
// of unit, both structures, the calibrations (d874, p35) and the months outside the data; they are not computed from
// the code under test. A change meant to move the data updates them, and says so.
import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { monthsOf } from '../../src/domain/periods'
import { loadDataset } from '../../mocks/datasets'
import { ownRow } from '../../mocks/generator'
import { jsonBytes } from '../../mocks/json-bytes'
import { profileOf } from '../../mocks/profile'
import { statsRows } from '../../mocks/stats'
import type { Dataset } from '../../mocks/units'

let national: Dataset
beforeAll(async () => {
  national = await loadDataset('national')
}, 30_000)

/** From the month before the first with data to the month after the last. */
const MONTHS = monthsOf({ from: '2019-12', to: '2026-12' })

function digest(parts: Iterable<unknown>): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(JSON.stringify(part) ?? 'undefined')
  return hash.digest('hex')
}

describe('the national generator, pinned', () => {
  it('gives every 53rd unit the same own row in every month as before (~300 units × 85 months)', () => {
    function* rows() {
      for (let i = 0; i < national.units.length; i += 53)
        for (const month of MONTHS) yield ownRow(national.units[i]!, month)
    }
    expect(digest(rows())).toBe('fb26f9a7397746057ed2cc9245a75cdfd5b700fb14f50d6495869ad433f02dc8')
  })

  it('answers the same /stats rows as before: provinces of both structures, the country, calibrated units', () => {
    const queries = [
      ['p2025-01', 2, '2025-12', '2026-11'], // the bench's question
      ['p2025-82', 1, '2025-01', '2025-12'], // across the reform
      ['VN', 1, '2020-01', '2020-03'],
      ['p35', 2, '2024-01', '2024-12'], // Hà Nam's published 2024
      ['d874', 1, '2020-01', '2021-12'], // Thanh Bình's published half-years
      ['VN', 0, '2019-06', '2026-12'],
    ] as const
    const answers = queries.map(([id, depth, from, to]) =>
      statsRows(national, national.tree.byId.get(id)!, depth, monthsOf({ from, to })),
    )
    expect(answers.every((rows) => rows.length > 0)).toBe(true)
    expect(digest(answers)).toBe('8944b578264adaad4876e5ae205515fb54de8a762863a20cdde5aece9092fcc2')
  })
})

describe('a profile kept on its unit', () => {
  it('is out of sight: the unit’s keys are the same, a copy of it makes its own from the same id', () => {
    const unit = national.units.find((u) => u.kind === 'commune' && u.validFrom)!
    const keys = Reflect.ownKeys(unit).filter((key) => Object.prototype.propertyIsEnumerable.call(unit, key))
    const profile = profileOf(unit)
    expect(Reflect.ownKeys(unit).filter((key) => Object.prototype.propertyIsEnumerable.call(unit, key))).toEqual(keys)
    expect(profileOf(unit)).toBe(profile)
    const copy = { ...unit }
    expect(Object.getOwnPropertySymbols(copy)).toEqual([])
    expect(profileOf(copy)).toBe(profile) // found by id, as before
    expect(profileOf(Object.freeze({ ...unit }))).toBe(profile) // a frozen unit is read, not written
  })
})

describe('jsonBytes', () => {
  const utf8 = new TextEncoder()
  const expected = (body: unknown) => utf8.encode(JSON.stringify(body))
  const rows = (count: number, row: (i: number) => unknown) => ({
    rows: Array.from({ length: count }, (_, i) => row(i)),
  })

  it('writes the bytes of JSON.stringify, a row list made in pieces or not', () => {
    const bodies = [
      { rows: [] },
      rows(128, (i) => ({ unitId: `c${i}`, received: i })),
      rows(129, (i) => ({ unitId: `c${i}`, received: i })),
      rows(1000, (i) => ({ name: `Xã Tân Quới ${'€😀'.repeat(i % 4)}`, value: i % 3 ? undefined : i / 7 })),
      rows(300, (i) => (i % 7 ? { month: '2026-01' } : undefined)),
      rows(600, (i) => (i < 128 ? { a: 1 } : { long: 'ư'.repeat(200) })), // pieces longer than the first: grown
      { rows: rows(200, (i) => i).rows, other: 'not a row list' },
      [1, 'hai', { ba: 3 }],
      'Đồng Tháp',
    ]
    for (const body of bodies) expect(Array.from(jsonBytes(body))).toEqual(Array.from(expected(body)))
  })

  it('a province’s two years of rows: the same bytes', () => {
    const answer = {
      rows: statsRows(national, national.tree.byId.get('p2025-01')!, 2, monthsOf({ from: '2025-01', to: '2026-11' })),
    }
    expect(answer.rows.length).toBeGreaterThan(1000)
    expect(Buffer.from(jsonBytes(answer)).equals(Buffer.from(expected(answer)))).toBe(true)
  })
})
