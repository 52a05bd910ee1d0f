import { emptyTotals, type StatRowLike, type Totals } from '../../src/domain/totals'

/** A row with the given counts and zero elsewhere. */
export function row(unitId: string, month: string, counts: Partial<Totals>, includesDescendants = false): StatRowLike {
  return { unitId, month, includesDescendants, ...emptyTotals(), ...counts }
}
