// vue-query's defaults for this app: no retry of answers that will not change (4xx, malformed). A failed
// query is asked again when the person says so (the error's "Thử lại"), not whenever another view starts
// using it: two views sharing a failed query would otherwise re-ask it in a loop, each start clearing its error.
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
        retryOnMount: false,
        refetchOnWindowFocus: false,
      },
    },
  })
}
