// The API (every endpoint of CONTRACT.md under /api/v1) and the built app beside it, as one Hono app.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { DEFAULT_AUTH_POLICY, type AuthPolicy } from './auth/policy'
import { DEFAULT_LIMITS, JSON_BODY_LIMIT, type ApiContext, type AppEnv, type QueryLimits } from './http/env'
import { compressJson } from './http/compress'
import { consoleErrorLog, errorHandler, notFound, Problem, type ErrorLog } from './http/problem'
import { contentSecurityPolicy, securityHeaders } from './http/security'
import { serverTiming } from './http/timings'
import { authRoutes, requireUser } from './routes/auth'
import { dataRoutes } from './routes/data'
import { importRoutes, type ImportParser } from './routes/imports'
import { serveApp } from './routes/static'
import { targetRoutes } from './routes/targets'
import type { Store } from './store/store'

export const API_BASE = '/api/v1'

export interface ApiOptions {
  policy?: Partial<AuthPolicy>
  /** The clock (tests move it to expire sessions). */
  now?: () => Date
  /** Take the client's address from X-Forwarded-For (behind a reverse proxy that sets it). */
  trustProxy?: boolean
  importParser?: ImportParser
  log?: ErrorLog
  /** The query timeout and the /stats row cap (DEFAULT_LIMITS otherwise). */
  limits?: Partial<QueryLimits>
  /** Server-Timing headers on the API's answers (where a request's time went; the bench reads them). */
  serverTiming?: boolean
}

/** The API alone, its paths relative to the base (mount it under API_BASE). */
export function createApi(store: Store, options: ApiOptions = {}): Hono<AppEnv> {
  const ctx: ApiContext = {
    store,
    policy: { ...DEFAULT_AUTH_POLICY, ...options.policy },
    now: options.now ?? (() => new Date()),
    trustProxy: options.trustProxy ?? false,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  }
  const api = new Hono<AppEnv>()
  const jsonLimit = bodyLimit({
    maxSize: JSON_BODY_LIMIT,
    onError: () => {
      throw new Problem(413, 'Content Too Large', `Request bodies are limited to ${JSON_BODY_LIMIT / 1024} KB`)
    },
  })
  // An upload (POST /imports) has its own, larger limit (routes/imports.ts): a year's template is past 16 KB.
  api.use((c, next) => (c.req.method === 'POST' && /\/imports$/.test(c.req.path) ? next() : jsonLimit(c, next)))
  const auth = requireUser(ctx)
  authRoutes(api, ctx, auth)
  dataRoutes(api, ctx, auth)
  targetRoutes(api, ctx, auth)
  importRoutes(api, ctx, auth, options.importParser)
  return api
}

export interface ServerOptions extends ApiOptions {
  /** The built app (vite build's dist/); null: the API alone. */
  distDir: string | null
}

/** The whole site: the API under /api/v1, the app and its runtime config.json, security headers on all. */
export function createServerApp(store: Store, options: ServerOptions): Hono {
  const app = new Hono()
  const log = options.log ?? consoleErrorLog
  const { queryTimeoutMs } = { ...DEFAULT_LIMITS, ...options.limits }
  app.use(securityHeaders(contentSecurityPolicy(options.distDir)))
  if (options.serverTiming) app.use(`${API_BASE}/*`, serverTiming)
  app.use(`${API_BASE}/*`, compressJson)
  const api = createApi(store, options)
  api.onError(errorHandler(log, queryTimeoutMs))
  app.route(API_BASE, api)
  app.onError(errorHandler(log, queryTimeoutMs))
  app.notFound((c) => {
    if (c.req.path.startsWith(`${API_BASE}/`)) throw notFound(`No endpoint ${c.req.method} ${c.req.path}`)
    return c.text('Not Found', 404)
  })
  if (options.distDir) serveApp(app, options.distDir)
  return app
}
