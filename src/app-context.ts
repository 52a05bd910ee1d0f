// What start-up hands to the app: its configuration, the API client, and (mocks only) demo accounts.
import { inject, type InjectionKey } from 'vue'
import type { ApiClient } from './api/client'
import type { AppConfig, Role } from './api/contract'
import type { UnitKind } from './domain/units'

export interface DemoAccountInfo {
  username: string
  displayName: string
  role: Role
  /** The kind of the account's scope unit (a central account's is the country). */
  scopeKind?: UnitKind
  password: string
}

export interface AppContext {
  config: AppConfig
  api: ApiClient
  /** Listed on the sign-in page; null unless the mock API is running. */
  demoAccounts: DemoAccountInfo[] | null
}

export const APP_CONTEXT: InjectionKey<AppContext> = Symbol('app-context')

export function useAppContext(): AppContext {
  const context = inject(APP_CONTEXT)
  if (!context) throw new Error('useAppContext() outside the app')
  return context
}

/** The API client, for pages and composables. */
export function useApi(): ApiClient {
  return useAppContext().api
}
