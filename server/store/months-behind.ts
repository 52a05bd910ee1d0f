// Months behind for GET /stats?grain=period&behind=<metric> (CONTRACT.md, "Period sums"), on either database: the
// domain's own computation (src/domain/months-behind.ts) over the caller's scope's monthly partition, asked of the
// store as the client asks it (every unit at every level, the root's whole predecessors before the reform). Each
// month's values are kept per data version, scope and metric (a month's depend only on its rows; an import or a
// revert changes the version): a period change works out only the months it adds. Targets are read at each answer.
import {
  monthsBehindFrom,
  monthRuns,
  scopeMonthValues,
  withMonths,
  type MonthValues,
  type UnitBehind,
} from '../../src/domain/months-behind'
import { historyCoveringPlan } from '../../src/domain/history-view'
import type { MetricId } from '../../src/domain/metrics'
import { monthsOf, yearsOf, type MonthRange } from '../../src/domain/periods'
import { indexTargets } from '../../src/domain/targets'
import type { ReportedRowLike } from '../../src/domain/unreported'
import { unitTreeOf } from '../../src/domain/units'
import { treesByYear } from '../../src/domain/validity'
import type { Store } from './store'

type Query = { unit: string; depth: number; from: string; to: string }
const keyOf = (q: Query) => `${q.unit}|${q.depth}|${q.from}|${q.to}`

export class MonthsBehindKeeper {
  private readonly kept = new Map<string, MonthValues>()
  private last: { key: string; behind: Map<string, UnitBehind> } | null = null

  constructor(private readonly store: Store) {}

  /** Every unit of the scope: its months behind up to `to` (within `available`, the months with data), its trend. */
  async behindFor(scopeId: string, metric: MetricId, to: string, available: MonthRange) {
    const last = to < available.to ? to : available.to
    if (last < available.from) return new Map<string, UnitBehind>()
    const version = await this.store.dataVersion()
    const { units, lineage } = await this.store.unitsFor(scopeId)
    const targets = []
    for (const year of yearsOf(monthsOf({ from: available.from, to: last })))
      targets.push(...(await this.store.targets(scopeId, year)))
    const key = `${version}|${scopeId}|${metric}|${last}|${JSON.stringify(targets)}`
    if (this.last?.key === key) return this.last.behind
    const tree = unitTreeOf(units)
    const valuesKey = `${version}|${scopeId}|${metric}`
    let values = this.kept.get(valuesKey) ?? null
    if (!values) {
      for (const old of this.kept.keys()) if (!old.startsWith(`${version}|`)) this.kept.delete(old)
      if (this.kept.size >= 8) this.kept.delete(this.kept.keys().next().value!)
    }
    // Kept months are always the first ones: those missing run from the first not kept to `last`.
    const missing = monthsOf({ from: available.from, to: last }).filter((month) => !values?.byMonth.has(month))
    if (missing.length > 0) {
      for (const range of monthRuns({ from: missing[0]!, to: missing.at(-1)! })) {
        const fetched = new Map<string, readonly ReportedRowLike[]>()
        for (const { isOwnOnly: _ownOnly, ...q } of historyCoveringPlan(scopeId, range, tree, lineage)) {
          const query = { unitId: q.unit, depth: q.depth, grain: 'month' as const, from: q.from, to: q.to }
          const rows = await this.store.stats(scopeId, query)
          fetched.set(keyOf(q), rows as unknown as ReportedRowLike[])
        }
        const added = scopeMonthValues(
          { rootId: scopeId, tree, lineage, metric, monthlyRows: (q) => fetched.get(keyOf(q)) ?? [] },
          range,
        )
        values = withMonths(values, added)
      }
      this.kept.set(valuesKey, values!)
    }
    const behind = monthsBehindFrom({
      unitIds: tree.byId.keys(),
      metric,
      targets: indexTargets(targets),
      targetTrees: treesByYear(units),
      lineage,
      available,
      to: last,
      values: values!,
    })
    this.last = { key, behind }
    return behind
  }
}
