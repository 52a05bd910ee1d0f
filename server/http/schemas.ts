// The server's request schemas where src/api/contract.ts has none yet (weeks, PUT /targets); the rest is the
// contract's own. TODO(issue 22): move these into contract.ts with the app's side of weeks and targets.
import * as z from 'zod/mini'
import { MONTH_PATTERN } from '../../src/api/contract'
import { TARGET_METRICS, type TargetMetric } from '../store/store'

z.config(z.locales.en())

export const WEEK_PATTERN = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/

export const StatsRequestSchema = z
  .object({
    unit: z.string().check(z.minLength(1)),
    depth: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(2)), 1),
    grain: z._default(z.enum(['month', 'week']), 'month'),
    from: z.string(),
    to: z.string(),
  })
  .check(
    z.refine((q) => (q.grain === 'week' ? WEEK_PATTERN : MONTH_PATTERN).test(q.from), {
      message: 'a month YYYY-MM (a week YYYY-Www with grain=week)',
      path: ['from'],
    }),
    z.refine((q) => (q.grain === 'week' ? WEEK_PATTERN : MONTH_PATTERN).test(q.to), {
      message: 'a month YYYY-MM (a week YYYY-Www with grain=week)',
      path: ['to'],
    }),
    z.refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] }),
  )

const RateOrNull = z.nullable(z.number().check(z.minimum(0), z.maximum(1)))

export const TargetPutSchema = z.strictObject({
  unitId: z.string().check(z.minLength(1)),
  year: z.int().check(z.minimum(1900), z.maximum(2999)),
  ...(Object.fromEntries(TARGET_METRICS.map((m) => [m, z.optional(RateOrNull)])) as Record<
    TargetMetric,
    z.ZodMiniOptional<typeof RateOrNull>
  >),
})
