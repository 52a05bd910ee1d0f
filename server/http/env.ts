// What every route of the API can reach: the store, the policy, the clock, and the signed-in user.
import type { User } from '../../src/api/contract'
import type { AuthPolicy } from '../auth/policy'
import { DEFAULT_QUERY_TIMEOUT_MS } from '../db/open'
import type { Store } from '../store/store'
import type { Timings } from './timings'

export interface ApiContext {
  store: Store
  policy: AuthPolicy
  now: () => Date
  trustProxy: boolean
  limits: QueryLimits
}

/** Bounds on a read's work and answer (README, "Settings"). */
export interface QueryLimits {
  /** A query still unanswered after this long is a 503 (PostgreSQL's statement_timeout, and a deadline here). */
  queryTimeoutMs: number
  /** The most rows one /stats answer may hold (units down to the depth × periods): past it, a 400. */
  statsRowLimit: number
  /**
   * Answers of /stats and /units made at once, the others waiting their turn (http/answer-cache.ts): 4 on
   * PostgreSQL; 1 on PGlite, which runs one query at a time in this process, where more at once would only hold
   * more answers in memory.
   */
  answersAtOnce: number
}

export const DEFAULT_LIMITS: QueryLimits = {
  queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS,
  statsRowLimit: 100_000,
  answersAtOnce: 4,
}

export interface AppEnv {
  /** timings: set when the server reports them (SERVER_TIMING=1, http/timings.ts). */
  Variables: { user: User; tokenHash: string; timings?: Timings }
}

/** Request bodies: JSON calls are small; uploads (imports) have their own limit. */
export const JSON_BODY_LIMIT = 16 * 1024
export const UPLOAD_BODY_LIMIT = 10 * 1024 * 1024
