// Targets: read within scope; set by those allowed to, for units in scope, in years with data.
import type { Hono, MiddlewareHandler } from 'hono'
import * as z from 'zod/mini'
import { TargetsQuerySchema, TargetUpdateSchema } from '../../src/api/contract'
import type { ApiContext, AppEnv } from '../http/env'
import { badRequest, forbidden, invalid, notFound } from '../http/problem'
import { TARGET_METRICS } from '../store/store'
import { readJson } from './auth'

/** The contract's PUT /targets body, with an unknown key refused: a misspelled metric must not look saved. */
const TargetPutSchema = z.strictObject(TargetUpdateSchema.shape)

export function targetRoutes(app: Hono<AppEnv>, ctx: ApiContext, auth: MiddlewareHandler<AppEnv>) {
  app.get('/targets', auth, async (c) => {
    const parsed = TargetsQuerySchema.safeParse(c.req.query())
    if (!parsed.success) throw invalid(parsed.error)
    return c.json({ targets: await ctx.store.targets(c.get('user').scopeUnitId, parsed.data.year) })
  })

  app.put('/targets', auth, async (c) => {
    const user = c.get('user')
    if (!user.canSetTargets) throw forbidden('You may not set targets')
    const parsed = TargetPutSchema.safeParse(await readJson(c.req.raw))
    if (!parsed.success) throw invalid(parsed.error)
    const { unitId, year } = parsed.data
    const access = await ctx.store.unitAccess(user.scopeUnitId, unitId)
    if (access === 'unknown') throw notFound(`Unknown unit ${unitId}`)
    if (access === 'forbidden') throw forbidden(`Unit ${unitId} is outside your scope`)
    const meta = await ctx.store.meta()
    const years = [meta.firstMonth, meta.lastMonth].map((m) => Number(m?.slice(0, 4)))
    if (!(year >= years[0]! && year <= years[1]!)) throw badRequest(`year: ${year} has no data months`)
    const values = Object.fromEntries(TARGET_METRICS.filter((m) => m in parsed.data).map((m) => [m, parsed.data[m]]))
    // The store checks the scope again inside the write's transaction: the check above only words the answer.
    const target = await ctx.store.setTarget(user, { unitId, year, values }, ctx.now())
    if (!target) throw forbidden(`Unit ${unitId} is outside your scope`)
    return c.json(target)
  })
}
