// The session: the token lives in sessionStorage (never the URL, never localStorage).
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { FIRST_VIEW_KEY } from '../api/early-answers'

export const TOKEN_KEY = 'tien-do-dvctt.token'

function storage(): Storage | undefined {
  return typeof sessionStorage === 'undefined' ? undefined : sessionStorage
}

export type SignOutReason = 'signedOut' | 'expired'

export const useSessionStore = defineStore('session', () => {
  const token = ref<string | null>(storage()?.getItem(TOKEN_KEY) || null) // an empty one is none
  /** Why the last session ended, for the sign-in page to say. */
  const endedBecause = ref<SignOutReason | null>(null)
  const isSignedIn = computed(() => token.value !== null)

  function start(newToken: string) {
    token.value = newToken
    endedBecause.value = null
    storage()?.setItem(TOKEN_KEY, newToken)
    storage()?.removeItem(FIRST_VIEW_KEY) // another user's first view is not this one's
  }

  function end(reason: SignOutReason) {
    token.value = null
    endedBecause.value = reason
    storage()?.removeItem(TOKEN_KEY)
    storage()?.removeItem(FIRST_VIEW_KEY)
  }

  return { token, endedBecause, isSignedIn, start, end }
})
