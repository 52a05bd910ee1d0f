// What a unit's history over a period needs from /stats: the unit over its own months, and every predecessor
// that went into it whole over its months before the link (lineage.ts). Those that went in part are not asked
// for: their figures are left out of the history, never spread by guess.
import { walkLineage, type LineageLinkLike } from './lineage'
import { addMonths, type MonthRange } from './periods'
import type { UnitLike } from './units'

export interface HistorySpan extends MonthRange {
  unitId: string
}

type Validity = Pick<UnitLike, 'validFrom' | 'validTo'>

const later = (a: string, b: string | null | undefined) => (b != null && b > a ? b : a)
const sooner = (a: string, b: string | null | undefined) => (b != null && b < a ? b : a)

/**
 * The spans of months to ask for each unit of `unitId`'s history over `range`, clipped to each unit's validity
 * (`byId`: the units of every version; a unit not in it counts as valid always); empty spans are left out.
 */
export function historySpans(
  unitId: string,
  range: MonthRange,
  byId: ReadonlyMap<string, Validity>,
  lineage: readonly LineageLinkLike[],
): HistorySpan[] {
  const spans: HistorySpan[] = []
  const visit = (id: string, before: string | null) => {
    const unit = byId.get(id)
    const from = later(range.from, unit?.validFrom)
    const to = sooner(sooner(range.to, unit?.validTo), before === null ? null : addMonths(before, -1))
    if (from <= to) spans.push({ unitId: id, from, to })
  }
  walkLineage(lineage, unitId, visit, () => {})
  return spans
}
