// The API contract (../shared/api/CONTRACT.md) as schemas: the one source from which the TypeScript
// types, the run-time validation of every response, the mock server's checks and openapi.json derive.
import * as z from 'zod/mini'

// zod/mini: the same validation as zod with a tree-shakable API (about 15 KB less in the first load).
// No run-time code generation: the app runs under a Content-Security-Policy without 'unsafe-eval'.
// The app names the endpoint and field of a bad answer itself; zod's worded messages (a further
// 1 KB) are loaded by the mock server only, for its 400 answers.
z.config({ jitless: true })

export const contractRegistry = z.registry<{ id: string; description?: string }>()

/** A month, YYYY-MM. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/
const Month = z.string().check(z.regex(MONTH_PATTERN, 'a month YYYY-MM'))
/** An ISO week, YYYY-Www (Monday to Sunday). */
export const WEEK_PATTERN = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/
const Week = z.string().check(z.regex(WEEK_PATTERN, 'an ISO week YYYY-Www'))
const Count = z.int().check(z.nonnegative())
const Rate = z.number().check(z.minimum(0), z.maximum(1))

/** Bidi embedding, override and isolate controls: U+202A–U+202E and U+2066–U+2069. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g
/** The text without them: a name cannot then reorder what is shown ("Xã \u202Egnp.exe" read as "Xã exe.png"). */
export const withoutBidiControls = (text: string) => text.replace(BIDI_CONTROLS, '')
/**
 * Text from the API that people read (names, messages): cleaned where answers are parsed, so every
 * screen and file gets the same clean words.
 */
const Text = z.string().check(z.overwrite(withoutBidiControls))

export const AppConfigSchema = z
  .object({
    apiBaseUrl: z.string().check(z.minLength(1)),
    mocks: z._default(z.boolean(), false),
    mockDataset: z._default(z.enum(['demo', 'national']), 'demo'),
    mockFaults: z.optional(z.string()),
  })
  .register(contractRegistry, { id: 'AppConfig', description: 'config.json served next to index.html' })

export const ProblemSchema = z
  .object({
    type: z._default(z.string(), 'about:blank'),
    title: Text,
    status: z.int(),
    detail: z.optional(Text),
  })
  .register(contractRegistry, { id: 'Problem', description: 'application/problem+json (RFC 9457)' })

export const RoleSchema = z
  // district_chair: units before July 2025; commune_chair: the two-tier communes since (CONTRACT.md)
  .enum(['province_leader', 'district_chair', 'commune_chair', 'staff'])
  .register(contractRegistry, { id: 'Role' })

export const UserSchema = z
  .object({
    username: z.string(),
    displayName: Text,
    role: RoleSchema,
    scopeUnitId: z.string(),
    canExport: z.boolean(),
    /** May upload statistics (POST /imports) for units in scope. */
    canImport: z.optional(z.boolean()),
    /** May set targets (PUT /targets) for units in scope. */
    canSetTargets: z.optional(z.boolean()),
  })
  .register(contractRegistry, { id: 'User' })

export const LoginRequestSchema = z
  .object({
    username: z.string().check(z.minLength(1)),
    password: z.string().check(z.minLength(1)),
  })
  .register(contractRegistry, { id: 'LoginRequest' })

export const LoginResponseSchema = z
  .object({
    token: z.string().check(z.minLength(1)),
    user: UserSchema,
  })
  .register(contractRegistry, { id: 'LoginResponse' })

export const UnitKindSchema = z
  .enum(['country', 'province', 'department', 'district', 'commune'])
  .register(contractRegistry, { id: 'UnitKind' })

export const UnitSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    code: z.string(),
    name: Text,
    kind: UnitKindSchema,
    parentId: z.nullable(z.string()),
    /** First month the unit exists; absent or null (a v1 server): it always has. */
    validFrom: z.optional(z.nullable(Month)),
    /** Last month it exists; absent or null: it still does. */
    validTo: z.optional(z.nullable(Month)),
  })
  .register(contractRegistry, { id: 'Unit' })

/** Where a unit went at a reorganisation: all of `from` into `to` ('whole'), or only part of it. */
export const LineageLinkSchema = z
  .object({
    from: z.string().check(z.minLength(1)),
    to: z.string().check(z.minLength(1)),
    /** The first month of the new structure ("2025-07"): `from` ended the month before. */
    month: Month,
    share: z.enum(['whole', 'part']),
  })
  .register(contractRegistry, { id: 'LineageLink' })

/** `lineage` absent (a v1 server): no unit came from another. */
export const UnitsResponseSchema = z
  .object({ units: z.array(UnitSchema), lineage: z.optional(z.array(LineageLinkSchema)) })
  .register(contractRegistry, { id: 'UnitsResponse' })

/** The counts of a statistics row, monthly or weekly. */
const STAT_COUNTS = {
  received: Count,
  receivedOnline: Count,
  receivedPostal: Count,
  receivedOnlineFull: Count,
  receivedOnlineCapable: Count,
  resolved: Count,
  resolvedEarly: Count,
  resolvedOnTime: Count,
  resolvedLate: Count,
  pending: Count,
  pendingOverdue: Count,
  feeDossiers: Count,
  feePaidOnline: Count,
  ratedVerySatisfied: Count,
  ratedSatisfied: Count,
  ratedDissatisfied: Count,
  complaints: Count,
  // Digitisation, reported from 2023 on: absent = not reported (never 0)
  digitizedAtIntake: z.optional(Count),
  resultsDigitized: z.optional(Count),
}

