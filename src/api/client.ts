// The HTTP client: base URL from config, bearer token, one deadline per call with at most one retry,
// problem+json and schema validation.
import type * as z from 'zod/mini'
import {
  ENDPOINTS,
  ProblemSchema,
  type EndpointName,
  type ImportReport,
  type LoginRequest,
  type LineageLink,
  type LoginResponse,
  type Meta,
  type PeriodStatRow,
  type PeriodStatsQuery,
  type StatRow,
  type StatsQuery,
  type Target,
  type TargetUpdate,
  type Unit,
  type User,
  type WeekStatRow,
  type WeekStatsQuery,
} from './contract'
import { completeRow } from '../domain/unreported'
import { nextTask } from '../next-task'
import { fastPeriodStatsResponse, fastStatsResponse, fastWeekStatsResponse } from './fast-stats'
import { fastUnitsResponse } from './fast-units'
import { ApiError, fieldPath } from './errors'
import { isWorthRetrying, LOAD_DEADLINE_MS, MIN_ATTEMPT_MS, pause, RETRY_PAUSE_MS } from './retry-policy'

/** A call's whole time, its retry included (retry-policy.ts). */
const DEFAULT_TIMEOUT_MS = LOAD_DEADLINE_MS

export interface ApiClientOptions {
  baseUrl: string
  getToken: () => string | null
  /** Called on every 401 of an authenticated call (expired or revoked session). */
  onUnauthorized?: (error: ApiError) => void
  /** How long one call may take, its retry included. */
  timeoutMs?: number
  fetch?: typeof fetch
}

interface RequestOptions {
  query?: Record<string, string | number>
  /** Values for the path's {name} parts. */
  path?: Record<string, string>
  /** JSON, or a multipart form (an upload). */
  body?: unknown
  signal?: AbortSignal
  /** When the call gives up (ms since the epoch); now + timeoutMs when not given. */
  deadline?: number
}

export interface ApiClient {
  login(body: LoginRequest, signal?: AbortSignal): Promise<LoginResponse>
  logout(signal?: AbortSignal): Promise<void>
  me(signal?: AbortSignal): Promise<User>
  meta(signal?: AbortSignal): Promise<Meta>
  /** Every unit of every version in scope, parents before children. */
  units(signal?: AbortSignal): Promise<Unit[]>
  /** The same answer with the links between old and new units (none from a server that knows no lineage). */
  unitsWithLineage(signal?: AbortSignal): Promise<UnitsWithLineage>
  stats(query: StatsQuery, signal?: AbortSignal): Promise<StatRow[]>
  /** Rows of ISO weeks (grain=week): the same counts, `week` in place of `month`. */
  weekStats(query: Omit<WeekStatsQuery, 'grain'>, signal?: AbortSignal): Promise<WeekStatRow[]>
  /** One row per unit for the whole month range (grain=period), where /meta lists 'period'. */
  periodStats(query: Omit<PeriodStatsQuery, 'grain'>, signal?: AbortSignal): Promise<PeriodStatRow[]>
  targets(year: number, signal?: AbortSignal): Promise<Target[]>
  /** The absolute URL `stats(query)` asks (or `periodStats`, for grain 'period'). */
  statsUrl(query: Omit<StatsQuery, 'grain'> & { grain?: 'month' | 'period' }): string
  /** The absolute URL `targets(year)` asks. */
  targetsUrl(year: number): string
  /** Sets (a rate) or removes (null) a unit's own targets for a year. */
  setTarget(update: TargetUpdate, signal?: AbortSignal): Promise<Target>
  /** Every import the user may see, newest first. */
  imports(signal?: AbortSignal): Promise<ImportReport[]>
  /** Uploads a spreadsheet: a dry run reports what would happen; otherwise it is imported (all or the valid rows). */
  importFile(file: Blob, fileName: string, options: ImportOptions, signal?: AbortSignal): Promise<ImportReport>
  revertImport(id: string, signal?: AbortSignal): Promise<ImportReport>
}

export interface ImportOptions {
  dryRun: boolean
  validOnly?: boolean
  period?: string
  format?: 'template' | 'bieu06'
}

