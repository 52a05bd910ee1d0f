// The mock API: every endpoint of CONTRACT.md with auth, scope, validation and problem+json errors.
import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import * as z from 'zod/mini'
import {
  ENDPOINTS,
  LoginRequestSchema,
  MAX_PERIOD_DEPTH,
  MAX_STATS_ROWS,
  PeriodStatsQuerySchema,
  StatsQuerySchema,
  TargetsQuerySchema,
  WeekStatsQuerySchema,
  type EndpointName,
} from '../src/api/contract'
import { fieldPath } from '../src/api/errors'
import { clipRange, monthsOf } from '../src/domain/periods'
import { isWeek, weekIndex, weekMonths, weeksOf } from '../src/domain/weeks'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './accounts'
import { issueToken, readToken, revokeToken } from './auth'
import { loadDataset } from './datasets'
import {
  breakInvariant,
  corruptAnswer,
  FAULT_HEADER,
  hostileName,
  malform,
  parseFaults,
  takeFaults,
  type FaultPlan,
} from './faults'
import { FIRST_MONTH, LAST_MONTH } from './generator'
import { jsonResponse } from './json-bytes'
import { writeResolvers } from './imports'
import { periodStatsRows } from './period-stats'
import { monthsBehindOf } from './months-behind'
import { behindFields } from '../src/domain/months-behind'
import { scopeOf } from './scope'
import { monthlyAnswer, rowsAtMost, unitsDown } from './stats'
import { targetsFor } from './targets'
import { toApiUnit, type Dataset, type DatasetName, type MockUnit } from './units'
import { FIRST_WEEK, LAST_WEEK, weekStatsRows } from './weeks'

// Worded validation messages for the 400 answers (the app itself does without them).
z.config(z.locales.en())

const DATA_UPDATED_AT = '2026-12-01T08:00:00+07:00'

export interface MockApiOptions {
  /** Absolute base URL the handlers answer under, e.g. http://localhost:5173/api/v1. */
  baseUrl: string
  dataset: DatasetName
  /** A fault spec (see faults.ts) applied to every request; a request may add its own in a header. */
  faults?: string
}

class Problem {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
  ) {}
}

function problemResponse(problem: Problem): Response {
  return HttpResponse.json(
    {
      type: 'about:blank',
      title: problem.title,
      status: problem.status,
      ...(problem.detail ? { detail: problem.detail } : {}),
    },
    { status: problem.status, headers: { 'Content-Type': 'application/problem+json' } },
  )
}

function badRequest(error: z.core.$ZodError): Problem {
  const issue = error.issues[0]
  return new Problem(400, 'Bad Request', issue ? `${fieldPath(issue.path)}: ${issue.message}` : 'Invalid parameters')
}

/** 422 before any row is made when an answer could pass the size limit (it would take seconds and tens of MB). */
function refuseTooLarge(
  dataset: Dataset,
  root: MockUnit,
  depth: number,
  periods: ReadonlyArray<readonly string[]>,
): void {
  // Each unit at most once a period: the rows are counted only when that could pass the limit (a province's two
  // levels over a year, ~20,000 existence checks, were ~0.6 ms of mock:serve's ~3 for a new answer).
  if (unitsDown(dataset, root, depth) * periods.length <= MAX_STATS_ROWS) return
  const rows = rowsAtMost(dataset, root, depth, periods)
  if (rows <= MAX_STATS_ROWS) return
  throw new Problem(
    422,
    'Unprocessable Content',
    `The answer would have up to ${rows} rows, more than the ${MAX_STATS_ROWS} one answer may hold: ` +
      'ask fewer months, a smaller depth or a smaller unit',
  )
}

/** The API's User: the account without what only the mock knows. */
function publicUser({ dataset: _dataset, ...user }: DemoAccount): Omit<DemoAccount, 'dataset'> {
  return user
}

interface Session {
  token: string
  account: DemoAccount
  dataset: Dataset
}

type Resolver = (request: Request, url: URL) => Promise<Record<string, unknown> | null>