export const StatRowSchema = z
  .object({
    unitId: z.string().check(z.minLength(1)),
    month: Month,
    includesDescendants: z.boolean(),
    ...STAT_COUNTS,
  })
  .register(contractRegistry, { id: 'StatRow' })

/** A row of `grain=week`: an ISO week in place of the month; stocks at the week's end. */
export const WeekStatRowSchema = z
  .object({
    unitId: z.string().check(z.minLength(1)),
    week: Week,
    includesDescendants: z.boolean(),
    ...STAT_COUNTS,
  })
  .register(contractRegistry, { id: 'WeekStatRow' })

export const StatsResponseSchema = z
  .object({ rows: z.array(StatRowSchema) })
  .register(contractRegistry, { id: 'StatsResponse' })

export const WeekStatsResponseSchema = z
  .object({ rows: z.array(WeekStatRowSchema) })
  .register(contractRegistry, { id: 'WeekStatsResponse' })

const StatsQueryBase = {
  unit: z.string().check(z.minLength(1)),
  depth: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(2)), 1),
}

export const StatsQuerySchema = z
  .object({ ...StatsQueryBase, from: Month, to: Month, grain: z.optional(z.literal('month')) })
  .check(z.refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] }))

/** The week range must be real weeks in order (a server that keeps only months answers 400 to it). */
export const WeekStatsQuerySchema = z
  .object({ ...StatsQueryBase, from: Week, to: Week, grain: z.literal('week') })
  .check(z.refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] }))

/** What /stats takes: a month range (grain absent or 'month') or a week range (grain=week). */
export const AnyStatsQuerySchema = z.union([StatsQuerySchema, WeekStatsQuerySchema])

export const TargetSchema = z
  .object({
    unitId: z.string().check(z.minLength(1)),
    year: z.int(),
    onlineRate: z.optional(Rate),
    onTimeRate: z.optional(Rate),
    satisfactionRate: z.optional(Rate),
    fullOnlineRate: z.optional(Rate),
    onlinePaymentRate: z.optional(Rate),
    digitizationRate: z.optional(Rate),
    setBy: z.optional(z.string()),
    setAt: z.optional(z.string()),
  })
  .register(contractRegistry, { id: 'Target' })

export const TargetsResponseSchema = z
  .object({ targets: z.array(TargetSchema) })
  .register(contractRegistry, { id: 'TargetsResponse' })

export const TargetsQuerySchema = z.object({ year: z.coerce.number().check(z.int(), z.minimum(1900), z.maximum(2999)) })

export const MetaSchema = z
  .object({
    firstMonth: Month,
    lastMonth: Month,
    updatedAt: z.string().check(z.minLength(1)),
    rootUnitId: z.string().check(z.minLength(1)),
    /** Which grains /stats answers; absent (a v1 server): months only. */
    grains: z.optional(z.array(z.enum(['month', 'week']))),
    firstWeek: z.optional(Week),
    lastWeek: z.optional(Week),
  })
  .register(contractRegistry, { id: 'Meta' })

export type AppConfig = z.infer<typeof AppConfigSchema>
export type Problem = z.infer<typeof ProblemSchema>
export type Role = z.infer<typeof RoleSchema>
export type User = z.infer<typeof UserSchema>
export type LoginRequest = z.infer<typeof LoginRequestSchema>
export type LoginResponse = z.infer<typeof LoginResponseSchema>
export type UnitKind = z.infer<typeof UnitKindSchema>
export type Unit = z.infer<typeof UnitSchema>
export type LineageLink = z.infer<typeof LineageLinkSchema>
export type StatRow = z.infer<typeof StatRowSchema>
export type StatsQuery = z.infer<typeof StatsQuerySchema>
export type WeekStatRow = z.infer<typeof WeekStatRowSchema>
export type WeekStatsQuery = z.infer<typeof WeekStatsQuerySchema>
export type Target = z.infer<typeof TargetSchema>
export type Meta = z.infer<typeof MetaSchema>

/** Every endpoint: its method, path under the base URL, query, body and answer schemas. */
export const ENDPOINTS = {
  login: { method: 'POST', path: '/auth/login', body: LoginRequestSchema, response: LoginResponseSchema, auth: false },
  logout: { method: 'POST', path: '/auth/logout', response: null, auth: true },
  me: { method: 'GET', path: '/me', response: UserSchema, auth: true },
  units: { method: 'GET', path: '/units', response: UnitsResponseSchema, auth: true },
  stats: {
    method: 'GET',
    path: '/stats',
    query: AnyStatsQuerySchema,
    response: StatsResponseSchema,
    /** The answer to grain=week. */
    weekResponse: WeekStatsResponseSchema,
    auth: true,
  },
  targets: { method: 'GET', path: '/targets', query: TargetsQuerySchema, response: TargetsResponseSchema, auth: true },
  meta: { method: 'GET', path: '/meta', response: MetaSchema, auth: true },
} as const

export type EndpointName = keyof typeof ENDPOINTS
