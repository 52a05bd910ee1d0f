// What every route of the API can reach: the store, the policy, the clock, and the signed-in user.
import type { User } from '../../src/api/contract'
import type { AuthPolicy } from '../auth/policy'
import type { Store } from '../store/store'

export interface ApiContext {
  store: Store
  policy: AuthPolicy
  now: () => Date
  trustProxy: boolean
}

export interface AppEnv {
  Variables: { user: User; tokenHash: string }
}

/** Request bodies: JSON calls are small; uploads (imports) have their own limit. */
export const JSON_BODY_LIMIT = 16 * 1024
export const UPLOAD_BODY_LIMIT = 10 * 1024 * 1024
