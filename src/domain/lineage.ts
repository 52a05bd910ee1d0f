// History through the lineage (CONTRACT.md, "Units over time"): a unit made at a reorganisation has, for the
// months before it existed, the figures of the units that went into it whole — added up, exactly. A unit
// that went into it only in part is named and left out, and the history before that month is incomplete:
// its numbers are never spread over its successors by guess.
import type { MonthlyTotals } from './rollup'
import { addInto, totalsOf } from './totals'

export interface LineageLinkLike {
  /** A unit that ended the month before `month`. */
  from: string
  /** A unit that exists from `month`. */
  to: string
  month: string
  share: 'whole' | 'part'
}

export interface Predecessors {
  /** Units whose figures are this unit's history: linked to it whole, directly or through whole links. */
  whole: string[]
  /** Units that went in only in part (into it, or into one of its whole predecessors): named, left out. */
  part: string[]
}

export interface LineageHistory {
  /** The unit's own monthly totals, and before it existed its whole predecessors' added up (fresh records). */
  monthly: MonthlyTotals
  /** Some predecessor went in only in part: the figures before `incompleteBefore` leave it out. */
  incomplete: boolean
  partPredecessors: string[]
  /** The months before this one miss what a part predecessor handed over; null when nothing is missing. */
  incompleteBefore: string | null
}

const earlier = (a: string | null, b: string) => (a === null || b < a ? b : a)

const linksIntoCache = new WeakMap<readonly LineageLinkLike[], Map<string, LineageLinkLike[]>>()

/** The links into a unit, per unit (a new unit's predecessors); built once per lineage (answers never change). */
function linksInto(lineage: readonly LineageLinkLike[]): Map<string, LineageLinkLike[]> {
  let into = linksIntoCache.get(lineage)
  if (into) return into
  into = new Map()
  for (const link of lineage) {
    const links = into.get(link.to)
    if (links) links.push(link)
    else into.set(link.to, [link])
  }
  linksIntoCache.set(lineage, into)
  return into
}

/**
 * Walks the predecessors of `unitId`: `visit(unit, before)` for the unit itself (before = null) and for every
 * whole predecessor, transitively, with the month before which its figures count; `part(link, before)` for
 * every link that came in part. Each unit is visited once, so a repeated or circular link counts nothing twice.
 */
export function walkLineage(
  lineage: readonly LineageLinkLike[],
  unitId: string,
  visit: (unitId: string, before: string | null) => void,
  part: (link: LineageLinkLike, before: string) => void,
): void {
  const into = linksInto(lineage)
  const seen = new Set<string>([unitId])
  const queue: Array<[string, string | null]> = [[unitId, null]]
  for (let i = 0; i < queue.length; i++) {
    const [current, before] = queue[i]!
    visit(current, before)
    for (const link of into.get(current) ?? []) {
      const until = earlier(before, link.month)
      if (link.share === 'part') part(link, until)
      else if (!seen.has(link.from)) {
        seen.add(link.from)
        queue.push([link.from, until])
      }
    }
  }
}

/** The units that went into `unitId`, whole (transitively) and in part. */
export function predecessorsOf(lineage: readonly LineageLinkLike[], unitId: string): Predecessors {
  const whole: string[] = []
  const part = new Set<string>()
  const visit = (id: string) => {
    if (id !== unitId) whole.push(id)
  }
  walkLineage(lineage, unitId, visit, (link) => part.add(link.from))
  return { whole, part: [...part] }
}

/**
 * The nearest units that went into `unitId`, whole or in part, through as many reorganisations as it takes,
 * for which `isThere` holds (say, the units that existed in a year before `unitId` did).
 */
export function nearestPredecessors(
  lineage: readonly LineageLinkLike[],
  unitId: string,
  isThere: (unitId: string) => boolean,
): string[] {
  const into = linksInto(lineage)
  const found: string[] = []
  const seen = new Set<string>([unitId])
  const queue = [unitId]
  for (let i = 0; i < queue.length; i++) {
    for (const link of into.get(queue[i]!) ?? []) {
      if (seen.has(link.from)) continue
      seen.add(link.from)
      if (isThere(link.from)) found.push(link.from)
      else queue.push(link.from)
    }
  }
  return found
}

/** Where an old unit went: the links out of it (one whole link, or several part links). */
export function successorsOf(lineage: readonly LineageLinkLike[], unitId: string): LineageLinkLike[] {
  return lineage.filter((link) => link.from === unitId)
}

/**
 * A unit's monthly totals across reorganisations: its own, and for the months before it existed the sum of
 * its whole predecessors' (each only for its months before the link). `byUnit` holds rolled-up totals per
 * unit (rollup.ts), old and new units alike; a rate of the result is still a ratio of these sums.
 */
export function historyThroughLineage(
  unitId: string,
  byUnit: ReadonlyMap<string, MonthlyTotals>,
  lineage: readonly LineageLinkLike[],
): LineageHistory {
  const monthly: MonthlyTotals = new Map()
  const partPredecessors = new Set<string>()
  let incompleteBefore: string | null = null
  const visit = (id: string, before: string | null) => {
    for (const [month, totals] of byUnit.get(id) ?? []) {
      if (before !== null && month >= before) continue
      const into = monthly.get(month)
      if (into) addInto(into, totals)
      else monthly.set(month, totalsOf(totals))
    }
  }
  walkLineage(lineage, unitId, visit, (link, before) => {
    partPredecessors.add(link.from)
    if (incompleteBefore === null || incompleteBefore < before) incompleteBefore = before
  })
  const sorted: MonthlyTotals = new Map([...monthly].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return {
    monthly: sorted,
    incomplete: partPredecessors.size > 0,
    partPredecessors: [...partPredecessors],
    incompleteBefore,
  }
}

/** Whether a period starting at `firstMonth` reaches into months that miss a part predecessor's figures. */
export function isIncompleteFrom(history: Pick<LineageHistory, 'incompleteBefore'>, firstMonth: string): boolean {
  return history.incompleteBefore !== null && firstMonth < history.incompleteBefore
}
