// What `grain=period&behind=<metric>` must answer, worked out here as the lagging list works it out from the months
// today (its fallback path): the whole scope's monthly rows from the first month with data, asked with the same plan
// (historyCoveringPlan), completed and screened as one answer, rolled up, each unit's history carried through the
// lineage, then the breakdown's figures (breakdown.ts unitFigure: monthsBehind over the months) and the sparkline's
// months (series.ts monthlyMetric). For the mock's and the server's tests alike; it never reads the API's counts.
import { scopeFigures } from '../../src/features/lagging/lagging-model'
import { historyCoveringPlan, structureMonth, withHistory } from '../../src/domain/history-view'
import { screenRows } from '../../src/domain/invariants'
import type { MetricId } from '../../src/domain/metrics'
import { monthsOf, trendMonths, yearsOf, type MonthRange } from '../../src/domain/periods'
import { rollupByUnit } from '../../src/domain/rollup'
import { monthlyMetric } from '../../src/domain/series'
import { indexTargets, type TargetLike } from '../../src/domain/targets'
import { completeRow, type ReportedRowLike } from '../../src/domain/unreported'
import { subtreeOf, unitTreeOf, type UnitLike } from '../../src/domain/units'
import { treeAt, treesByYear } from '../../src/domain/validity'
import { quickPeriodPlan } from '../../src/domain/view-reach'
import type { ViewState } from '../../src/domain/view-state'
import type { LineageLinkLike } from '../../src/domain/lineage'

export type GetJson = <T>(path: string) => Promise<T>

interface Behind {
  monthsBehind: number
  trend: Array<number | null>
}

export interface BehindComparison {
  /** By unit shown (the scope's tree at the period's last month, below its root): as the months give them. */
  expected: Map<string, Behind & { isOpen: boolean; status: string }>
  /** By unit: what the period answer's rows carried (the rows of the period's own requests). */
  actual: Map<string, Behind>
}

/** Asks what the lagging list of `rootId`'s scope asks with `behind`, and works out what it must hold. */
export async function compareBehind(
  get: GetJson,
  rootId: string,
  metric: MetricId,
  range: MonthRange,
): Promise<BehindComparison> {
  const meta = await get<{ firstMonth: string; lastMonth: string }>('/meta')
  const available = { from: meta.firstMonth, to: meta.lastMonth }
  const { units, lineage } = await get<{ units: UnitLike[]; lineage?: LineageLinkLike[] }>('/units')
  const links = lineage ?? []
  const tree = unitTreeOf(units)
  const root = tree.byId.get(rootId)!
  const shownTree = treeAt(units, structureMonth(root, range))
  const shownIds = subtreeOf(shownTree, rootId).map((u) => u.id)
  const window = { from: available.from, to: range.to }

  const rows = []
  for (const { isOwnOnly, ...q } of historyCoveringPlan(rootId, window, tree, links)) {
    const answer = await get<{ rows: ReportedRowLike[] }>(
      `/stats?unit=${q.unit}&depth=${q.depth}&from=${q.from}&to=${q.to}`,
    )
    for (const row of answer.rows) if (!isOwnOnly || row.unitId === q.unit) rows.push(completeRow(row))
  }
  const targets: TargetLike[] = []
  for (const year of yearsOf(monthsOf(window))) {
    targets.push(...(await get<{ targets: TargetLike[] }>(`/targets?year=${year}`)).targets)
  }
  const { rolled, gaps } = withHistory(rollupByUnit(screenRows(rows).valid, tree), shownIds, links)
  // A metric the screens offer has targets; one without (any metric the API takes) counts none behind alike.
  const state: ViewState = {
    unitId: rootId,
    range,
    metric: metric as ViewState['metric'],
    comparison: 'previousPeriod',
    group: null,
    minVolume: 0,
  }
  const figures = scopeFigures({
    state,
    rolled,
    tree: shownTree,
    targets: indexTargets(targets),
    available,
    history: monthsOf(window),
    targetTrees: treesByYear(units),
    lineage: links,
    gaps,
    scopeId: rootId,
  })
  const trendOf = trendMonths({ from: range.to, to: range.to }, available)
  const expected = new Map(
    figures.map((f) => [
      f.unitId,
      {
        monthsBehind: f.monthsBehind,
        isOpen: f.isMonthsBehindOpen,
        status: f.status,
        trend: monthlyMetric(rolled.get(f.unitId), trendOf, metric),
      },
    ]),
  )

  const actual = new Map<string, Behind>()
  const view = { range, comparison: 'previousPeriod' as const }
  const input = { unitId: rootId, tree, lineage: links, shown: shownIds }
  for (const { isOwnOnly, ...q } of quickPeriodPlan(input, view, available, metric).filter((q) => q.behind)) {
    const answer = await get<{ rows: Array<{ unitId: string } & Behind> }>(
      `/stats?grain=period&unit=${q.unit}&depth=${q.depth}&from=${q.from}&to=${q.to}&behind=${q.behind}`,
    )
    for (const row of answer.rows) {
      if (isOwnOnly && row.unitId !== q.unit) continue
      actual.set(row.unitId, { monthsBehind: row.monthsBehind, trend: row.trend })
    }
  }
  return { expected, actual }
}
