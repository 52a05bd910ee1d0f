// Settings from the environment (README, "Settings").
import { resolve } from 'node:path'
import { DEFAULT_QUERY_TIMEOUT_MS, type DatabaseOptions } from './db/open'
import { DEFAULT_LIMITS, type QueryLimits } from './http/env'

export interface Settings {
  port: number
  host: string
  database: DatabaseOptions
  trustProxy: boolean
  distDir: string
  limits: QueryLimits
  /** SERVER_TIMING=1: a Server-Timing header on the API's answers (http/timings.ts). */
  serverTiming: boolean
}

/** A positive whole number from the environment, or the default when unset. */
function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not ${raw}`)
  return value
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const port = Number(env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env.PORT}`)
  const limits: QueryLimits = {
    queryTimeoutMs: positive(env, 'QUERY_TIMEOUT_MS', DEFAULT_QUERY_TIMEOUT_MS),
    statsRowLimit: positive(env, 'STATS_ROW_LIMIT', DEFAULT_LIMITS.statsRowLimit),
    answersAtOnce: DEFAULT_LIMITS.answersAtOnce,
  }
  return {
    port,
    host: env.HOST || '0.0.0.0',
    database: env.DATABASE_URL
      ? { databaseUrl: env.DATABASE_URL, queryTimeoutMs: limits.queryTimeoutMs }
      : { dataDir: resolve(env.DATA_DIR || './data') },
    limits,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    distDir: resolve(env.DIST_DIR || './dist'),
    serverTiming: env.SERVER_TIMING === '1',
  }
}

/** Where the data lives, for people (the URL without its password). */
export function describeDatabase(database: DatabaseOptions): string {
  if (!database.databaseUrl) return `embedded PostgreSQL (PGlite) in ${database.dataDir}`
  const url = new URL(database.databaseUrl)
  url.password = url.password ? '***' : ''
  return `PostgreSQL at ${url.toString()}`
}
