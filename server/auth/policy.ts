// How long sessions live and how many failed sign-ins are allowed (QUALITY.md, the server's section).
export interface AuthPolicy {
  /** A session unused this long is over. */
  idleMs: number
  /** A session is over this long after sign-in, used or not. */
  absoluteMs: number
  /** Failed sign-ins counted over this window. */
  failureWindowMs: number
  /** Failures allowed per account within the window before sign-in is refused (429). */
  maxFailuresPerAccount: number
  /** Failures allowed per client address within the window. */
  maxFailuresPerAddress: number
}

export const DEFAULT_AUTH_POLICY: AuthPolicy = {
  idleMs: 30 * 60_000,
  absoluteMs: 12 * 3_600_000,
  failureWindowMs: 15 * 60_000,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
}
