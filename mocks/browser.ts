// Starts the mock API in the browser (a service worker); loaded only when config.json says mocks: true.
import { delay, http, HttpResponse } from 'msw'
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
/** How long a start and its check may take (a few hundred ms in the tests, a second or so on a slow phone). */
const START_TIMEOUT_MS = 5000

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
  const heard = async () => {
    await worker.start({ serviceWorker: { url: options.workerUrl }, onUnhandledRequest: 'bypass', quiet: true })
    return answersHere(probeUrl)
  }
  // A start that never ends (a worker that never answers it) counts as one not heard.
  if (!(await Promise.race([heard(), delay(START_TIMEOUT_MS).then(() => false)]))) {
    // The worker told to mock this page does not hear it: one stopped and restarted has forgotten its pages.
    // Nothing is shown yet: reload once, and the new page tells the worker again.
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
  try {
    const response = await fetch(probeUrl, { cache: 'no-store' })
    return (await response.text()) === 'mocked'
  } catch {
    return false
  }
}
