// The server's request schemas where src/api/contract.ts has none yet (PUT /targets); the rest is the
// contract's own. TODO(issue 22): move these into contract.ts with the app's side of targets.
import * as z from 'zod/mini'
import { TARGET_METRICS, type TargetMetric } from '../store/store'

z.config(z.locales.en())

const RateOrNull = z.nullable(z.number().check(z.minimum(0), z.maximum(1)))

export const TargetPutSchema = z.strictObject({
  unitId: z.string().check(z.minLength(1)),
  year: z.int().check(z.minimum(1900), z.maximum(2999)),
  ...(Object.fromEntries(TARGET_METRICS.map((m) => [m, z.optional(RateOrNull)])) as Record<
    TargetMetric,
    z.ZodMiniOptional<typeof RateOrNull>
  >),
})
