// The API contract (../shared/api/CONTRACT.md) as schemas: the one source from which the TypeScript
// types, the run-time validation of every response, the mock server's checks and openapi.json derive.
import * as z from 'zod'

// No run-time code generation: the app runs under a Content-Security-Policy without 'unsafe-eval'.
z.config({ jitless: true })

export const contractRegistry = z.registry<{ id: string; description?: string }>()

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM')
const Count = z.number().int().nonnegative()
const Rate = z.number().min(0).max(1)

export const AppConfigSchema = z.object({
  apiBaseUrl: z.string().min(1),
  mocks: z.boolean().default(false),
  mockDataset: z.enum(['demo', 'national']).default('demo'),
  mockFaults: z.string().optional(),
}).register(contractRegistry, { id: 'AppConfig', description: 'config.json served next to index.html' })

export const ProblemSchema = z.object({
  type: z.string().default('about:blank'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
}).register(contractRegistry, { id: 'Problem', description: 'application/problem+json (RFC 9457)' })

export const RoleSchema = z.enum(['province_leader', 'district_chair', 'staff'])
  .register(contractRegistry, { id: 'Role' })

export const UserSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  scopeUnitId: z.string(),
  canExport: z.boolean(),
}).register(contractRegistry, { id: 'User' })

export const LoginRequestSchema = z.object({
  username: z.string().min(1),
  password: z.string().min(1),
}).register(contractRegistry, { id: 'LoginRequest' })

export const LoginResponseSchema = z.object({
  token: z.string().min(1),
  user: UserSchema,
}).register(contractRegistry, { id: 'LoginResponse' })

export const UnitKindSchema = z.enum(['country', 'province', 'department', 'district', 'commune'])
  .register(contractRegistry, { id: 'UnitKind' })

export const UnitSchema = z.object({
  id: z.string().min(1),
  code: z.string(),
  name: z.string(),
  kind: UnitKindSchema,
  parentId: z.string().nullable(),
}).register(contractRegistry, { id: 'Unit' })

export const UnitsResponseSchema = z.object({ units: z.array(UnitSchema) })
  .register(contractRegistry, { id: 'UnitsResponse' })

export const StatRowSchema = z.object({
  unitId: z.string().min(1),
  month: Month,
  includesDescendants: z.boolean(),
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
}).register(contractRegistry, { id: 'StatRow' })

export const StatsResponseSchema = z.object({ rows: z.array(StatRowSchema) })
  .register(contractRegistry, { id: 'StatsResponse' })

export const StatsQuerySchema = z.object({
  unit: z.string().min(1),
  depth: z.coerce.number().int().min(0).max(2).default(1),
  from: Month,
  to: Month,
}).refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] })

export const TargetSchema = z.object({
  unitId: z.string().min(1),
  year: z.number().int(),
  onlineRate: Rate.optional(),
  onTimeRate: Rate.optional(),
  satisfactionRate: Rate.optional(),
}).register(contractRegistry, { id: 'Target' })

export const TargetsResponseSchema = z.object({ targets: z.array(TargetSchema) })
  .register(contractRegistry, { id: 'TargetsResponse' })

export const TargetsQuerySchema = z.object({ year: z.coerce.number().int().min(1900).max(2999) })

export const MetaSchema = z.object({
  firstMonth: Month,
  lastMonth: Month,
  updatedAt: z.string().min(1),
  rootUnitId: z.string().min(1),
}).register(contractRegistry, { id: 'Meta' })

export type AppConfig = z.infer<typeof AppConfigSchema>
export type Problem = z.infer<typeof ProblemSchema>
export type Role = z.infer<typeof RoleSchema>
export type User = z.infer<typeof UserSchema>
export type LoginRequest = z.infer<typeof LoginRequestSchema>
export type LoginResponse = z.infer<typeof LoginResponseSchema>
export type UnitKind = z.infer<typeof UnitKindSchema>
export type Unit = z.infer<typeof UnitSchema>
export type StatRow = z.infer<typeof StatRowSchema>
export type StatsQuery = z.infer<typeof StatsQuerySchema>
export type Target = z.infer<typeof TargetSchema>
export type Meta = z.infer<typeof MetaSchema>

/** Every endpoint: its method, path under the base URL, query, body and answer schemas. */
export const ENDPOINTS = {
  login: { method: 'POST', path: '/auth/login', body: LoginRequestSchema, response: LoginResponseSchema, auth: false },
  logout: { method: 'POST', path: '/auth/logout', response: null, auth: true },
  me: { method: 'GET', path: '/me', response: UserSchema, auth: true },
  units: { method: 'GET', path: '/units', response: UnitsResponseSchema, auth: true },
  stats: { method: 'GET', path: '/stats', query: StatsQuerySchema, response: StatsResponseSchema, auth: true },
  targets: { method: 'GET', path: '/targets', query: TargetsQuerySchema, response: TargetsResponseSchema, auth: true },
  meta: { method: 'GET', path: '/meta', response: MetaSchema, auth: true },
} as const

export type EndpointName = keyof typeof ENDPOINTS
