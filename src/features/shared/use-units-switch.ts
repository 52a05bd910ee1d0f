// The switch between the units of today and the former units as they were (before the reform of 2025-07). The
// view's state is its URL: the switch is a set of links to the same view of another unit, its period kept where
// that unit existed (a former unit's period ends with its last month).
import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import type { LineageLinkLike } from '../../domain/lineage'
import { addMonths } from '../../domain/periods'
import type { UnitLike, UnitTree } from '../../domain/units'
import { viewQuery, type ViewState } from '../../domain/view-state'

export interface UnitsSwitchLink {
  unitId: string
  name: string
  to: RouteLocationRaw
}

export interface UnitsSwitch {
  /** The view shows a former unit (ended before the data's last month), or one of today. */
  showsOld: boolean
  /** The month the former units ended, and the first of today's. */
  lastOld: string
  firstNew: string
  /** Today's unit this one went into whole, when it shows a former one. */
  current: UnitsSwitchLink | null
  /** The former units that went into it whole, when its period reaches before it existed. */
  former: UnitsSwitchLink[]
}

/** The switch for the view's unit, or null when there is nothing to switch to. */
export function useUnitsSwitch(input: {
  routeName: string
  tree: MaybeRefOrGetter<UnitTree | null>
  lineage: MaybeRefOrGetter<readonly LineageLinkLike[]>
  unit: MaybeRefOrGetter<UnitLike | null>
  state: MaybeRefOrGetter<ViewState | null>
}): ComputedRef<UnitsSwitch | null> {
  return computed(() => {
    const unit = toValue(input.unit)
    const state = toValue(input.state)
    const tree = toValue(input.tree)
    return unit && state && tree ? unitsSwitchOf(input.routeName, unit, state, tree, toValue(input.lineage)) : null
  })
}

/**
 * A former unit: a link to the unit of today it went into whole (none for an abolished district). A unit of today
 * over a period reaching before it existed: links to the units that went into it whole, over their months.
 */
export function unitsSwitchOf(
  routeName: string,
  unit: UnitLike,
  state: ViewState,
  tree: UnitTree,
  lineage: readonly LineageLinkLike[],
): UnitsSwitch | null {
  const link = (id: string, range: ViewState['range']): UnitsSwitchLink => ({
    unitId: id,
    name: tree.byId.get(id)?.name ?? id,
    to: { name: routeName, query: viewQuery({ ...state, unitId: id, group: null, range }) },
  })
  if (unit.validTo != null) {
    const into = lineage.find((l) => l.from === unit.id && l.share === 'whole')
    if (!into) return null
    return {
      showsOld: true,
      lastOld: unit.validTo,
      firstNew: addMonths(unit.validTo, 1),
      current: link(into.to, state.range),
      former: [],
    }
  }
  if (unit.validFrom == null || state.range.from >= unit.validFrom) return null
  const lastOld = addMonths(unit.validFrom, -1)
  const range = { from: state.range.from, to: state.range.to < lastOld ? state.range.to : lastOld }
  const former = lineage.filter((l) => l.to === unit.id && l.share === 'whole').map((l) => link(l.from, range))
  return former.length > 0 ? { showsOld: false, lastOld, firstNew: unit.validFrom, current: null, former } : null
}
