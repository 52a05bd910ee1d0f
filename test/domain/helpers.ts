import { emptyTotals, type StatRowLike, type Totals } from '../../src/domain/totals'
import { buildUnitTree, type UnitLike } from '../../src/domain/units'

/** A row with the given counts and zero elsewhere. */
export function row(unitId: string, month: string, counts: Partial<Totals>, includesDescendants = false): StatRowLike {
  return { unitId, month, includesDescendants, ...emptyTotals(), ...counts }
}

/** A unit named by its id. */
export const unitOf = (id: string, kind: UnitLike['kind'], parentId: string | null): UnitLike => ({
  id,
  code: id,
  name: id,
  kind,
  parentId,
})

/** A country of two provinces: P1 with a department and a district, P2 with a district; a commune in each. */
export const THREE_TIERS = buildUnitTree([
  unitOf('VN', 'country', null),
  unitOf('P1', 'province', 'VN'),
  unitOf('S1', 'department', 'P1'),
  unitOf('D1', 'district', 'P1'),
  unitOf('C1', 'commune', 'D1'),
  unitOf('P2', 'province', 'VN'),
  unitOf('D2', 'district', 'P2'),
  unitOf('C2', 'commune', 'D2'),
])
