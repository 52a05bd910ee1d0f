// Which /stats requests give every unit of a scope at every level, when one request reaches two
// levels at most: the tree's depth decides, not the code.
import { isWithin, type UnitTree } from './units'

export interface CoveringRequest {
  unit: string
  depth: number
  /** Keep only the unit's own rows (its children's totals come from their own requests). */
  isOwnOnly: boolean
}

/** How many levels lie below a unit (0 for a leaf). */
export function heightOf(tree: UnitTree, unitId: string): number {
  const children = tree.childrenOf.get(unitId) ?? []
  return children.length === 0 ? 0 : 1 + Math.max(...children.map((child) => heightOf(tree, child.id)))
}

/**
 * Requests whose answers, put together, partition the scope's dossiers with every unit below it
 * visible: a subtree of at most `maxDepth` levels is asked at once; a deeper one is split into its
 * root's own rows and a request per child.
 */
export function coveringRequests(tree: UnitTree, rootId: string, maxDepth = 2): CoveringRequest[] {
  const height = heightOf(tree, rootId)
  if (height <= maxDepth) return [{ unit: rootId, depth: height, isOwnOnly: false }]
  return [
    { unit: rootId, depth: 1, isOwnOnly: true },
    ...(tree.childrenOf.get(rootId) ?? []).flatMap((child) => coveringRequests(tree, child.id, maxDepth)),
  ]
}

/**
 * The requests of a covering plan whose rows add to the totals of one of `unitIds` (the months before a
 * window, asked only for the units whose run of months behind reaches back past it).
 */
export function requestsFor<R extends CoveringRequest>(
  requests: readonly R[],
  tree: UnitTree,
  unitIds: readonly string[],
): R[] {
  return requests.filter((request) =>
    unitIds.some(
      (unitId) => isWithin(tree, request.unit, unitId) || (!request.isOwnOnly && isWithin(tree, unitId, request.unit)),
    ),
  )
}
