import { describe, expect, it } from 'vitest'
import { buildUnitTree, subtreeOf, type UnitLike } from '../../src/domain/units'
import {
  coversValidity,
  isValidAt,
  isValidInYear,
  treeAt,
  treeInYear,
  unitsOutlivingParent,
} from '../../src/domain/validity'
import { REFORM_UNITS, V1_UNITS } from './reform-fixture'

const ids = (units: readonly UnitLike[]) => units.map((u) => u.id)

describe('isValidAt / isValidInYear', () => {
  it.each([
    [{}, '2020-01', true], // v1: always
    [{ validFrom: null, validTo: null }, '2026-11', true],
    [{ validTo: '2025-06' }, '2025-06', true], // the last month is in
    [{ validTo: '2025-06' }, '2025-07', false],
    [{ validFrom: '2025-07' }, '2025-06', false],
    [{ validFrom: '2025-07' }, '2025-07', true], // the first month is in
    [{ validFrom: '2025-07', validTo: '2025-09' }, '2025-10', false],
  ])('%o at %s → %s', (validity, month, expected) => {
    expect(isValidAt(validity, month)).toBe(expected)
  })

  it.each([
    [{ validTo: '2025-06' }, 2025, true],
    [{ validTo: '2025-06' }, 2026, false],
    [{ validFrom: '2025-07' }, 2025, true],
    [{ validFrom: '2025-07' }, 2024, false],
    [{}, 1999, true],
  ])('%o in %i → %s', (validity, year, expected) => {
    expect(isValidInYear(validity, year)).toBe(expected)
  })
})

describe('treeAt: the tree of the units that exist in a month', () => {
  it('in 2025-06 is the old three tiers: province, district, commune', () => {
    const tree = treeAt(REFORM_UNITS, '2025-06')
    expect(ids(tree.roots)).toEqual(['vn'])
    expect(ids(tree.childrenOf.get('vn') ?? [])).toEqual(['p87', 'p82-old'])
    expect(ids(subtreeOf(tree, 'd874'))).toEqual(['d874', 'c30133', 'c30136', 'c30139', 'c30142', 'c30154'])
    expect(tree.byId.has('p82')).toBe(false)
  })

  it('in 2025-07 is the two tiers: the new province with its communes directly under it', () => {
    const tree = treeAt(REFORM_UNITS, '2025-07')
    expect(ids(subtreeOf(tree, 'vn'))).toEqual(['vn', 'p82', 'n30154', 'n30079'])
    expect(tree.byId.has('p87')).toBe(false)
  })

  it('of a v1 list (no validity) is the whole list at every month, the same tree each time', () => {
    const tree = treeAt(V1_UNITS, '2026-11')
    expect(ids(subtreeOf(tree, 'vn'))).toHaveLength(V1_UNITS.length)
    expect(treeAt(V1_UNITS, '2020-01')).toBe(tree)
    expect(treeInYear(V1_UNITS, 2030)).toBe(tree)
  })

  it('is built once per list and month', () => {
    expect(treeAt(REFORM_UNITS, '2025-06')).toBe(treeAt(REFORM_UNITS, '2025-06'))
  })
})

describe('treeInYear', () => {
  it('in 2025 holds the old units and the new, each under its own parent', () => {
    const tree = treeInYear(REFORM_UNITS, 2025)
    expect(ids(tree.childrenOf.get('vn') ?? [])).toEqual(['p87', 'p82-old', 'p82'])
    expect(tree.byId.get('n30154')?.parentId).toBe('p82')
    expect(tree.byId.get('c30154')?.parentId).toBe('d874')
  })

  it('in 2026 holds the new units only, in 2024 the old only', () => {
    expect(treeInYear(REFORM_UNITS, 2026).byId.has('c30133')).toBe(false)
    expect(treeInYear(REFORM_UNITS, 2024).byId.has('n30154')).toBe(false)
  })
})

describe('parents exist over their children’s whole validity', () => {
  it.each([
    [{}, { validTo: '2025-06' }, true],
    [{ validTo: '2025-06' }, { validTo: '2025-06' }, true],
    [{ validTo: '2025-06' }, {}, false], // a child that outlives its parent
    [{ validFrom: '2025-07' }, { validFrom: '2025-08' }, true],
    [{ validFrom: '2025-07' }, { validTo: '2025-09' }, false], // a child older than its parent
  ])('%o covers %o → %s', (outer, inner, expected) => {
    expect(coversValidity(outer, inner)).toBe(expected)
  })

  it('hold in the reform fixture and in a v1 list; a broken list names the unit', () => {
    expect(unitsOutlivingParent(REFORM_UNITS)).toEqual([])
    expect(unitsOutlivingParent(V1_UNITS)).toEqual([])
    const broken = [...REFORM_UNITS, { ...REFORM_UNITS[3]!, id: 'late', validTo: '2025-09' }]
    expect(unitsOutlivingParent(broken)).toEqual(['late'])
    // in a month after its parent ended, such a unit stands as a root rather than vanish or hang anywhere
    expect(ids(treeAt(broken, '2025-08').roots)).toEqual(['vn', 'late'])
    expect(buildUnitTree(broken).byId.get('late')?.parentId).toBe('d874')
  })
})
