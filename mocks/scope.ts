// What an account sees (CONTRACT.md, "Units over time"): its scope unit's subtree and, through the lineage,
// every unit that flowed into a unit of it (transitively, whole or part) with their subtrees. A scope on an old
// unit has no predecessors: its subtree only.
import type { LineageLink } from '../src/api/contract'
import { subtreeOf } from '../src/domain/units'
import type { Dataset, MockUnit } from './units'

export interface Scope {
  /** Parents before children, in the dataset's order. */
  units: MockUnit[]
  ids: ReadonlySet<string>
  /** The links between units of the scope. */
  lineage: LineageLink[]
}

const scopes = new WeakMap<Dataset, Map<string, Scope>>()
const predecessors = new WeakMap<Dataset, Map<string, string[]>>()

function predecessorsOf(dataset: Dataset): Map<string, string[]> {
  let into = predecessors.get(dataset)
  if (into) return into
  into = new Map()
  for (const link of dataset.lineage) {
    const from = into.get(link.to)
    if (from) from.push(link.from)
    else into.set(link.to, [link.from])
  }
  predecessors.set(dataset, into)
  return into
}

/** The scope of an account whose scope unit is `scopeId` (memoised: the datasets never change). */
export function scopeOf(dataset: Dataset, scopeId: string): Scope {
  let byScope = scopes.get(dataset)
  if (!byScope) scopes.set(dataset, (byScope = new Map()))
  const cached = byScope.get(scopeId)
  if (cached) return cached
  const into = predecessorsOf(dataset)
  const ids = new Set<string>()
  const queue: string[] = []
  const take = (rootId: string) => {
    for (const unit of subtreeOf(dataset.tree, rootId)) {
      if (ids.has(unit.id)) continue
      ids.add(unit.id)
      if (into.has(unit.id)) queue.push(unit.id)
    }
  }
  if (dataset.tree.byId.has(scopeId)) take(scopeId)
  for (let i = 0; i < queue.length; i++) for (const from of into.get(queue[i]!)!) if (!ids.has(from)) take(from)
  const scope: Scope = {
    units: ids.size === dataset.units.length ? dataset.units : dataset.units.filter((unit) => ids.has(unit.id)),
    ids,
    lineage: dataset.lineage.filter((link) => ids.has(link.from) && ids.has(link.to)),
  }
  byScope.set(scopeId, scope)
  return scope
}