export interface UnitsWithLineage {
  units: Unit[]
  lineage: LineageLink[]
}

/** Each call's query string, for asking and for naming the URL alike. */
const statsParams = (query: Omit<StatsQuery, 'grain'> & { grain?: string }) => ({ ...query })
const targetsParams = (year: number) => ({ year })

/** Resolves the configured base URL (absolute, or a path on the page's site) to an absolute URL. */
export function resolveBaseUrl(
  baseUrl: string,
  pageUrl = typeof location === 'undefined' ? 'http://localhost/' : location.href,
): string {
  return new URL(baseUrl, pageUrl).href.replace(/\/+$/, '')
}

type FastCheck<S extends z.ZodMiniType> = (body: unknown) => z.infer<S> | null
/** A schema and its fast check, typed so that the check gives what the schema would. */
function fast<S extends z.ZodMiniType>(schema: S, check: FastCheck<S>): [z.ZodMiniType, FastCheck<z.ZodMiniType>] {
  return [schema, check]
}
/**
 * The answers of thousands of rows or units, checked first by a check that accepts exactly what their schema accepts
 * unchanged (fast-stats.ts, fast-units.ts); the schema only when that check finds something, to name the field.
 */
const FAST_CHECKS = new Map([
  fast(ENDPOINTS.stats.response, fastStatsResponse),
  fast(ENDPOINTS.stats.weekResponse, fastWeekStatsResponse),
  fast(ENDPOINTS.stats.periodResponse, fastPeriodStatsResponse),
  fast(ENDPOINTS.units.response, fastUnitsResponse),
])

