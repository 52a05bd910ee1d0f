// The session: the token lives in sessionStorage (never the URL, never localStorage). Other tabs of this
// browser share it over a BroadcastChannel (src/api/session-share.ts, started by main.ts), each into its own
// sessionStorage.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

export const TOKEN_KEY = 'tien-do-dvctt.token'
/** Who holds the token (their username): a page left behind when the session ends is theirs alone. */
const USER_KEY = 'tien-do-dvctt.user'
/** The page a user was on when their session ended here, and who they were (a Departure, JSON). */
const DEPARTURE_KEY = 'tien-do-dvctt.departure'

export interface Departure {
  /** Null when the session's user was not known (a session from before users were remembered). */
  user: string | null
  path: string
}

function storage(): Storage | undefined {
  return typeof sessionStorage === 'undefined' ? undefined : sessionStorage
}

function readDeparture(): Departure | null {
  try {
    const value = JSON.parse(storage()?.getItem(DEPARTURE_KEY) ?? 'null') as Partial<Departure> | null
    if (!value || typeof value.path !== 'string') return null
    return { user: typeof value.user === 'string' ? value.user : null, path: value.path }
  } catch {
    return null
  }
}

/** Signed out here; signed out in another tab of this browser; or the API no longer took the token. */
export type SignOutReason = 'signedOut' | 'signedOutElsewhere' | 'expired'

export const useSessionStore = defineStore('session', () => {
  const token = ref<string | null>(storage()?.getItem(TOKEN_KEY) || null) // an empty one is none
  const user = ref<string | null>(storage()?.getItem(USER_KEY) || null)
  /** Why the last session ended, for the sign-in page to say. */
  const endedBecause = ref<SignOutReason | null>(null)
  const isSignedIn = computed(() => token.value !== null)

  function start(newToken: string, username: string | null) {
    token.value = newToken
    user.value = username
    endedBecause.value = null
    storage()?.setItem(TOKEN_KEY, newToken)
    if (username) storage()?.setItem(USER_KEY, username)
    else storage()?.removeItem(USER_KEY)
    storage()?.removeItem(DEPARTURE_KEY)
  }

  /** Ends the session; `leftAt` is the page its user was on, to return them (and only them) to it. */
  function end(reason: SignOutReason, leftAt?: string) {
    const left: Departure | null = leftAt ? { user: user.value, path: leftAt } : null
    if (left) storage()?.setItem(DEPARTURE_KEY, JSON.stringify(left))
    else storage()?.removeItem(DEPARTURE_KEY)
    token.value = null
    user.value = null
    endedBecause.value = reason
    storage()?.removeItem(TOKEN_KEY)
    storage()?.removeItem(USER_KEY)
  }

  /** Where the last session here ended, and whose it was. */
  const departure = () => readDeparture()

  return { token, user, endedBecause, isSignedIn, start, end, departure }
})
