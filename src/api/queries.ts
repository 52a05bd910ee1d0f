// Query keys and queryOptions factories: the only way views ask for server data.
import { queryOptions } from '@tanstack/vue-query'
import type { ApiClient, UnitsWithLineage } from './client'
import type { StatRow, StatsQuery, WeekStatsQuery } from './contract'
import type { MetricId } from '../domain/metrics'
import type { MonthRange } from '../domain/periods'
import { periodAsMonthRow } from '../domain/period-rows'
import { completeRow } from '../domain/unreported'
import { isWeek } from '../domain/weeks'

/** A /stats request of months, or (grain 'period') of one row per unit summed over the months. */
export type AnyMonthsQuery = Omit<StatsQuery, 'grain'> & { grain?: 'month' | 'period'; behind?: MetricId }

export const meKeys = { all: ['me'] as const }
export const metaKeys = { all: ['meta'] as const }
export const unitsKeys = { all: ['units'] as const }
export const statsKeys = {
  all: ['stats'] as const,
  query: (query: AnyMonthsQuery) =>
    query.grain === 'period'
      ? (['stats', 'period', query.unit, query.depth, query.from, query.to, query.behind ?? null] as const)
      : (['stats', query.unit, query.depth, query.from, query.to] as const),
}
export const weekStatsKeys = {
  query: (query: Omit<WeekStatsQuery, 'grain'>) =>
    ['stats', 'week', query.unit, query.depth, query.from, query.to] as const,
}
export const targetsKeys = {
  all: ['targets'] as const,
  year: (year: number) => ['targets', year] as const,
}

export const importsKeys = { all: ['imports'] as const }

/**
 * Answers are handed to views as they are, not wrapped in deep readonly proxies: views only read them,
 * and a proxy on every row and field made reading 10,000 units or 7,000 rows several times slower.
 */
export const AS_IS = { shallow: true } as const

/** Session-long data: asked once, kept until sign-out. */
const SESSION = { staleTime: Infinity, gcTime: Infinity, ...AS_IS } as const

export function meOptions(api: ApiClient) {
  return queryOptions({ queryKey: meKeys.all, queryFn: ({ signal }) => api.me(signal), ...SESSION })
}

export function metaOptions(api: ApiClient) {
  return queryOptions({ queryKey: metaKeys.all, queryFn: ({ signal }) => api.meta(signal), ...SESSION })
}

/** The one /units answer, units and lineage, read by both of the options below (one request for both). */
function unitsAnswerOptions(api: ApiClient) {
  return { queryKey: unitsKeys.all, queryFn: ({ signal }: { signal: AbortSignal }) => api.unitsWithLineage(signal) }
}
const unitsOf = (answer: UnitsWithLineage) => answer.units
const lineageOf = (answer: UnitsWithLineage) => answer.lineage

/** Every unit of every version in scope (what screens read as the unit list). */
export function unitsOptions(api: ApiClient) {
  return queryOptions({ ...unitsAnswerOptions(api), select: unitsOf, ...SESSION })
}

/** The links between old and new units (empty from a server that knows none), from the same answer. */
export function lineageOptions(api: ApiClient) {
  return queryOptions({ ...unitsAnswerOptions(api), select: lineageOf, ...SESSION })
}

export function targetsOptions(api: ApiClient, year: number) {
  return queryOptions({
    queryKey: targetsKeys.year(year),
    queryFn: ({ signal }) => api.targets(year, signal),
    ...SESSION,
  })
}

/** The import history (GET /imports): asked when the import screen is open, again after each change. */
export function importsOptions(api: ApiClient) {
  return queryOptions({ queryKey: importsKeys.all, queryFn: ({ signal }) => api.imports(signal), ...AS_IS })
}

/** A period's rows stand as monthly rows in their last month (period-rows.ts). */
export function statsOptions(api: ApiClient, { grain, ...query }: AnyMonthsQuery) {
  return queryOptions({
    queryKey: statsKeys.query({ grain, ...query }),
    queryFn: async ({ signal }) =>
      grain === 'period'
        ? (await api.periodStats(query, signal)).map((row) => completeRow(periodAsMonthRow(row)))
        : api.stats(query, signal),
    staleTime: 5 * 60_000,
  })
}

/**
 * A stats request of either grain, answered as rows of periods: a range of ISO weeks asks grain=week and each row
 * carries its week in `month`, so the domain's rollups and periods read them as months (periods.ts).
 */
export function periodStatsOptions(api: ApiClient, query: AnyMonthsQuery) {
  if (!isWeek(query.from)) return statsOptions(api, query)
  const { grain: _grain, ...weeks } = query
  return queryOptions({
    queryKey: statsKeys.query(weeks),
    queryFn: async ({ signal }): Promise<StatRow[]> =>
      (await api.weekStats(weeks, signal)).map(({ week, ...row }) => completeRow({ ...row, month: week })),
    staleTime: 5 * 60_000,
  })
}

export function weekStatsOptions(api: ApiClient, query: Omit<WeekStatsQuery, 'grain'>) {
  return queryOptions({
    queryKey: weekStatsKeys.query(query),
    queryFn: ({ signal }) => api.weekStats(query, signal),
    staleTime: 5 * 60_000,
  })
}

/**
 * The stats request of a screen about one unit (overview, targets): the unit and its children over the
 * view's fetch window (`depth` 0: the unit alone, the overview's first step). One definition, so that a
 * request asked ahead (prefetch-view.ts) is the page's.
 */
export function unitViewStatsQuery(unitId: string, window: MonthRange, depth = 1): StatsQuery {
  return { unit: unitId, depth, from: window.from, to: window.to }
}
