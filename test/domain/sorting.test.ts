import { describe, expect, it } from 'vitest'
import { sortByColumn } from '../../src/domain/sorting'

const rows = [
  { name: 'Xã Tân Quới', value: 0.56 },
  { name: 'Xã An Phong', value: null },
  { name: 'Xã Bình Thành', value: 0.19 },
  { name: 'Xã Đông', value: 0.19 },
  { name: 'Thị trấn Thanh Bình', value: 0.53 },
]

describe('sortByColumn', () => {
  it.each([
    ['descending', ['Xã Tân Quới', 'Thị trấn Thanh Bình', 'Xã Bình Thành', 'Xã Đông', 'Xã An Phong']],
    ['ascending', ['Xã Bình Thành', 'Xã Đông', 'Thị trấn Thanh Bình', 'Xã Tân Quới', 'Xã An Phong']],
  ] as const)('puts missing values last when %s, ties in their order', (direction, expected) => {
    expect(sortByColumn(rows, (r) => r.value, direction).map((r) => r.name)).toEqual(expected)
  })

  it('sorts Vietnamese names in Vietnamese order', () => {
    const names = sortByColumn([{ n: 'Đông' }, { n: 'Dương' }, { n: 'Ân' }, { n: 'An' }], (r) => r.n, 'ascending').map(
      (r) => r.n,
    )
    expect(names).toEqual(['An', 'Ân', 'Dương', 'Đông'])
  })

  it('does not change the input', () => {
    const copy = [...rows]
    sortByColumn(rows, (r) => r.value, 'ascending')
    expect(rows).toEqual(copy)
  })
})
