// The service index screen's figures: the unit's index in the period and its baselines, each group's change,
// and the children that cost it the most points in each group. Periods are months or weeks alike: the rows'
// period keys (rollup.ts reads `month` as whichever the rows carry).
import type { NoValueReason } from '../../domain/metrics'
import { overPeriod, type MonthlyTotals } from '../../domain/rollup'
import { pointsLostByChild, serviceIndex, type ServiceIndex } from '../../domain/service-index'
import type { IndexGroupId, ServiceIndexConfig } from '../../domain/service-index-config'
import type { Totals } from '../../domain/totals'

export interface IndexPeriods {
  current: readonly string[]
  /** The period just before (last month, last week). */
  previous: readonly string[]
  /** A second baseline (the same months a year before; four weeks before). */
  earlier: readonly string[]
}

export interface IndexModelInput {
  rolled: ReadonlyMap<string, MonthlyTotals>
  unitId: string
  children: ReadonlyArray<{ id: string; name: string }>
  periods: IndexPeriods
  config: ServiceIndexConfig
}

export interface GroupLine {
  id: IndexGroupId
  state: 'scored' | 'noData' | 'notMeasured'
  value: number | null
  noValueReason: NoValueReason | null
  isPartlyReported: boolean
  target: number
  maxPoints: number
  points: number | null
  lost: number | null
  /** Points now − points then; null unless both are scored. */
  changePrevious: number | null
  changeEarlier: number | null
}

export interface LossLine {
  unitId: string
  name: string
  weight: number
  value: number
  lost: number
  /** Points lost now − then (more lost: positive); null when the child had no value then. */
  changePrevious: number | null
  changeEarlier: number | null
}

export interface IndexModel {
  index: ServiceIndex
  previous: ServiceIndex
  earlier: ServiceIndex
  groups: GroupLine[]
  losses: Record<IndexGroupId, LossLine[]>
}

const diff = (now: number | null, then: number | null | undefined) =>
  now === null || then === null || then === undefined ? null : now - then

/** The index, its groups and who loses its points, over the periods given. */
export function indexModel(input: IndexModelInput): IndexModel {
  const { rolled, unitId, children, periods, config } = input
  const totalsOf = (id: string, keys: readonly string[]): Totals => overPeriod(rolled.get(id), keys)
  const at = (keys: readonly string[]) => serviceIndex(totalsOf(unitId, keys), config)
  const index = at(periods.current)
  const previous = at(periods.previous)
  const earlier = at(periods.earlier)

  const groups = index.groups.map((g, i): GroupLine => {
    const value = g.value
    return {
      id: g.id,
      state: g.state,
      value: value?.value ?? null,
      noValueReason: value && value.value === null ? value.reason : null,
      isPartlyReported: Boolean(value && value.value !== null && value.isPartlyReported),
      target: g.target,
      maxPoints: g.maxPoints,
      points: g.points,
      lost: g.lost,
      changePrevious: diff(g.points, previous.groups[i]?.points),
      changeEarlier: diff(g.points, earlier.groups[i]?.points),
    }
  })

  const names = new Map(children.map((c) => [c.id, c.name]))
  const lossesAt = (keys: readonly string[]) => {
    const parent = totalsOf(unitId, keys)
    const kids = children.map((c) => ({ unitId: c.id, totals: totalsOf(c.id, keys) }))
    return new Map(config.groups.map((group) => [group.id, pointsLostByChild(group, parent, kids)]))
  }
  const now = lossesAt(periods.current)
  const before = lossesAt(periods.previous)
  const longBefore = lossesAt(periods.earlier)
  const losses = Object.fromEntries(
    config.groups.map((group) => {
      const lostThen = (at: Map<IndexGroupId, ReturnType<typeof pointsLostByChild>>, id: string) =>
        at.get(group.id)?.find((c) => c.unitId === id)?.lost ?? null
      const lines = (now.get(group.id) ?? []).map((c): LossLine => ({
        unitId: c.unitId,
        name: names.get(c.unitId) ?? c.unitId,
        weight: c.weight,
        value: c.value,
        lost: c.lost,
        changePrevious: diff(c.lost, lostThen(before, c.unitId)),
        changeEarlier: diff(c.lost, lostThen(longBefore, c.unitId)),
      }))
      return [group.id, lines]
    }),
  ) as Record<IndexGroupId, LossLine[]>
  return { index, previous, earlier, groups, losses }
}
