// One error type for everything a request can go wrong with, so every widget can say what happened.
import type { EndpointName } from './contract'

export type ApiErrorKind = 'http' | 'timeout' | 'network' | 'malformed'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly endpoint: EndpointName
  readonly status: number | null
  readonly title: string
  readonly detail: string | null
  /** For a malformed answer: the path of the first field that broke the contract ("rows[3].received"). */
  readonly field: string | null

  constructor(init: {
    kind: ApiErrorKind
    endpoint: EndpointName
    status?: number | null
    title: string
    detail?: string | null
    field?: string | null
  }) {
    super(
      `${init.endpoint}: ${init.title}${init.field ? ` (${init.field})` : ''}${init.detail ? ` — ${init.detail}` : ''}`,
    )
    this.name = 'ApiError'
    this.kind = init.kind
    this.endpoint = init.endpoint
    this.status = init.status ?? null
    this.title = init.title
    this.detail = init.detail ?? null
    this.field = init.field ?? null
  }

  get isUnauthorized(): boolean {
    return this.kind === 'http' && this.status === 401
  }

  get isForbidden(): boolean {
    return this.kind === 'http' && this.status === 403
  }
}

/** "rows[3].receivedOnline" from a validation issue's path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out || '(root)'
}
