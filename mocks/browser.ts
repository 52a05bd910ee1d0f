// Starts the mock API in the browser (a service worker); loaded only when config.json says mocks: true.
import { setupWorker } from 'msw/browser'
import { resolveBaseUrl } from '../src/api/client'
import { demoAccountList } from './accounts'
import { createHandlers } from './handlers'
import type { DatasetName } from './units'

export interface MockStartOptions {
  apiBaseUrl: string
  dataset: DatasetName
  faults?: string
  workerUrl: string
}

/** Starts intercepting the API and returns what the sign-in page may show about the mocks. */
export async function startMockApi(options: MockStartOptions) {
  const worker = setupWorker(
    ...createHandlers({
      baseUrl: resolveBaseUrl(options.apiBaseUrl),
      dataset: options.dataset,
      faults: options.faults,
    }),
  )
  await worker.start({ serviceWorker: { url: options.workerUrl }, onUnhandledRequest: 'bypass', quiet: true })
  return { demoAccounts: demoAccountList() }
}
