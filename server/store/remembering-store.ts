// What every API request asks the database before anything else, remembered for a moment: whose session its token
// is (auth) and which data version its answer belongs to (the answer cache's key). Without them a request answered
// from the cache still waits twice for the database: on PostgreSQL for a pooled connection behind the answers being
// made, on PGlite for its one thread. Writes made through this store forget at once what they change (an import, a
// revert, a sign-out, an account disabled or its password set); a write by another process (a second server on the
// same PostgreSQL, `npm run users`) is seen within `versionMs` (data) or `sessionMs` (sessions).
import type { Store } from './store'
import type { User } from '../../src/api/contract'

export interface RememberOptions {
  /** How long a live session is taken as live without asking again (on the clock the caller passes). */
  sessionMs: number
  /** How long the data version is taken as current without asking again. */
  versionMs: number
  /** The clock of the data version (tests move it). */
  now?: () => number
}

export const DEFAULT_REMEMBER: RememberOptions = { sessionMs: 5_000, versionMs: 1_000 }

/** Sessions remembered at most (a few hundred bytes each); past it, the oldest are forgotten. */
const MAX_SESSIONS = 10_000

export function rememberingStore(store: Store, options: RememberOptions = DEFAULT_REMEMBER): Store {
  const now = options.now ?? (() => performance.now())
  const sessions = new Map<string, { user: User; until: number }>()
  let version: { value: Promise<string>; until: number } | null = null
  /** Bumped by each sign-out or account change: a session read begun before it is not remembered after it. */
  let generation = 0
  const forgetVersion = () => {
    version = null
  }
  const forgetSessions = () => {
    sessions.clear()
    generation++
  }
  /** Runs a write, then forgets (also when it failed: part of it may have been done). */
  const forgetting =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>, forget: () => void) =>
    async (...args: A): Promise<R> => {
      try {
        return await write(...args)
      } finally {
        forget()
      }
    }

  return {
    ...store,
    async sessionUser(hash, times) {
      const at = times.now.getTime()
      const kept = sessions.get(hash)
      if (kept && at < kept.until && at >= kept.until - options.sessionMs) return kept.user
      sessions.delete(hash)
      const asked = generation
      const user = await store.sessionUser(hash, times)
      if (user && asked === generation) {
        if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!)
        sessions.set(hash, { user, until: at + options.sessionMs })
      }
      return user
    },
    dataVersion() {
      const at = now()
      if (version && at < version.until) return version.value
      const value = store.dataVersion()
      const kept = { value, until: at + options.versionMs }
      version = kept
      // A failed ask is not remembered. (A write through this store forgets the version when it is done: a read
      // begun meanwhile is forgotten with it.)
      value.catch(() => {
        if (version === kept) version = null
      })
      return value
    },
    revokeSession: forgetting(store.revokeSession, forgetSessions),
    setPassword: forgetting(store.setPassword, forgetSessions),
    setDisabled: forgetting(store.setDisabled, forgetSessions),
    applyImport: forgetting(store.applyImport, forgetVersion),
    revertImport: forgetting(store.revertImport, forgetVersion),
  }
}
