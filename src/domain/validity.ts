// Units over time (CONTRACT.md, "Units over time"): each unit exists over a span of months, and the tree
// of a month or of a year is made of the units that exist then. A unit without validFrom/validTo (a v1
// server) exists always, so a v1 unit list is one tree at every month, as before.
import { buildUnitTree, type UnitLike, type UnitTree } from './units'

type Validity = Pick<UnitLike, 'validFrom' | 'validTo'>

/** Whether the unit exists in `month` (YYYY-MM). */
export function isValidAt(unit: Validity, month: string): boolean {
  return (unit.validFrom == null || unit.validFrom <= month) && (unit.validTo == null || month <= unit.validTo)
}

/** Whether the unit exists in some month of `year`. */
export function isValidInYear(unit: Validity, year: number): boolean {
  const first = `${String(year).padStart(4, '0')}-01`
  const last = `${String(year).padStart(4, '0')}-12`
  return (unit.validFrom == null || unit.validFrom <= last) && (unit.validTo == null || first <= unit.validTo)
}

/** Whether `outer` exists in every month `inner` does (a parent over its child's whole validity). */
export function coversValidity(outer: Validity, inner: Validity): boolean {
  const startsInTime = outer.validFrom == null || (inner.validFrom != null && outer.validFrom <= inner.validFrom)
  const lastsLongEnough = outer.validTo == null || (inner.validTo != null && inner.validTo <= outer.validTo)
  return startsInTime && lastsLongEnough
}

/**
 * The units whose parent (present in the list) does not exist over their whole validity: the contract
 * forbids it, and in a month when the parent is gone such a unit would stand as a root of that month's tree.
 */
export function unitsOutlivingParent(units: readonly UnitLike[]): string[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  return units
    .filter((unit) => {
      const parent = unit.parentId === null ? undefined : byId.get(unit.parentId)
      return parent !== undefined && !coversValidity(parent, unit)
    })
    .map((unit) => unit.id)
}

// Trees are asked for per month and per year by every figure: built once per unit list and key (the
// lists are answers, never changed), so that ancestor chains cached per tree (units.ts) are reused too.
interface TreeCache {
  /** Every unit exists always (a v1 list): one tree for every month and year. */
  timeless: boolean
  trees: Map<string, UnitTree<UnitLike>>
}
const treeCache = new WeakMap<readonly UnitLike[], TreeCache>()

function cachedTree<U extends UnitLike>(units: readonly U[], key: string, keep: (unit: U) => boolean): UnitTree<U> {
  let cache = treeCache.get(units)
  if (!cache) {
    const timeless = units.every((unit) => unit.validFrom == null && unit.validTo == null)
    treeCache.set(units, (cache = { timeless, trees: new Map() }))
  }
  const cacheKey = cache.timeless ? 'always' : key
  let tree = cache.trees.get(cacheKey) as UnitTree<U> | undefined
  if (!tree) cache.trees.set(cacheKey, (tree = buildUnitTree(cache.timeless ? units : units.filter(keep))))
  return tree
}

/** The tree of the units that exist in `month`, parents before children as in the list. */
export function treeAt<U extends UnitLike>(units: readonly U[], month: string): UnitTree<U> {
  return cachedTree(units, month, (unit) => isValidAt(unit, month))
}

/**
 * The tree of the units that exist in some month of `year`: in 2025 both the old units (to June) and
 * the new (from July), each under its own parent, as each parent exists over its children's months.
 */
export function treeInYear<U extends UnitLike>(units: readonly U[], year: number): UnitTree<U> {
  return cachedTree(units, `year ${year}`, (unit) => isValidInYear(unit, year))
}

/** The trees by year of a unit list, as targets.ts takes them. */
export function treesByYear<U extends UnitLike>(units: readonly U[]): (year: number) => UnitTree<U> {
  return (year) => treeInYear(units, year)
}
