// The API contract (../shared/api/CONTRACT.md) as schemas: the one source from which the TypeScript
// types, the run-time validation of every response, the mock server's checks and openapi.json derive.
import * as z from 'zod/mini'
import { METRIC_IDS } from '../domain/metrics'
import type { StatRowLike } from '../domain/totals'

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

// Only the row's identity and `received` are always there: a source that does not report a count leaves it
// out ("not reported is not zero", CONTRACT.md) — a one-door report has no ratings, fees or postal split;
// digitisation is reported from 2023 on.
const Reported = z.optional(Count)

/** The counts of a statistics row, monthly or weekly. */
const STAT_COUNTS = {
  received: Count,
  receivedOnline: Reported,
  receivedPostal: Reported,
  receivedOnlineFull: Reported,
  receivedOnlineCapable: Reported,
  resolved: Reported,
  resolvedEarly: Reported,
  resolvedOnTime: Reported,
  resolvedLate: Reported,
  pending: Reported,
  pendingOverdue: Reported,
  feeDossiers: Reported,
  feePaidOnline: Reported,
  ratedVerySatisfied: Reported,
  ratedSatisfied: Reported,
  ratedDissatisfied: Reported,
  complaints: Reported,
  digitizedAtIntake: Reported,
  resultsDigitized: Reported,
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

/**
 * A row of `grain=period`: one unit's dossiers over the whole range, the range clipped to the months with data and
 * to the unit's own months (`from`..`to`). Flows are summed over those months and a flow is there only when every
 * month of the unit reports it (a month left out of the monthly answer is all zeros, so it reports every count);
 * stocks (pending, pendingOverdue) are the last month's (`to`), there when that month reports them.
 */
export const PeriodStatRowSchema = z
  .object({
    unitId: z.string().check(z.minLength(1)),
    from: Month,
    to: Month,
    includesDescendants: z.boolean(),
    ...STAT_COUNTS,
    /**
     * Asked with `behind=<metric>`: the unit's run of consecutive months, ending at the query's `to` (within the
     * months with data), in which its monthly value of that metric was below that month's year's target (CONTRACT.md,
     * "Months behind"), counted from the first month with data as a client counts it from the monthly rows of every
     * unit of the caller's scope: the unit's whole subtree, before the unit existed its whole predecessors' (the
     * lineage), targets as the unit inherits them; a month without value or target, or voided by a broken rule, ends
     * the run. A count equal to the months from the first with data means the run reaches back to it.
     */
    monthsBehind: z.optional(z.int().check(z.nonnegative())),
    /** Asked with `behind`: the metric in each month of the trend ending at `to` (12 months, within the data). */
    trend: z.optional(z.array(z.nullable(z.number()))),
  })
  .register(contractRegistry, { id: 'PeriodStatRow' })

export const StatsResponseSchema = z
  .object({ rows: z.array(StatRowSchema) })
  .register(contractRegistry, { id: 'StatsResponse' })

export const WeekStatsResponseSchema = z
  .object({ rows: z.array(WeekStatRowSchema) })
  .register(contractRegistry, { id: 'WeekStatsResponse' })

export const PeriodStatsResponseSchema = z
  .object({ rows: z.array(PeriodStatRowSchema) })
  .register(contractRegistry, { id: 'PeriodStatsResponse' })

/** The deepest `depth` a grain=period request may ask of a server whose /meta says `periodDepth` (else 2). */
export const MAX_PERIOD_DEPTH = 3

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

/** A month range summed into one row per unit (the same partition as the months'). */
export const PeriodStatsQuerySchema = z
  .object({
    ...StatsQueryBase,
    /** Up to /meta `periodDepth` levels (one row per unit, not per month: deeper than months may go), else 2. */
    depth: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(MAX_PERIOD_DEPTH)), 1),
    from: Month,
    to: Month,
    grain: z.literal('period'),
    /**
     * Each row also carries its months behind and trend on this metric (where /meta says `monthsBehind`); every unit
     * of the answer then has its row, one of zeros for a unit without a dossier in its months.
     */
    behind: z.optional(z.enum(METRIC_IDS)),
  })
  .check(z.refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] }))

