// "Not reported is not zero" (CONTRACT.md): a count a source leaves out of a row is set to 0 and voided, so
// every metric that reads it is computed over the rows that report it, and none counts a 0 that nobody said.
import { COUNT_FIELDS, type CountField, type StatRowLike, type Totals } from './totals'

/** A row as a server may send it: its identity and `received`, the other counts where reported. */
export type ReportedRowLike = Omit<StatRowLike, CountField | 'voided'> & { received: number } & Partial<
    Record<CountField, number>
  >

/** The row with every count: one that reports them all is returned as is (nearly every row). */
export function completeRow(row: ReportedRowLike): StatRowLike {
  let absent: CountField[] | null = null
  for (const field of COUNT_FIELDS) if (row[field] === undefined) (absent ??= []).push(field)
  if (!absent) return row as StatRowLike
  const out = { ...row } as StatRowLike
  for (const field of absent) out[field] = 0
  const kept: Totals = { ...out }
  delete kept.voided
  out.voided = new Map([[absent.join(), { fields: absent, totals: kept, unreported: absent }]])
  return out
}

/** The fields a row did not report at all (not those it voided for a broken rule). */
export function unreportedFieldsOf(row: Totals): ReadonlySet<CountField> {
  const fields = new Set<CountField>()
  for (const part of row.voided?.values() ?? []) for (const field of part.unreported ?? []) fields.add(field)
  return fields
}

/** The fields a row did not report (or voided): a rule that reads one of them is not checked on it. */
export function voidedFieldsOf(row: Totals): ReadonlySet<CountField> {
  const fields = new Set<CountField>()
  for (const part of row.voided?.values() ?? []) for (const field of part.fields) fields.add(field)
  return fields
}
