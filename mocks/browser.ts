// Starts the mock API in the browser (a service worker); loaded only when config.json says mocks: true.
import { http, HttpResponse } from 'msw'
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

/** Set while the page reloads to get a worker that hears it (once: a second failure is said, not retried). */
const RELOADED_KEY = 'tien-do-dvctt.mock-reloaded'

/** Starts intercepting the API and returns what the sign-in page may show about the mocks. */
export async function startMockApi(options: MockStartOptions) {
  // A request only this start answers: it tells whether the page's requests really reach these handlers.
  const probeUrl = new URL(`__mock-probe-${crypto.randomUUID()}`, options.workerUrl).href
  const worker = setupWorker(
    http.get(probeUrl, () => HttpResponse.text('mocked')),
    ...createHandlers({
      baseUrl: resolveBaseUrl(options.apiBaseUrl),
      dataset: options.dataset,
      faults: options.faults,
    }),
  )
  await worker.start({ serviceWorker: { url: options.workerUrl }, onUnhandledRequest: 'bypass', quiet: true })
  if (!(await answersHere(probeUrl))) {
    // The worker told to mock this page does not hear it: one stopped and restarted has forgotten its pages, and
    // on a reload the closing page's worker may unregister itself while the new page loads (CI once saw every
    // request after a reload reach the network). Nothing is shown yet: reload once, on a new registration.
    const registrations = await navigator.serviceWorker.getRegistrations()
    await Promise.all(registrations.map((registration) => registration.unregister()))
    if (sessionStorage.getItem(RELOADED_KEY) === null) {
      sessionStorage.setItem(RELOADED_KEY, '1')
      location.reload()
      return new Promise<never>(() => {})
    }
    throw new Error('the mock API does not receive this page’s requests')
  }
  sessionStorage.removeItem(RELOADED_KEY)
  return { demoAccounts: demoAccountList() }
}

async function answersHere(probeUrl: string): Promise<boolean> {
  const response = await fetch(probeUrl, { cache: 'no-store' }).catch(() => null)
  return response !== null && (await response.text()) === 'mocked'
}
