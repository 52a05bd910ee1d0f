// Units, statistics and meta: reads, each within the caller's scope.
import type { Hono, MiddlewareHandler } from 'hono'
import { AnswerCache } from '../http/answer-cache'
import type { ApiContext, AppEnv } from '../http/env'
import { checkStatsSize, periodCount, withDeadline } from '../http/limits'
import { badRequest, forbidden, invalid, notFound, Problem } from '../http/problem'
import { StatsQuerySchema, WeekStatsQuerySchema } from '../../src/api/contract'
import { isWeek } from '../../src/domain/weeks'
import type { Grain } from '../store/store'

const takesGzip = (header: string | undefined) => /\bgzip\b/.test(header ?? '')

/** A /stats query, checked as the mock checks it (the contract's schemas; a week must exist in its year). */
function statsQuery(query: Record<string, string>): {
  unit: string
  depth: number
  grain: Grain
  from: string
  to: string
} {
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

export function dataRoutes(app: Hono<AppEnv>, ctx: ApiContext, auth: MiddlewareHandler<AppEnv>) {
  const cache = new AnswerCache(32 * 1024 * 1024)

  app.get('/units', auth, async (c) => {
    const scope = c.get('user').scopeUnitId
    const gzip = takesGzip(c.req.header('accept-encoding'))
    return withDeadline(ctx.limits.queryTimeoutMs, async () => {
      const version = await ctx.store.dataVersion()
      return cache.respond(`units|${version}|${scope}`, gzip, () => ctx.store.unitsFor(scope))
    })
  })

  app.get('/stats', auth, async (c) => {
    const { unit, depth, grain, from, to } = statsQuery(c.req.query())
    const scope = c.get('user').scopeUnitId
    const gzip = takesGzip(c.req.header('accept-encoding'))
    return withDeadline(ctx.limits.queryTimeoutMs, async () => {
      if (grain === 'week' && !(await ctx.store.meta()).firstWeek)
        throw badRequest('grain: this server keeps months only')
      const check = await ctx.store.statsCheck(scope, unit, depth)
      if (check.access === 'unknown') throw notFound(`Unknown unit ${unit}`)
      if (check.access === 'forbidden') throw forbidden(`Unit ${unit} is outside your scope`)
      checkStatsSize(check.units, periodCount(grain, from, to), ctx.limits.statsRowLimit)
      const key = `stats|${check.version}|${unit}|${depth}|${grain}|${from}|${to}`
      // Past the scope check: the rows of a unit the caller may see are the same for every caller who may.
      const query = { unitId: unit, depth, grain, from, to }
      return cache.respond(key, gzip, () => ctx.store.statsAnswer(scope, query))
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
      grains: meta.firstWeek ? ['month', 'week'] : ['month'],
      ...(meta.firstWeek ? { firstWeek: meta.firstWeek, lastWeek: meta.lastWeek } : {}),
    })
  })
}
