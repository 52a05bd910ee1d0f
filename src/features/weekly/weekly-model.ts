// The service centre's week: each unit below (its departments first) this week against last week and its
// target, and the ones that slipped. Weeks are the rows' period keys.
import { targetStatus, type TargetStatus } from '../../domain/lagging'
import { metricValue, type MetricId } from '../../domain/metrics'
import { overPeriod, type MonthlyTotals } from '../../domain/rollup'
import type { UnitKind } from '../../domain/units'

export interface WeeklyInput {
  rolled: ReadonlyMap<string, MonthlyTotals>
  unitId: string
  children: ReadonlyArray<{ id: string; name: string; kind: UnitKind }>
  current: readonly string[]
  previous: readonly string[]
  metric: MetricId
  /** The unit's target for the metric in the weeks' year; null when none. */
  targetOf: (unitId: string) => number | null
}

export interface WeeklyLine {
  unitId: string
  name: string
  kind: UnitKind
  value: number | null
  previous: number | null
  /** value − previous; null unless both have values. */
  change: number | null
  target: number | null
  status: TargetStatus
  /** Dossiers the rate is about this week (its denominator). */
  volume: number
  /** Its rate fell since last week. */
  hasSlipped: boolean
  /** At or above its target last week, below it this week. */
  fellBelowTarget: boolean
}

export interface WeeklyModel {
  own: WeeklyLine
  lines: WeeklyLine[]
  /** Those that slipped, the largest fall first. */
  slipped: WeeklyLine[]
  kinds: UnitKind[]
}

function line(input: WeeklyInput, unit: { id: string; name: string; kind: UnitKind }): WeeklyLine {
  const now = metricValue(input.metric, overPeriod(input.rolled.get(unit.id), input.current))
  const before = metricValue(input.metric, overPeriod(input.rolled.get(unit.id), input.previous)).value
  const target = input.targetOf(unit.id)
  const status = targetStatus(now.value, target)
  const change = now.value !== null && before !== null ? now.value - before : null
  return {
    unitId: unit.id,
    name: unit.name,
    kind: unit.kind,
    value: now.value,
    previous: before,
    change,
    target,
    status,
    volume: now.value === null ? 0 : now.denominator,
    hasSlipped: change !== null && change < 0,
    fellBelowTarget: status === 'notMet' && before !== null && target !== null && before >= target,
  }
}

/** The week's figures of the unit and of its children of one kind (departments, when it has them). */
export function weeklyModel(
  input: WeeklyInput,
  unit: { id: string; name: string; kind: UnitKind },
  kind: UnitKind | null,
): WeeklyModel {
  const kinds = [...new Set(input.children.map((c) => c.kind))]
  const shown = kind && kinds.includes(kind) ? kind : kinds.includes('department') ? 'department' : (kinds[0] ?? null)
  const lines = input.children.filter((c) => c.kind === shown).map((c) => line(input, c))
  const slipped = lines.filter((l) => l.hasSlipped).sort((a, b) => a.change! - b.change! || (a.name < b.name ? -1 : 1))
  return { own: line(input, unit), lines, slipped, kinds }
}
