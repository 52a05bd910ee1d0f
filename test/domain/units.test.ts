import { describe, expect, it } from 'vitest'
import { buildUnitTree, subtreeOf, unitTreeProblem } from '../../src/domain/units'

describe('unitTreeProblem', () => {
  const unit = (id: string, parentId: string | null) => ({ id, code: id, name: `Đơn vị ${id}`, kind: 'district' as const, parentId })
  it.each([
    ['a tree', [unit('P', null), unit('A', 'P'), unit('B', 'A')], 'P', null],
    ['an empty list', [], 'P', { kind: 'empty' }],
    ['a list without the scope root', [unit('A', null)], 'P', { kind: 'rootMissing', rootId: 'P' }],
    ['a unit that is its own parent', [unit('P', null), unit('A', 'A')], 'P', { kind: 'cycle', unitIds: ['A'] }],
    ['a cycle through the root', [unit('P', 'B'), unit('A', 'P'), unit('B', 'A')], 'P', { kind: 'cycle', unitIds: ['P', 'B', 'A'] }],
  ])('%s', (_name, units, root, expected) => {
    expect(unitTreeProblem(units, root)).toEqual(expected)
  })

  it('a self-parent unit never makes a walk down the tree endless', () => {
    const tree = buildUnitTree([unit('P', null), unit('A', 'A')])
    expect(subtreeOf(tree, 'A').map((u) => u.id)).toEqual(['A'])
  })
})
