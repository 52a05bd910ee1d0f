// vue-query's defaults for this app. The API client already asks again where that can help, within one
// deadline (src/api/retry-policy.ts): vue-query adds no retries of its own. A failed query is asked
// again when the person says so (the error's "Thử lại"), not whenever another view starts using it:
// two views sharing a failed query would otherwise re-ask it in a loop, each start clearing its error.
import { QueryClient } from '@tanstack/vue-query'

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        retryOnMount: false,
        refetchOnWindowFocus: false,
      },
    },
  })
}
