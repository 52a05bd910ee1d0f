// What to tell a person about a failed request, in their language.
import { ApiError } from '../api/errors'
import type { Translate } from '../i18n/messages'

export function errorMessage(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t('states.network', { endpoint: '?' })
  switch (error.kind) {
    case 'timeout': return t('states.timeout', { endpoint: error.endpoint })
    case 'network': return t('states.network', { endpoint: error.endpoint })
    case 'malformed': return t('states.malformed', { endpoint: error.endpoint, field: error.field ?? '—' })
    case 'http':
      if (error.isForbidden) return t('states.forbidden')
      return t('states.http', { status: error.status ?? '?', endpoint: error.endpoint, title: error.detail ?? error.title })
  }
}
