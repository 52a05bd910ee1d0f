// The unit tree as the domain sees it: depth is data, not code.

export type UnitKind = 'country' | 'province' | 'department' | 'district' | 'commune'

export interface UnitLike {
  id: string
  code: string
  name: string
  kind: UnitKind
  parentId: string | null
  /** First month (YYYY-MM) the unit exists; absent or null: it always has (validity.ts). */
  validFrom?: string | null | undefined
  /** Last month it exists; absent or null: it still does. */
  validTo?: string | null | undefined
}

export interface UnitTree<U extends UnitLike = UnitLike> {
  byId: ReadonlyMap<string, U>
  childrenOf: ReadonlyMap<string, readonly U[]>
  roots: readonly U[]
}

/** Indexes a parents-before-children unit list; a parent missing from the list makes a unit a root. */
export function buildUnitTree<U extends UnitLike>(units: readonly U[]): UnitTree<U> {
  const byId = new Map<string, U>()
  const childrenOf = new Map<string, U[]>()
  const roots: U[] = []
  for (const unit of units) byId.set(unit.id, unit)
  for (const unit of units) {
    const parentId = unit.parentId
    // A unit that is its own parent would make every walk down the tree endless: it stands as a root.
    if (parentId === null || parentId === unit.id || !byId.has(parentId)) {
      roots.push(unit)
      continue
    }
    const siblings = childrenOf.get(parentId)
    if (siblings) siblings.push(unit)
    else childrenOf.set(parentId, [unit])
  }
  return { byId, childrenOf, roots }
}

const treeOfList = new WeakMap<readonly UnitLike[], UnitTree>()

/**
 * The tree of a unit list, built once per list: every screen and the frame around them that reads the same
 * answer share one tree (and its cached ancestor chains).
 */
export function unitTreeOf<U extends UnitLike>(units: readonly U[]): UnitTree<U> {
  let tree = treeOfList.get(units) as UnitTree<U> | undefined
  if (!tree) treeOfList.set(units, (tree = buildUnitTree(units)))
  return tree
}

/** The unit and its ancestors present in the tree, nearest first. */
export function ancestorsOf<U extends UnitLike>(tree: UnitTree<U>, unitId: string): readonly U[] {
  let cache = ancestorCache.get(tree) as Map<string, U[]> | undefined
  if (!cache) ancestorCache.set(tree, (cache = new Map()))
  let chain = cache.get(unitId)
  if (chain) return chain
  chain = []
  let current = tree.byId.get(unitId)
  const seen = new Set<string>()
  while (current && !seen.has(current.id)) {
    seen.add(current.id)
    chain.push(current)
    current = current.parentId === null ? undefined : tree.byId.get(current.parentId)
  }
  cache.set(unitId, chain)
  return chain
}

// Chains are asked for per unit, per year, per figure: computed once per tree (trees never change).
const ancestorCache = new WeakMap<UnitTree<UnitLike>, Map<string, UnitLike[]>>()

/** Whether `unitId` is `rootId` or lies below it. */
export function isWithin(tree: UnitTree, unitId: string, rootId: string): boolean {
  return ancestorsOf(tree, unitId).some((unit) => unit.id === rootId)
}

/** Every unit of the subtree rooted at `rootId`, the root first, parents before children. */
export function subtreeOf<U extends UnitLike>(tree: UnitTree<U>, rootId: string): U[] {
  const root = tree.byId.get(rootId)
  if (!root) return []
  const out: U[] = [root]
  for (let i = 0; i < out.length; i++) {
    const children = tree.childrenOf.get(out[i]!.id)
    if (children) out.push(...children)
  }
  return out
}

/** What makes a unit list unusable as a tree for a scope: nothing in it, the root absent, a unit its own ancestor. */
export type UnitTreeProblem =
  { kind: 'empty' } | { kind: 'rootMissing'; rootId: string } | { kind: 'cycle'; unitIds: string[] }

/** The first problem of a unit list for the scope rooted at `rootId`, or null when it is a tree. */
export function unitTreeProblem(units: readonly UnitLike[], rootId: string): UnitTreeProblem | null {
  if (units.length === 0) return { kind: 'empty' }
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]))
  if (!parentOf.has(rootId)) return { kind: 'rootMissing', rootId }
  const cleared = new Set<string>() // units whose chain of parents ends
  for (const unit of units) {
    const chain: string[] = []
    const onChain = new Set<string>()
    let id: string | null | undefined = unit.id
    while (id != null && parentOf.has(id) && !cleared.has(id)) {
      if (onChain.has(id)) return { kind: 'cycle', unitIds: chain.slice(chain.indexOf(id)) }
      onChain.add(id)
      chain.push(id)
      id = parentOf.get(id)
    }
    for (const passed of chain) cleared.add(passed)
  }
  return null
}

/**
 * The i18n key (under `roles.`) of the word for a user's level: the contract's roles name a province's or a
 * district's people, so a user whose scope is the whole country is named for the central level instead.
 */
export function roleLabelKey(role: string, scopeKind: UnitKind | null | undefined): string {
  return scopeKind === 'country' ? 'central' : role
}

/** The name of a unit's parent ("Huyện Thanh Bình" for one of its communes), or '' at the top of the tree. */
export function parentNameOf(tree: UnitTree, unitId: string): string {
  const parentId = tree.byId.get(unitId)?.parentId
  return parentId ? (tree.byId.get(parentId)?.name ?? '') : ''
}
