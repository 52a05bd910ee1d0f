// Units, statistics and meta: reads, each within the caller's scope.
import type { Context, Hono, MiddlewareHandler } from 'hono'
import { AnswerCache, type RespondOptions } from '../http/answer-cache'
import type { ApiContext, AppEnv } from '../http/env'
import { checkStatsSize, periodCount, withDeadline } from '../http/limits'
import { badRequest, forbidden, invalid, notFound, Problem } from '../http/problem'
import {
  MAX_PERIOD_DEPTH,
  PeriodStatsQuerySchema,
  StatsQuerySchema,
  WeekStatsQuerySchema,
} from '../../src/api/contract'
import type { MetricId } from '../../src/domain/metrics'
import { behindFields } from '../../src/domain/months-behind'
import { unitTreeOf } from '../../src/domain/units'
import { MonthsBehindKeeper } from '../store/months-behind'
import { COUNT_FIELDS, OPTIONAL_FLOW_FIELDS } from '../../src/domain/totals'
import { clipRange } from '../../src/domain/periods'
import { isWeek } from '../../src/domain/weeks'
import type { ApiStatRow, StatsCheck, StatsGrain, StatsQuery } from '../store/store'

/** Scope checks kept at most (a few hundred bytes each). */
const MAX_CHECKS = 10_000

/** A unit's row over months in which it had no dossier: every count 0 (a month without a row reports every count). */
function zeroRow(unitId: string, includesDescendants: boolean, months: { from: string; to: string }): ApiStatRow {
  const counts = Object.fromEntries([...COUNT_FIELDS, ...OPTIONAL_FLOW_FIELDS].map((field) => [field, 0]))
  return { unitId, ...months, includesDescendants, received: 0, ...counts } as ApiStatRow
}

const takesGzip = (header: string | undefined) => /\bgzip\b/.test(header ?? '')

/** A /stats query, checked as the mock checks it (the contract's schemas; a week must exist in its year). */
function statsQuery(query: Record<string, string>): {
  unit: string
  depth: number
  grain: StatsGrain
  from: string
  to: string
  behind?: MetricId
} {
  if (query.grain === 'period') {
    const parsed = PeriodStatsQuerySchema.safeParse(query)
    if (!parsed.success) throw invalid(parsed.error)
    return parsed.data
  }
  if (query.grain !== 'week') {
    const parsed = StatsQuerySchema.safeParse(query)
    if (!parsed.success) throw invalid(parsed.error)
    return { ...parsed.data, grain: 'month' }
  }
  const parsed = WeekStatsQuerySchema.safeParse(query)
  if (!parsed.success) throw invalid(parsed.error)
  for (const name of ['from', 'to'] as const) {
    const week = parsed.data[name]
    if (!isWeek(week)) throw badRequest(`${name}: ${week} is not an ISO week of its year`)
  }
  return parsed.data
}

/** What the answer cache takes from the request: the client's ETag, and where to record the time. */
const answerOptions = (c: Context<AppEnv>): RespondOptions => ({
  ifNoneMatch: c.req.header('if-none-match'),
  timing: c.get('timings')?.add,
})

