// Units, statistics and meta: reads, each within the caller's scope.
import type { Hono, MiddlewareHandler } from 'hono'
import type { ApiContext, AppEnv } from '../http/env'
import { badRequest, forbidden, invalid, notFound, Problem } from '../http/problem'
import { StatsRequestSchema } from '../http/schemas'

export function dataRoutes(app: Hono<AppEnv>, ctx: ApiContext, auth: MiddlewareHandler<AppEnv>) {
  app.get('/units', auth, async (c) => c.json(await ctx.store.unitsFor(c.get('user').scopeUnitId)))

  app.get('/stats', auth, async (c) => {
    const parsed = StatsRequestSchema.safeParse(c.req.query())
    if (!parsed.success) throw invalid(parsed.error)
    const { unit, depth, grain, from, to } = parsed.data
    const scope = c.get('user').scopeUnitId
    if (grain === 'week' && !(await ctx.store.meta()).firstWeek)
      throw badRequest('grain: this server keeps months only')
    const access = await ctx.store.unitAccess(scope, unit)
    if (access === 'unknown') throw notFound(`Unknown unit ${unit}`)
    if (access === 'forbidden') throw forbidden(`Unit ${unit} is outside your scope`)
    return c.json({ rows: await ctx.store.stats(scope, { unitId: unit, depth, grain, from, to }) })
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
