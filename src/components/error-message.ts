// What to tell a person about a failed request, in their language. A shared component knows a failure by
// its shape (src/api/errors.ts's ApiError has it), not by the data layer's class: it gets data as a value.
import type { Translate } from '../i18n/messages'

/** What a failed request says about itself. */
export interface RequestFailure {
  readonly kind: 'http' | 'timeout' | 'network' | 'malformed'
  readonly endpoint: string
  readonly status: number | null
  readonly title: string
  readonly detail: string | null
  /** For a malformed answer: the first field that broke the contract. */
  readonly field: string | null
  readonly isForbidden: boolean
}

const KINDS: ReadonlySet<unknown> = new Set(['http', 'timeout', 'network', 'malformed'])

/** A request's failure, told from any other error (a bug, a browser's TypeError) by its shape. */
export function isRequestFailure(error: unknown): error is RequestFailure {
  if (!(error instanceof Error)) return false
  const failure = error as Partial<RequestFailure>
  return KINDS.has(failure.kind) && typeof failure.endpoint === 'string' && typeof failure.title === 'string'
}

export function errorMessage(t: Translate, error: unknown): string {
  if (!isRequestFailure(error)) return t('states.network', { endpoint: '?' })
  switch (error.kind) {
    case 'timeout':
      return t('states.timeout', { endpoint: error.endpoint })
    case 'network':
      return t('states.network', { endpoint: error.endpoint })
    case 'malformed':
      return t('states.malformed', { endpoint: error.endpoint, field: error.field ?? '—' })
    case 'http':
      if (error.isForbidden) return t('states.forbidden')
      return t('states.http', {
        status: error.status ?? '?',
        endpoint: error.endpoint,
        title: error.detail ?? error.title,
      })
  }
}