/** Builds the handlers; each call has its own fault counters. */
export function createHandlers(options: MockApiOptions): HttpHandler[] {
  const base = options.baseUrl.replace(/\/+$/, '')
  const staticFaults = parseFaults(options.faults)

  async function authenticate(request: Request): Promise<Session> {
    const header = request.headers.get('authorization') ?? ''
    const token = header.startsWith('Bearer ') ? header.slice(7) : ''
    const claims = token ? readToken(token) : null
    const account = claims && DEMO_ACCOUNTS.find((a) => a.username === claims.username)
    if (!claims || !account) throw new Problem(401, 'Unauthorized', 'Missing, invalid or expired token')
    return { token, account, dataset: await loadDataset(claims.dataset) }
  }

  function unitInScope(session: Pick<Session, 'account' | 'dataset'>, unitId: string) {
    const unit = session.dataset.tree.byId.get(unitId)
    if (!unit) throw new Problem(404, 'Not Found', `Unknown unit ${unitId}`)
    if (!scopeOf(session.dataset, session.account.scopeUnitId).ids.has(unit.id)) {
      throw new Problem(403, 'Forbidden', `Unit ${unitId} is outside your scope`)
    }
    return unit
  }

  /** grain=week: the weeks of the range that have data; 400 for a week that does not exist or a reversed range. */
  function weekStats(session: Session, url: URL) {
    const parsed = WeekStatsQuerySchema.safeParse(Object.fromEntries(url.searchParams))
    if (!parsed.success) throw badRequest(parsed.error)
    const { from, to, depth, unit } = parsed.data
    for (const [name, week] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!isWeek(week)) throw new Problem(400, 'Bad Request', `${name}: ${week} is not an ISO week of its year`)
    }
    const root = unitInScope(session, unit)
    const first = Math.max(weekIndex(from), weekIndex(FIRST_WEEK))
    const last = Math.min(weekIndex(to), weekIndex(LAST_WEEK))
    const weeks = first <= last ? weeksOf({ from, to }).slice(first - weekIndex(from), last - weekIndex(from) + 1) : []
    const periods = weeks.map((week) => weekMonths(week).map((part) => part.month))
    refuseTooLarge(session.dataset, root, depth, periods)
    return { rows: weekStatsRows(session.dataset, root, depth, weeks) }
  }

  /** grain=period: one row per unit over the range's months with data (the partition of the months, summed). */
  function periodStats(session: Session, url: URL) {
    const parsed = PeriodStatsQuerySchema.safeParse(Object.fromEntries(url.searchParams))
    if (!parsed.success) throw badRequest(parsed.error)
    const root = unitInScope(session, parsed.data.unit)
    const range = clipRange(parsed.data, { from: FIRST_MONTH, to: LAST_MONTH })
    if (!range) return { rows: [] }
    refuseTooLarge(session.dataset, root, parsed.data.depth, [monthsOf(range)])
    const metric = parsed.data.behind
    const rows = periodStatsRows(session.dataset, root, parsed.data.depth, range, metric !== undefined)
    if (!metric) return { rows }
    // Each unit's run and trend up to the range's end, as the client counts them over the caller's whole scope.
    const behind = monthsBehindOf(session.dataset, session.account.scopeUnitId, metric, range.to)
    return { rows: rows.map((row) => ({ ...row, ...behindFields(behind, row.unitId) })) }
  }

  const resolvers: Record<EndpointName, Resolver> = {
    async login(request) {
      let body: unknown
      try {
        body = await request.json()
      } catch {
        throw new Problem(400, 'Bad Request', 'Body is not JSON')
      }
      const parsed = LoginRequestSchema.safeParse(body)
      if (!parsed.success) throw badRequest(parsed.error)
      const account = DEMO_ACCOUNTS.find((a) => a.username === parsed.data.username)
      if (!account || parsed.data.password !== DEMO_PASSWORD)
        throw new Problem(401, 'Unauthorized', 'Wrong username or password')
      return { token: issueToken(account.username, account.dataset ?? options.dataset), user: publicUser(account) }
    },
    async logout(request) {
      const session = await authenticate(request)
      revokeToken(session.token)
      return null
    },
    async me(request) {
      return publicUser((await authenticate(request)).account)
    },
    async meta(request) {
      const session = await authenticate(request)
      return {
        firstMonth: FIRST_MONTH,
        lastMonth: LAST_MONTH,
        updatedAt: DATA_UPDATED_AT,
        rootUnitId: session.account.scopeUnitId,
        grains: ['month', 'week', 'period'],
        monthsBehind: true,
        periodDepth: MAX_PERIOD_DEPTH,
        firstWeek: FIRST_WEEK,
        lastWeek: LAST_WEEK,
      }
    },
    async units(request) {
      const session = await authenticate(request)
      const scope = scopeOf(session.dataset, session.account.scopeUnitId)
      return { units: scope.units.map(toApiUnit), lineage: scope.lineage }
    },
    async stats(request, url) {
      const session = await authenticate(request)
      if (url.searchParams.get('grain') === 'week') return weekStats(session, url)
      if (url.searchParams.get('grain') === 'period') return periodStats(session, url)
      const parsed = StatsQuerySchema.safeParse(Object.fromEntries(url.searchParams))
      if (!parsed.success) throw badRequest(parsed.error)
      const root = unitInScope(session, parsed.data.unit)
      const range = clipRange(parsed.data, { from: FIRST_MONTH, to: LAST_MONTH })
      if (!range) return { rows: [] }
      const months = monthsOf(range)
      refuseTooLarge(
        session.dataset,
        root,
        parsed.data.depth,
        months.map((month) => [month]),
      )
      return monthlyAnswer({ dataset: session.dataset, root, depth: parsed.data.depth, months })
    },
    async targets(request, url) {
      const session = await authenticate(request)
      const parsed = TargetsQuerySchema.safeParse(Object.fromEntries(url.searchParams))
      if (!parsed.success) throw badRequest(parsed.error)
      return { targets: targetsFor(session.dataset, session.account.scopeUnitId, parsed.data.year) }
    },
    ...writeResolvers({
      authenticate,
      unitInScope,
      fail: (status, title, detail) => {
        throw new Problem(status, title, detail)
      },
    }),
  }
  const METHODS = { GET: http.get, POST: http.post, PUT: http.put }

  return (Object.keys(ENDPOINTS) as EndpointName[]).map((name) => {
    const spec = ENDPOINTS[name]
    const method = METHODS[spec.method]
    return method(`${base}${spec.path.replace(/\{(\w+)\}/g, ':$1')}`, async ({ request }) => {
      const plans: FaultPlan[] = [staticFaults]
      const perRequest = request.headers.get(FAULT_HEADER)
      if (perRequest) plans.push(parseFaults(perRequest))
      const faults = takeFaults(plans, name)
      for (const fault of faults) if (fault.kind === 'latency') await delay(fault.ms)
      if (faults.some((f) => f.kind === 'hang')) await delay('infinite')
      if (faults.some((f) => f.kind === '500'))
        return problemResponse(new Problem(500, 'Internal Server Error', 'Injected fault'))
      if (faults.some((f) => f.kind === '401'))
        return problemResponse(new Problem(401, 'Unauthorized', 'Session expired'))
      if (faults.some((f) => f.kind === '403'))
        return problemResponse(new Problem(403, 'Forbidden', 'Outside your scope (injected)'))
      try {
        const body = await resolvers[name](request, new URL(request.url))
        if (body === null) return new HttpResponse(null, { status: 204 })
        if (faults.some((f) => f.kind === 'invariant')) breakInvariant(body as Parameters<typeof breakInvariant>[0])
        if (faults.some((f) => f.kind === 'hostile-name')) hostileName(body as Parameters<typeof hostileName>[0])
        corruptAnswer(
          faults.map((f) => f.kind),
          body as Parameters<typeof corruptAnswer>[1],
        )
        return jsonResponse(faults.some((f) => f.kind === 'malformed') ? malform(name, body) : body)
      } catch (error) {
        if (error instanceof Problem) return problemResponse(error)
        throw error
      }
    })
  })
}
