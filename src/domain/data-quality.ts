// What a data-quality notice says beyond the broken rows: which figures they touch.
import { RULE_FIELDS, type InvariantViolation } from './invariants'
import { METRIC_IDS, metricFields, type MetricId } from './metrics'

/** Every metric that reads a field some violation voided (computed over the other rows), in the metric table's order. */
export function affectedMetrics(violations: readonly InvariantViolation[]): MetricId[] {
  const fields = new Set(violations.flatMap((v) => RULE_FIELDS[v.rule]))
  return METRIC_IDS.filter((metric) => metricFields(metric).some((field) => fields.has(field)))
}

/** Whether the dossier counts themselves (received) leave some rows out. */
export function affectsReceived(violations: readonly InvariantViolation[]): boolean {
  return violations.some((v) => RULE_FIELDS[v.rule].includes('received'))
}