/**
 * The most rows one /stats answer holds (about 22 MB of JSON); a query that could give more is refused with 422
 * before any row is made. The app's largest asks stay well below: a province two levels down over every month is
 * 38,000 rows at most (Hà Nội before the reform), the country two levels down over a year 23,000–35,000.
 */
export const MAX_STATS_ROWS = 50_000

/** What /stats takes: a month range (grain absent, 'month' or 'period') or a week range (grain=week). */
export const AnyStatsQuerySchema = z.union([StatsQuerySchema, WeekStatsQuerySchema, PeriodStatsQuerySchema])
/** The metrics a target can be set for (CONTRACT.md, "Targets"). */
export const TARGET_RATE_FIELDS = [
  'onlineRate',
  'fullOnlineRate',
  'onTimeRate',
  'satisfactionRate',
  'onlinePaymentRate',
  'digitizationRate',
] as const

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
    /** Who set it, when set through PUT /targets. */
    setBy: z.optional(z.string()),
    setAt: z.optional(z.string()),
  })
  .register(contractRegistry, { id: 'Target' })

/** PUT /targets: a rate sets the unit's own value; null removes it, so the unit inherits again. */
export const TargetUpdateSchema = z
  .object({
    unitId: z.string().check(z.minLength(1)),
    year: z.int().check(z.minimum(1900), z.maximum(2999)),
    onlineRate: z.optional(z.nullable(Rate)),
    onTimeRate: z.optional(z.nullable(Rate)),
    satisfactionRate: z.optional(z.nullable(Rate)),
    fullOnlineRate: z.optional(z.nullable(Rate)),
    onlinePaymentRate: z.optional(z.nullable(Rate)),
    digitizationRate: z.optional(z.nullable(Rate)),
  })
  .register(contractRegistry, { id: 'TargetUpdate' })

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
    /**
     * Which grains /stats answers: 'month', 'week', 'period' (a range summed); absent (a v1 server): months only.
     * A grain this app does not know is ignored, not an error: a server may add one before its clients know it.
     */
    grains: z.optional(z.array(z.string().check(z.minLength(1)))),
    firstWeek: z.optional(Week),
    lastWeek: z.optional(Week),
    /** grain=period takes `behind=<metric>` (each row's months behind and trend); absent: it does not. */
    monthsBehind: z.optional(z.boolean()),
    /** The deepest `depth` grain=period takes (up to 3: a row per unit, not per month); absent: 2, as months. */
    periodDepth: z.optional(z.int().check(z.minimum(2), z.maximum(MAX_PERIOD_DEPTH))),
  })
  .register(contractRegistry, { id: 'Meta' })

/** A row the importer could not take (row 0: the whole file): a reason code the app words, and its values. */
export const ImportProblemSchema = z
  .object({
    row: z.int().check(z.nonnegative()),
    column: z.optional(z.string()),
    reason: z.string().check(z.minLength(1)),
    params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  })
  .register(contractRegistry, { id: 'ImportProblem' })

export const ImportReportSchema = z
  .object({
    /** null (or empty) for a dry run: nothing was kept. */
    id: z.nullable(z.string()),
    fileName: Text,
    /** 'template' or 'bieu06'; null when the file was not recognised. */
    format: z.nullable(z.string()),
    periods: z.array(z.string()),
    rows: z.int().check(z.nonnegative()),
    accepted: z.int().check(z.nonnegative()),
    rejected: z.array(ImportProblemSchema),
    /** Total and group rows: read, not imported. */
    skipped: z.optional(z.array(ImportProblemSchema)),
    /** null from a server that does not work them out on a dry run. */
    unitMonthsAdded: z.nullable(z.int().check(z.nonnegative())),
    unitMonthsReplaced: z.nullable(z.int().check(z.nonnegative())),
    /** The units the accepted rows name. */
    unitIds: z.optional(z.array(z.string())),
    dryRun: z.optional(z.boolean()),
    by: z.string(),
    /** When it was imported (absent on a dry run). */
    at: z.optional(z.string()),
    revertedAt: z.optional(z.nullable(z.string())),
  })
  .register(contractRegistry, { id: 'ImportReport' })

