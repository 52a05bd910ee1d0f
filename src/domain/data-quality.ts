// What a data-quality notice says beyond the broken rows: which figures they touch.
import { RULE_FIELDS, type InvariantViolation } from './invariants'
import { METRIC_IDS, metricFields, type MetricId } from './metrics'
import { shiftPeriod, type MonthRange } from './periods'

/** Every metric that reads a field some violation voided (computed over the other rows), in the table's order. */
export function affectedMetrics(violations: readonly InvariantViolation[]): MetricId[] {
  const fields = new Set(violations.flatMap((v) => RULE_FIELDS[v.rule]))
  return METRIC_IDS.filter((metric) => metricFields(metric).some((field) => fields.has(field)))
}

/** Whether the dossier counts themselves (received) leave some rows out. */
export function affectsReceived(violations: readonly InvariantViolation[]): boolean {
  return violations.some((v) => RULE_FIELDS[v.rule].includes('received'))
}

export interface ViolationGroup {
  unitId: string
  rule: InvariantViolation['rule']
  /** Runs of consecutive months (or ISO weeks, of weekly rows), in order. */
  ranges: MonthRange[]
  months: number
}

/** Violations by unit and rule, their months as runs ("Tháng 1/2020 – Tháng 12/2021"), in the order first met. */
export function groupViolations(violations: readonly InvariantViolation[]): ViolationGroup[] {
  const groups = new Map<string, { unitId: string; rule: InvariantViolation['rule']; months: Set<string> }>()
  for (const v of violations) {
    const key = `${v.unitId}|${v.rule}`
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { unitId: v.unitId, rule: v.rule, months: new Set() }))
    group.months.add(v.month)
  }
  return [...groups.values()].map(({ unitId, rule, months }) => {
    const sorted = [...months].sort()
    const ranges: MonthRange[] = []
    for (const month of sorted) {
      const last = ranges[ranges.length - 1]
      if (last && shiftPeriod(last.to, 1) === month) last.to = month
      else ranges.push({ from: month, to: month })
    }
    return { unitId, rule, ranges, months: sorted.length }
  })
}
