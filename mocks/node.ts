// The mock API inside Node's fetch, for API and component tests.
import { setupServer } from 'msw/node'
import { createHandlers, type MockApiOptions } from './handlers'

export const TEST_BASE_URL = 'http://localhost/api/v1'

export function createMockServer(options: Partial<MockApiOptions> = {}) {
  return setupServer(...createHandlers({ baseUrl: TEST_BASE_URL, dataset: 'demo', ...options }))
}
