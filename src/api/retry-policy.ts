// When the API client asks again, and for how long one load may take: a failure a person sees soon,
// never a wait of several timeouts, and no request asked again when the answer cannot change.
import { ApiError } from './errors'

/** One load (a call of the API client, its retry included) gets an answer or an error within this. */
export const LOAD_DEADLINE_MS = 15_000
/** The pause before the retry: a server that has just failed gets a moment. */
export const RETRY_PAUSE_MS = 1_000
/** A retry is started only when at least this much of the deadline is left for it. */
export const MIN_ATTEMPT_MS = 2_000

/**
 * Whether the failure of attempt number `attempt` (1 for the first) is worth one more: a network error
 * or a server error (5xx), once. Never a refusal (4xx), an answer that breaks the contract (it would
 * come again), a timeout (the deadline is spent) or a cancel.
 */
export function isWorthRetrying(error: unknown, attempt: number): boolean {
  if (attempt > 1 || !(error instanceof ApiError)) return false
  return error.kind === 'network' || (error.kind === 'http' && error.status !== null && error.status >= 500)
}

/** Waits `ms`, or rejects as soon as `signal` aborts (the caller has let go). */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal!.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
