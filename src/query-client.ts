// vue-query's defaults for this app: no retry of answers that will not change (4xx, malformed).
import { QueryClient } from '@tanstack/vue-query'
import { ApiError } from './api/errors'

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => {
          if (error instanceof ApiError && (error.kind === 'malformed' || (error.status !== null && error.status < 500))) return false
          return failureCount < 2
        },
        refetchOnWindowFocus: false,
      },
    },
  })
}