/** Creates the client every query and the sign-in page use. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = resolveBaseUrl(options.baseUrl)
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))

  function urlOf(
    endpoint: EndpointName,
    query: Record<string, string | number> = {},
    path: Record<string, string> = {},
  ): string {
    const url = new URL(
      base + ENDPOINTS[endpoint].path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(path[name] ?? '')),
    )
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value))
    return url.href
  }

  async function send(endpoint: EndpointName, init: RequestOptions): Promise<Response> {
    const spec = ENDPOINTS[endpoint]
    const url = urlOf(endpoint, init.query, init.path)
    const headers: Record<string, string> = { Accept: 'application/json' }
    const isForm = init.body instanceof FormData
    if (init.body !== undefined && !isForm) headers['Content-Type'] = 'application/json'
    const token = options.getToken()
    if (spec.auth && token) headers.Authorization = `Bearer ${token}`

    const deadline = init.deadline ?? Date.now() + timeoutMs
    const timeout = AbortSignal.timeout(Math.max(0, deadline - Date.now()))
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    try {
      return await doFetch(url, {
        method: spec.method,
        headers,
        body: init.body === undefined ? undefined : isForm ? (init.body as FormData) : JSON.stringify(init.body),
        signal,
      })
    } catch (cause) {
      if (init.signal?.aborted) throw cause // cancelled by the caller: not an error to show
      if (timeout.aborted) {
        throw new ApiError({
          kind: 'timeout',
          endpoint,
          title: 'Timeout',
          detail: `No answer within ${timeoutMs / 1000} s`,
        })
      }
      throw new ApiError({ kind: 'network', endpoint, title: 'Network error', detail: String(cause) })
    }
  }

  async function failure(endpoint: EndpointName, response: Response): Promise<ApiError> {
    let problem: z.infer<typeof ProblemSchema> | null = null
    try {
      const parsed = ProblemSchema.safeParse(await response.json())
      if (parsed.success) problem = parsed.data
    } catch {
      // not JSON: the status line is all there is
    }
    const error = new ApiError({
      kind: 'http',
      endpoint,
      status: response.status,
      title: problem?.title ?? (response.statusText || 'HTTP error'),
      detail: problem?.detail ?? null,
    })
    if (response.status === 401 && ENDPOINTS[endpoint].auth) options.onUnauthorized?.(error)
    return error
  }

  /** A call: a GET that failed where asking again may help is asked once more, within the same deadline. */
  async function request<S extends z.ZodMiniType>(
    endpoint: EndpointName,
    schema: S,
    init: RequestOptions = {},
  ): Promise<z.infer<S>> {
    const deadline = Date.now() + timeoutMs
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptOnce(endpoint, schema, { ...init, deadline })
      } catch (error) {
        const isLeft = deadline - Date.now() - RETRY_PAUSE_MS >= MIN_ATTEMPT_MS
        if (ENDPOINTS[endpoint].method !== 'GET' || !isLeft || !isWorthRetrying(error, attempt)) throw error
        await pause(RETRY_PAUSE_MS, init.signal)
      }
    }
  }

  async function attemptOnce<S extends z.ZodMiniType>(
    endpoint: EndpointName,
    schema: S,
    init: RequestOptions,
  ): Promise<z.infer<S>> {
    const response = await send(endpoint, init)
    if (!response.ok) throw await failure(endpoint, response)
    let body: unknown
    try {
      body = await response.json()
    } catch {
      throw new ApiError({
        kind: 'malformed',
        endpoint,
        status: response.status,
        title: 'Malformed response',
        detail: 'Body is not JSON',
      })
    }
    // Reading a large answer (a province's stats: 1.6 MB) and checking it are each a long task on a cheap
    // phone: the check starts a task of its own, so a frame or a tap can come in between.
    await nextTask()
    const checked = (FAST_CHECKS.get(schema) as FastCheck<S> | undefined)?.(body)
    if (checked) return checked
    const parsed = schema.safeParse(body)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new ApiError({
        kind: 'malformed',
        endpoint,
        status: response.status,
        title: 'Malformed response',
        field: issue ? fieldPath(issue.path) : null,
        detail: issue?.message ?? null,
      })
    }
    return parsed.data
  }

  async function unitsWithLineage(signal?: AbortSignal): Promise<UnitsWithLineage> {
    const { units, lineage } = await request('units', ENDPOINTS.units.response, { signal })
    return { units, lineage: lineage ?? [] }
  }

  return {
    login: (body, signal) => request('login', ENDPOINTS.login.response, { body, signal }),
    async logout(signal) {
      const response = await send('logout', { signal })
      if (!response.ok && response.status !== 401) throw await failure('logout', response)
    },
    me: (signal) => request('me', ENDPOINTS.me.response, { signal }),
    meta: (signal) => request('meta', ENDPOINTS.meta.response, { signal }),
    units: async (signal) => (await unitsWithLineage(signal)).units,
    unitsWithLineage,
    stats: async (query, signal) =>
      (await request('stats', ENDPOINTS.stats.response, { query: statsParams(query), signal })).rows.map(completeRow),
    weekStats: async (query, signal) =>
      (await request('stats', ENDPOINTS.stats.weekResponse, { query: { ...query, grain: 'week' }, signal })).rows,
    periodStats: async (query, signal) =>
      (await request('stats', ENDPOINTS.stats.periodResponse, { query: { ...query, grain: 'period' }, signal })).rows,
    targets: async (year, signal) =>
      (await request('targets', ENDPOINTS.targets.response, { query: targetsParams(year), signal })).targets,
    statsUrl: (query) => urlOf('stats', statsParams(query)),
    targetsUrl: (year) => urlOf('targets', targetsParams(year)),
    setTarget: (body, signal) => request('setTarget', ENDPOINTS.setTarget.response, { body, signal }),
    imports: async (signal) => (await request('imports', ENDPOINTS.imports.response, { signal })).imports,
    importFile(file, fileName, options, signal) {
      const form = new FormData()
      form.set('file', file, fileName)
      if (options.period) form.set('period', options.period)
      if (options.format) form.set('format', options.format)
      const query = { dryRun: String(options.dryRun), ...(options.validOnly ? { acceptValid: 'true' } : {}) }
      return request('importFile', ENDPOINTS.importFile.response, { body: form, query, signal })
    },
    revertImport: (id, signal) => request('revertImport', ENDPOINTS.revertImport.response, { path: { id }, signal }),
  }
}
