import { describe, expect, it } from 'vitest'
import { coveringRequests, heightOf, requestsFor } from '../../src/domain/coverage'
import { buildUnitTree } from '../../src/domain/units'
import { THREE_TIERS as threeTier, unitOf } from './helpers'

const u = unitOf
const twoTier = buildUnitTree([u('P', 'province', null), u('C1', 'commune', 'P'), u('C2', 'commune', 'P')])

describe('coveringRequests', () => {
  it('asks a province (three tiers) or a district at once', () => {
    expect(coveringRequests(threeTier, 'P1')).toEqual([{ unit: 'P1', depth: 2, isOwnOnly: false }])
    expect(coveringRequests(threeTier, 'D1')).toEqual([{ unit: 'D1', depth: 1, isOwnOnly: false }])
    expect(coveringRequests(twoTier, 'P')).toEqual([{ unit: 'P', depth: 1, isOwnOnly: false }])
  })

  it('splits the country: its own rows, then a request per province', () => {
    expect(heightOf(threeTier, 'VN')).toBe(3)
    expect(coveringRequests(threeTier, 'VN')).toEqual([
      { unit: 'VN', depth: 1, isOwnOnly: true },
      { unit: 'P1', depth: 2, isOwnOnly: false },
      { unit: 'P2', depth: 2, isOwnOnly: false },
    ])
  })

  it('asks a leaf for its own rows', () => {
    expect(coveringRequests(threeTier, 'C1')).toEqual([{ unit: 'C1', depth: 0, isOwnOnly: false }])
  })
})

describe('requestsFor', () => {
  const tree = buildUnitTree([
    { id: 'VN', code: 'VN', name: 'Việt Nam', kind: 'country', parentId: null },
    { id: 'P1', code: '1', name: 'Tỉnh 1', kind: 'province', parentId: 'VN' },
    { id: 'D1', code: '11', name: 'Huyện 1', kind: 'district', parentId: 'P1' },
    { id: 'C1', code: '111', name: 'Xã 1', kind: 'commune', parentId: 'D1' },
    { id: 'P2', code: '2', name: 'Tỉnh 2', kind: 'province', parentId: 'VN' },
    { id: 'D2', code: '21', name: 'Huyện 2', kind: 'district', parentId: 'P2' },
    { id: 'C2', code: '211', name: 'Xã 2', kind: 'commune', parentId: 'D2' },
  ])
  const plan = coveringRequests(tree, 'VN')

  it("keeps the requests whose rows add to the given units' totals, no others", () => {
    expect(requestsFor(plan, tree, ['C1']).map((r) => r.unit)).toEqual(['P1'])
    expect(requestsFor(plan, tree, ['P2']).map((r) => r.unit)).toEqual(['P2'])
    expect(requestsFor(plan, tree, ['VN']).map((r) => r.unit)).toEqual(plan.map((r) => r.unit))
    expect(requestsFor(plan, tree, [])).toEqual([])
  })
})