export const ImportsResponseSchema = z
  .object({ imports: z.array(ImportReportSchema) })
  .register(contractRegistry, { id: 'ImportsResponse' })

/** POST /imports query: a dry run changes nothing; `acceptValid` takes the valid rows when some are rejected. */
export const ImportQuerySchema = z.object({
  dryRun: z._default(z.enum(['true', 'false']), 'true'),
  acceptValid: z.optional(z.enum(['true', 'false'])),
})

/** The multipart form of POST /imports. */
export const ImportFormSchema = z
  .object({
    file: z.string().check(z.minLength(1)),
    period: z.optional(z.string()),
    format: z.optional(z.enum(['template', 'bieu06'])),
  })
  .register(contractRegistry, { id: 'ImportForm', description: 'multipart/form-data; file: .xlsx or .csv' })

export type AppConfig = z.infer<typeof AppConfigSchema>
export type Problem = z.infer<typeof ProblemSchema>
export type Role = z.infer<typeof RoleSchema>
export type User = z.infer<typeof UserSchema>
export type LoginRequest = z.infer<typeof LoginRequestSchema>
export type LoginResponse = z.infer<typeof LoginResponseSchema>
export type UnitKind = z.infer<typeof UnitKindSchema>
export type Unit = z.infer<typeof UnitSchema>
export type LineageLink = z.infer<typeof LineageLinkSchema>
/** A row as the server sends it: counts it does not report are absent. */
export type ReportedStatRow = z.infer<typeof StatRowSchema>
/**
 * A row as the app computes on it: every count there, those the server did not report at 0 and voided
 * (domain/unreported.ts), so a metric that reads them leaves the row out instead of counting a 0.
 */
export type StatRow = StatRowLike
export type StatsQuery = z.infer<typeof StatsQuerySchema>
export type WeekStatRow = z.infer<typeof WeekStatRowSchema>
export type WeekStatsQuery = z.infer<typeof WeekStatsQuerySchema>
export type PeriodStatRow = z.infer<typeof PeriodStatRowSchema>
export type PeriodStatsQuery = z.infer<typeof PeriodStatsQuerySchema>
export type Target = z.infer<typeof TargetSchema>
export type TargetUpdate = z.infer<typeof TargetUpdateSchema>
export type TargetRateField = (typeof TARGET_RATE_FIELDS)[number]
export type ImportProblem = z.infer<typeof ImportProblemSchema>
export type ImportReport = z.infer<typeof ImportReportSchema>
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
    /** The answer to grain=period. */
    periodResponse: PeriodStatsResponseSchema,
    auth: true,
  },
  targets: { method: 'GET', path: '/targets', query: TargetsQuerySchema, response: TargetsResponseSchema, auth: true },
  meta: { method: 'GET', path: '/meta', response: MetaSchema, auth: true },
  setTarget: { method: 'PUT', path: '/targets', body: TargetUpdateSchema, response: TargetSchema, auth: true },
  imports: { method: 'GET', path: '/imports', response: ImportsResponseSchema, auth: true },
  importFile: {
    method: 'POST',
    path: '/imports',
    query: ImportQuerySchema,
    form: ImportFormSchema,
    response: ImportReportSchema,
    auth: true,
  },
  revertImport: { method: 'POST', path: '/imports/{id}/revert', response: ImportReportSchema, auth: true },
} as const

export type EndpointName = keyof typeof ENDPOINTS
