// Settings from the environment (README, "Settings").
import { resolve } from 'node:path'
import type { DatabaseOptions } from './db/open'

export interface Settings {
  port: number
  host: string
  database: DatabaseOptions
  trustProxy: boolean
  distDir: string
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const port = Number(env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env.PORT}`)
  return {
    port,
    host: env.HOST || '0.0.0.0',
    database: env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: resolve(env.DATA_DIR || './data') },
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    distDir: resolve(env.DIST_DIR || './dist'),
  }
}

/** Where the data lives, for people (the URL without its password). */
export function describeDatabase(database: DatabaseOptions): string {
  if (!database.databaseUrl) return `embedded PostgreSQL (PGlite) in ${database.dataDir}`
  const url = new URL(database.databaseUrl)
  url.password = url.password ? '***' : ''
  return `PostgreSQL at ${url.toString()}`
}
