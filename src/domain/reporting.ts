// "Not reported is not zero" on screen (CONTRACT.md): a count or metric says how many units reported its inputs —
// all of them (a plain figure), some ("reported by N of M units", over those only) or none ("not reported").
import { metricFields, type MetricId } from './metrics'
import type { CountField, StatRowLike, Totals } from './totals'
import { ancestorsOf, type UnitTree } from './units'
import { unreportedFieldsOf } from './unreported'

/** How many units had rows in the figure, and how many of them reported its inputs. */
export interface Reporting {
  reportedUnits: number
  totalUnits: number
}

export type ReportingStatus = 'reported' | 'partlyReported' | 'notReported'

/** A count over the rows that report it; null when no unit did ("not reported", never 0). */
export interface ReportedCount extends Reporting {
  value: number | null
  status: ReportingStatus
}

/** Every unit had its inputs (also when there were no rows: nothing left out). */
export const FULLY_REPORTED: Reporting = { reportedUnits: 0, totalUnits: 0 }

export function reportingStatus({ reportedUnits, totalUnits }: Reporting): ReportingStatus {
  if (reportedUnits === totalUnits) return 'reported'
  return reportedUnits === 0 ? 'notReported' : 'partlyReported'
}

/**
 * Units with rows, and those of them that reported every one of `fields` in at least one row (a unit whose
 * rows lack a field in some months counts as reporting it: the figure is over the months it did).
 */
export function reportingOf(rows: readonly StatRowLike[], fields: readonly CountField[]): Reporting {
  const all = new Set<string>()
  const reported = new Set<string>()
  for (const row of rows) {
    all.add(row.unitId)
    if (reported.has(row.unitId)) continue
    if (!row.voided) {
      reported.add(row.unitId)
      continue
    }
    const lacking = unreportedFieldsOf(row)
    if (!fields.some((field) => lacking.has(field))) reported.add(row.unitId)
  }
  return { reportedUnits: reported.size, totalUnits: all.size }
}

/** The reporting of a metric's inputs. */
export function metricReporting(rows: readonly StatRowLike[], metric: MetricId): Reporting {
  return reportingOf(rows, metricFields(metric))
}

/** The rows of `rootId`'s subtree (itself included) in the given months. */
export function rowsWithin(
  rows: readonly StatRowLike[],
  tree: UnitTree,
  rootId: string,
  months: readonly string[],
): StatRowLike[] {
  const inPeriod = new Set(months)
  return rows.filter(
    (row) =>
      inPeriod.has(row.month) &&
      (row.unitId === rootId || ancestorsOf(tree, row.unitId).some((unit) => unit.id === rootId)),
  )
}

/** A count of summed totals (rows that did not report it are 0 in it already), with its reporting. */
export function reportedCount(totals: Totals, field: CountField, reporting: Reporting): ReportedCount {
  const status = reportingStatus(reporting)
  return { value: status === 'notReported' ? null : totals[field], status, ...reporting }
}

/**
 * Dossiers received at the desk: received less online and postal, over the rows that report both channels
 * (a row without the postal split has an unknown desk count, not all of it).
 */
export function deskCount(totals: Totals, reporting: Reporting): ReportedCount {
  const status = reportingStatus(reporting)
  if (status === 'notReported') return { value: null, status, ...reporting }
  // Received less both channels, then without what the rows that lack one of them counted in the others.
  let desk = totals.received - totals.receivedOnline - totals.receivedPostal
  for (const part of totals.voided?.values() ?? [])
    if (part.fields.includes('receivedOnline') || part.fields.includes('receivedPostal'))
      desk -= part.totals.received - part.totals.receivedOnline - part.totals.receivedPostal
  return { value: desk, status, ...reporting }
}
