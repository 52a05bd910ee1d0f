// The targets a user can set, as plain values: for each unit and metric its own value, or the value it
// inherits and from which unit (the nearest above it that has one), or none.
import { TARGET_RATE_FIELDS, type Target, type TargetRateField, type TargetUpdate } from '../../api/contract'
import { ancestorsOf, type UnitLike, type UnitTree } from '../../domain/units'
import { isValidInYear } from '../../domain/validity'

export interface TargetCell {
  value: number | null
  source: 'own' | 'inherited' | 'none'
  /** The unit the value is set on (itself when own). */
  fromUnitId: string | null
}

export interface TargetSettingRow {
  unit: UnitLike
  isRoot: boolean
  hasChildren: boolean
  cells: Record<TargetRateField, TargetCell>
  setBy: string | null
  setAt: string | null
}

/** Each metric's value for a unit: its own, else the nearest ancestor's in the tree. */
export function targetCells(tree: UnitTree, byUnit: ReadonlyMap<string, Target>, unitId: string) {
  const chain = ancestorsOf(tree, unitId)
  const cells = {} as Record<TargetRateField, TargetCell>
  for (const metric of TARGET_RATE_FIELDS) {
    const holder = chain.find((unit) => byUnit.get(unit.id)?.[metric] !== undefined)
    cells[metric] = holder
      ? {
          value: byUnit.get(holder.id)![metric]!,
          source: holder.id === unitId ? 'own' : 'inherited',
          fromUnitId: holder.id,
        }
      : { value: null, source: 'none', fromUnitId: null }
  }
  return cells
}

/** The unit and its children that exist in `year`, each with its targets and where they come from. */
export function targetSettingRows(
  tree: UnitTree,
  targets: readonly Target[],
  unitId: string,
  year: number,
): TargetSettingRow[] {
  const byUnit = new Map(targets.filter((t) => t.year === year).map((t) => [t.unitId, t]))
  const root = tree.byId.get(unitId)
  if (!root) return []
  const children = (tree.childrenOf.get(unitId) ?? []).filter((unit) => isValidInYear(unit, year))
  return [root, ...children].map((unit) => ({
    unit,
    isRoot: unit === root,
    hasChildren: (tree.childrenOf.get(unit.id) ?? []).length > 0,
    cells: targetCells(tree, byUnit, unit.id),
    setBy: byUnit.get(unit.id)?.setBy ?? null,
    setAt: byUnit.get(unit.id)?.setAt ?? null,
  }))
}

/** A percent typed by a person ("80", "80,5", "") as a rate: null for empty (inherit), NaN when invalid. */
export function rateOfPercent(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return null
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(trimmed)) return Number.NaN
  const value = Number(trimmed)
  return value <= 100 ? Math.round(value * 100) / 10000 : Number.NaN
}

/** The PUT body for the metrics a form changed: a value sets the unit's own, null lets it inherit again. */
export function targetUpdateOf(
  row: TargetSettingRow,
  year: number,
  typed: Partial<Record<TargetRateField, number | null>>,
): TargetUpdate | null {
  const update: TargetUpdate = { unitId: row.unit.id, year }
  let changed = false
  for (const metric of TARGET_RATE_FIELDS) {
    if (!(metric in typed)) continue
    const value = typed[metric] ?? null
    const own = row.cells[metric].source === 'own' ? row.cells[metric].value : null
    if (value === own) continue
    update[metric] = value
    changed = true
  }
  return changed ? update : null
}