export function dataRoutes(app: Hono<AppEnv>, ctx: ApiContext, auth: MiddlewareHandler<AppEnv>) {
  const cache = new AnswerCache(32 * 1024 * 1024, ctx.limits.answersAtOnce)

  // Scope checks of /stats (can the scope see the unit, how many units down to the depth), kept per data version:
  // they read units, their closure and lineage, which change only with the data (a seed bumps the version too).
  // Asking the version is one row by its key; the check itself walks the lineage and counts the closure.
  const checks = new Map<string, StatsCheck>()
  let checksVersion = ''
  async function checkStats(scope: string, unit: string, depth: number): Promise<StatsCheck> {
    const version = await ctx.store.dataVersion()
    if (version !== checksVersion) {
      checks.clear()
      checksVersion = version
    }
    const key = `${scope}|${unit}|${depth}`
    const kept = checks.get(key)
    if (kept) return kept
    const check = await ctx.store.statsCheck(scope, unit, depth)
    if (check.version !== checksVersion) return check // the data changed meanwhile: kept under neither version
    if (checks.size >= MAX_CHECKS) checks.clear()
    checks.set(key, check)
    return check
  }

  /** A month range within the months with data; null when it has none of them. */
  async function withData(range: { from: string; to: string }) {
    const meta = await ctx.store.meta()
    return meta.firstMonth && meta.lastMonth ? clipRange(range, { from: meta.firstMonth, to: meta.lastMonth }) : null
  }

  const keeper = new MonthsBehindKeeper(ctx.store)

  /**
   * A period's rows with each unit's months behind and trend on `metric` (counted over the caller's scope, up to the
   * query's end), and a row of zeros for each unit of the answer without a dossier in its months.
   */
  async function withBehind(scope: string, query: StatsQuery, metric: MetricId) {
    const meta = await ctx.store.meta()
    const available = { from: meta.firstMonth!, to: meta.lastMonth! }
    const [rows, behind, { units }] = await Promise.all([
      ctx.store.stats(scope, query),
      keeper.behindFor(scope, metric, query.to, available),
      ctx.store.unitsFor(scope),
    ])
    const has = new Set(rows.map((row) => `${row.includesDescendants}|${row.unitId}`))
    const tree = unitTreeOf(units)
    const visit = (unitId: string, level: number) => {
      const unit = tree.byId.get(unitId)
      const months = unit && clipRange(query, { from: unit.validFrom ?? query.from, to: unit.validTo ?? query.to })
      if (!months) return
      const isDeepest = level === query.depth
      if (!has.has(`${isDeepest}|${unitId}`)) rows.push(zeroRow(unitId, isDeepest, months))
      if (!isDeepest) for (const child of tree.childrenOf.get(unitId) ?? []) visit(child.id, level + 1)
    }
    visit(query.unitId, 0)
    return rows.map((row) => ({ ...row, ...behindFields(behind, row.unitId) }))
  }

  app.get('/units', auth, async (c) => {
    const scope = c.get('user').scopeUnitId
    const gzip = takesGzip(c.req.header('accept-encoding'))
    return withDeadline(ctx.limits.queryTimeoutMs, async () => {
      const version = await ctx.store.dataVersion()
      return cache.respond(`units|${version}|${scope}`, gzip, () => ctx.store.unitsFor(scope), answerOptions(c))
    })
  })

  app.get('/stats', auth, async (c) => {
    c.get('timings')?.lap('auth') // the session's check, and the request's parsing before it
    const { unit, depth, grain, behind, ...asked } = statsQuery(c.req.query())
    const scope = c.get('user').scopeUnitId
    const gzip = takesGzip(c.req.header('accept-encoding'))
    return withDeadline(ctx.limits.queryTimeoutMs, async () => {
      if (grain === 'week' && !(await ctx.store.meta()).firstWeek)
        throw badRequest('grain: this server keeps months only')
      const check = await checkStats(scope, unit, depth)
      c.get('timings')?.lap('check')
      if (check.access === 'unknown') throw notFound(`Unknown unit ${unit}`)
      if (check.access === 'forbidden') throw forbidden(`Unit ${unit} is outside your scope`)
      // A period's sum covers the months with data: its rows' `from`/`to` and stocks say which.
      const range = grain === 'period' ? await withData(asked) : asked
      if (!range) return c.json({ rows: [] })
      const { from, to } = range
      checkStatsSize(check.units, grain === 'period' ? 1 : periodCount(grain, from, to), ctx.limits.statsRowLimit)
      const query = { unitId: unit, depth, grain, from, to }
      if (behind) return c.json({ rows: await withBehind(scope, query, behind) })
      const key = `stats|${check.version}|${unit}|${depth}|${grain}|${from}|${to}`
      // Past the scope check: the rows of a unit the caller may see are the same for every caller who may.
      return cache.respond(key, gzip, () => ctx.store.statsAnswer(scope, query), answerOptions(c))
    })
  })

  app.get('/meta', auth, async (c) => {
    const meta = await ctx.store.meta()
    if (!meta.firstMonth || !meta.lastMonth) throw new Problem(503, 'Service Unavailable', 'No statistics loaded yet')
    return c.json({
      firstMonth: meta.firstMonth,
      lastMonth: meta.lastMonth,
      updatedAt: meta.updatedAt ?? new Date(0).toISOString(),
      rootUnitId: c.get('user').scopeUnitId,
      grains: meta.firstWeek ? ['month', 'week', 'period'] : ['month', 'period'],
      monthsBehind: true,
      periodDepth: MAX_PERIOD_DEPTH,
      ...(meta.firstWeek ? { firstWeek: meta.firstWeek, lastWeek: meta.lastWeek } : {}),
    })
  })
}
