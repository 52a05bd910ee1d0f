// Months behind and the trend for grain=period&behind=<metric> (CONTRACT.md, "Period sums"): the domain's own
// computation (src/domain/months-behind.ts) over the whole scope's monthly partition, as the client would ask it.
// Each month's values are kept per scope and metric (a month's depend on its rows only; an import starts over):
// the first answer for the whole country works out every month up to its period's end, a period change only the
// months it adds. Targets are read at each answer (PUT /targets changes them).
import {
  monthsBehindFrom,
  monthRuns,
  scopeMonthValues,
  withMonths,
  type MonthValues,
  type UnitBehind,
} from '../src/domain/months-behind'
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

const kept = new WeakMap<Dataset, Map<string, MonthValues>>()
/**
 * Months worked out at a time: the country's rows of a run are let go before the next run's are made. Half a year
 * rather than a year: mock:serve's start (the country's 83 months) peaked at 266–270 MB rather than 282–286 MB, in
 * the same CPU time (8.3–8.6 s; 4 months: 247–255 MB, 5% more CPU).
 */
const RUN_MONTHS = 6

/** The values of every month up to `to` for the scope and metric, working out only those not kept yet. */
function monthValues(dataset: Dataset, scopeId: string, metric: MetricId, to: string): MonthValues {
  let byKey = kept.get(dataset)
  if (!byKey) kept.set(dataset, (byKey = new Map()))
  const key = `${scopeId}|${metric}|${importsVersion()}`
  const values = byKey.get(key) ?? null
  if (!values) {
    for (const old of byKey.keys()) if (!old.endsWith(`|${importsVersion()}`)) byKey.delete(old)
    if (byKey.size >= 8) byKey.delete(byKey.keys().next().value!)
  }
  const missing = monthsOf({ from: FIRST_MONTH, to }).filter((month) => !values?.byMonth.has(month))
  if (values && missing.length === 0) return values
  const scope = scopeOf(dataset, scopeId)
  // The months missing are those after the last kept, or all of them: one range (those before are kept).
  const range = { from: missing[0]!, to: missing.at(-1)! }
  let all = values
  for (const run of monthRuns(range, RUN_MONTHS)) {
    const added = scopeMonthValues(
      {
        rootId: scopeId,
        tree: unitTreeOf(scope.units),
        lineage: scope.lineage,
        metric,
        monthlyRows: (query) => {
          const root = dataset.tree.byId.get(query.unit)
          return root ? statsRows(dataset, root, query.depth, monthsOf(query)) : []
        },
      },
      run,
    )
    all = withMonths(all, added)
  }
  byKey.set(key, all!)
  return all!
}

/** Every unit of the scope of `scopeId` (an account's scope unit): its months behind up to `to`, and its trend. */
export function monthsBehindOf(
  dataset: Dataset,
  scopeId: string,
  metric: MetricId,
  to: string,
): ReadonlyMap<string, UnitBehind> {
  const last = to < LAST_MONTH ? to : LAST_MONTH
  if (last < FIRST_MONTH) return new Map()
  const targets = yearsOf(monthsOf({ from: FIRST_MONTH, to: last })).flatMap((year) =>
    targetsFor(dataset, scopeId, year),
  )
  // The answers of one view (a request per province) share one count.
  const key = `${scopeId}|${metric}|${last}|${importsVersion()}|${JSON.stringify(targets)}`
  if (lastAnswer?.dataset === dataset && lastAnswer.key === key) return lastAnswer.behind
  const values = monthValues(dataset, scopeId, metric, last)
  const scope = scopeOf(dataset, scopeId)
  const behind = monthsBehindFrom({
    unitIds: scope.ids,
    metric,
    targets: indexTargets(targets),
    targetTrees: treesByYear(scope.units),
    lineage: scope.lineage,
    available: { from: FIRST_MONTH, to: LAST_MONTH },
    to: last,
    values,
  })
  lastAnswer = { dataset, key, behind }
  return behind
}

let lastAnswer: { dataset: Dataset; key: string; behind: Map<string, UnitBehind> } | null = null
