// Months behind and the trend for grain=period&behind=<metric> (CONTRACT.md, "Period sums"): the domain's own
// computation (src/domain/months-behind.ts) over the whole scope's monthly partition, as the client would ask it,
// memoised per scope, metric and last month (the generated months never change; an import or a target edit does).
import { scopeMonthsBehind, type UnitBehind } from '../src/domain/months-behind'
import type { MetricId } from '../src/domain/metrics'
import { monthsOf, yearsOf } from '../src/domain/periods'
import { indexTargets } from '../src/domain/targets'
import { unitTreeOf } from '../src/domain/units'
import { treesByYear } from '../src/domain/validity'
import { FIRST_MONTH, LAST_MONTH } from './generator'
import { importsVersion } from './import-store'
import { scopeOf } from './scope'
import { statsRows } from './stats'
import { targetsFor } from './targets'
import type { Dataset } from './units'

const memo = new WeakMap<Dataset, Map<string, Map<string, UnitBehind>>>()

/** Every unit of the scope of `scopeId` (an account's scope unit): its months behind up to `to`, and its trend. */
export function monthsBehindOf(
  dataset: Dataset,
  scopeId: string,
  metric: MetricId,
  to: string,
): ReadonlyMap<string, UnitBehind> {
  const targets = yearsOf(monthsOf({ from: FIRST_MONTH, to })).flatMap((year) => targetsFor(dataset, scopeId, year))
  // Targets can be edited (PUT /targets), the months imported: both are part of the key.
  const key = `${scopeId}|${metric}|${to}|${importsVersion()}|${JSON.stringify(targets)}`
  let byKey = memo.get(dataset)
  if (!byKey) memo.set(dataset, (byKey = new Map()))
  const cached = byKey.get(key)
  if (cached) return cached
  const scope = scopeOf(dataset, scopeId)
  const tree = unitTreeOf(scope.units)
  const answer = scopeMonthsBehind({
    rootId: scopeId,
    tree,
    lineage: scope.lineage,
    targets: indexTargets(targets),
    targetTrees: treesByYear(scope.units),
    metric,
    available: { from: FIRST_MONTH, to: LAST_MONTH },
    to,
    monthlyRows: (query) => {
      const root = dataset.tree.byId.get(query.unit)
      return root ? statsRows(dataset, root, query.depth, monthsOf(query)) : []
    },
  })
  if (byKey.size > 16) byKey.clear()
  byKey.set(key, answer)
  return answer
}
