// Finding a unit among every version of the tree (CONTRACT.md, "Units over time"): old units (to 2025-06)
// and new ones (from 2025-07) alike, the units of today first; each said with its years where a name alone
// could mean two units, and with where it went (an old unit) or where it came from (a new one).
import type { LineageLinkLike } from './lineage'
import { foldVietnamese } from './text-search'
import type { UnitLike } from './units'

export interface UnitSearchIndex<U extends UnitLike = UnitLike> {
  /** Every unit with its folded name; units that still exist first, in the list's order within each. */
  entries: ReadonlyArray<{ unit: U; text: string }>
  /** Folded names borne by an old unit: a new unit of the same name is said with its first month. */
  oldNames: ReadonlySet<string>
}

const isOld = (unit: UnitLike) => unit.validTo != null

/** Folds every name once (about 20 ms for 17,000 units): build it before the first keystroke. */
export function unitSearchIndex<U extends UnitLike>(units: readonly U[]): UnitSearchIndex<U> {
  const current: Array<{ unit: U; text: string }> = []
  const old: Array<{ unit: U; text: string }> = []
  const oldNames = new Set<string>()
  for (const unit of units) {
    const text = foldVietnamese(unit.name)
    if (isOld(unit)) {
      old.push({ unit, text })
      oldNames.add(text)
    } else current.push({ unit, text })
  }
  return { entries: current.concat(old), oldNames }
}

/**
 * The first `max` units whose folded name holds every word of the query (none for an empty query): those
 * holding the words as typed, together ("thanh binh" in Huyện Thanh Bình), before those holding them apart
 * (Xã Bình Thành); today's units first within each.
 */
export function searchUnits<U extends UnitLike>(index: UnitSearchIndex<U>, query: string, max = 50): U[] {
  const words = foldVietnamese(query).split(' ').filter(Boolean)
  if (words.length === 0) return []
  const phrase = words.join(' ')
  const together: U[] = []
  const apart: U[] = []
  for (const { unit, text } of index.entries) {
    if (text.includes(phrase)) together.push(unit)
    else if (apart.length < max && words.every((w) => text.includes(w))) apart.push(unit)
    if (together.length >= max) break
  }
  return together.concat(apart).slice(0, max)
}

export type UnitSpan = { kind: 'until'; month: string } | { kind: 'from'; month: string }

/**
 * The years to say beside a unit's name: an old unit always ("đến 6/2025"); a new one only where an old unit
 * bears the same name ("từ 7/2025"), so two units of one name never read alike; a unit of all time, none.
 */
export function unitSpan(index: UnitSearchIndex, unit: UnitLike): UnitSpan | null {
  if (unit.validTo != null) return { kind: 'until', month: unit.validTo }
  if (unit.validFrom != null && index.oldNames.has(foldVietnamese(unit.name)))
    return { kind: 'from', month: unit.validFrom }
  return null
}

export type UnitPassage =
  /** An old unit's successors, whole or in part. */
  | { kind: 'wentTo'; names: readonly string[] }
  /** An old unit with no successor of its own (a district): the successors of its nearest ancestor that has some. */
  | { kind: 'areaNowIn'; names: readonly string[] }
  /** A new unit's predecessors: those that came whole, and those that came in part. */
  | { kind: 'cameFrom'; whole: readonly string[]; part: readonly string[] }

interface LinkIndex {
  from: Map<string, LineageLinkLike[]>
  to: Map<string, LineageLinkLike[]>
}
const linkIndexCache = new WeakMap<readonly LineageLinkLike[], LinkIndex>()

function linkIndex(lineage: readonly LineageLinkLike[]): LinkIndex {
  let index = linkIndexCache.get(lineage)
  if (index) return index
  index = { from: new Map(), to: new Map() }
  for (const link of lineage) {
    for (const [map, key] of [
      [index.from, link.from],
      [index.to, link.to],
    ] as const) {
      const links = map.get(key)
      if (links) links.push(link)
      else map.set(key, [link])
    }
  }
  linkIndexCache.set(lineage, index)
  return index
}

/** Indexes the links by unit (about 10 ms for a country's 15,000 links): before the first option is drawn. */
export function prepareLineage(lineage: readonly LineageLinkLike[]): void {
  linkIndex(lineage)
}

/**
 * Names of units, each once; a name that two of them share (a department of each old province) is said with
 * its parent's name, "Sở Tư pháp (Tỉnh Tiền Giang)", so that the list never repeats a word for two units.
 */
export function distinctNames(ids: readonly string[], byId: ReadonlyMap<string, UnitLike>): string[] {
  const units = [...new Set(ids)].map((id) => byId.get(id)).filter((u): u is UnitLike => u !== undefined)
  const counts = new Map<string, number>()
  for (const unit of units) counts.set(unit.name, (counts.get(unit.name) ?? 0) + 1)
  return units.map((unit) => {
    const parent = unit.parentId === null ? undefined : byId.get(unit.parentId)
    return (counts.get(unit.name) ?? 0) > 1 && parent ? `${unit.name} (${parent.name})` : unit.name
  })
}

/** Where an old unit went, or where a new unit came from; null for a unit the reorganisation left alone. */
export function unitPassage(
  unit: UnitLike,
  lineage: readonly LineageLinkLike[],
  byId: ReadonlyMap<string, UnitLike>,
): UnitPassage | null {
  if (lineage.length === 0) return null
  const links = linkIndex(lineage)
  const into = links.to.get(unit.id) ?? []
  if (into.length > 0) {
    const of = (share: LineageLinkLike['share']) => into.filter((l) => l.share === share).map((l) => l.from)
    return { kind: 'cameFrom', whole: distinctNames(of('whole'), byId), part: distinctNames(of('part'), byId) }
  }
  if (!isOld(unit)) return null
  const out = links.from.get(unit.id) ?? []
  if (out.length > 0)
    return {
      kind: 'wentTo',
      names: distinctNames(
        out.map((l) => l.to),
        byId,
      ),
    }
  // Abolished (a district): its area lies in what its province became.
  const seen = new Set([unit.id])
  let ancestor = unit.parentId === null ? undefined : byId.get(unit.parentId)
  while (ancestor && !seen.has(ancestor.id)) {
    seen.add(ancestor.id)
    const up = links.from.get(ancestor.id) ?? []
    if (up.length > 0)
      return {
        kind: 'areaNowIn',
        names: distinctNames(
          up.map((l) => l.to),
          byId,
        ),
      }
    ancestor = ancestor.parentId === null ? undefined : byId.get(ancestor.parentId)
  }
  return null
}
