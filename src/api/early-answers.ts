// Answers asked by public/early.js before the app's code arrived, handed to the API client: a request
// for the same URL with the same token gets the early answer, once; anything else is fetched as usual.
// early.js asks the API the previous start of this session used (remembered here); with the mock API
// on, nothing is remembered, as its worker does not answer before the app has started it.
// A start that asks its first view's rows ahead (src/api/prefetch-view.ts) also remembers those URLs with
// the page's address: when the tab loads that address again (a reload, the usual way back to fresh
// figures), early.js asks them too, so the largest answer of the start comes in while the code does.

import { LOAD_ADDRESS } from '../load-address'

/** Where early.js finds the API's base URL (sessionStorage, like the token). */
export const API_BASE_KEY = 'tien-do-dvctt.api-base'

/** Remembers the real API's absolute base URL for the next start of this session; null forgets it. */
export function rememberApiBase(baseUrl: string | null) {
  try {
    if (baseUrl) sessionStorage.setItem(API_BASE_KEY, baseUrl)
    else sessionStorage.removeItem(API_BASE_KEY)
  } catch {
    // storage blocked: no early answers, nothing else changes
  }
}

/** Where early.js finds the first view's requests of the previous start, and the address they belong to. */
export const FIRST_VIEW_KEY = 'tien-do-dvctt.first-view'

/** What is stored under FIRST_VIEW_KEY (JSON). */
export interface FirstViewRecord {
  /**
   * The page's addresses the URLs belong to: as loaded, before the router has read it, and as the view
   * writes it once complete ("#/overview" becomes "#/overview?unit=…&from=…"), which a reload then loads.
   */
  addresses: string[]
  /** Absolute GET URLs of the API, as the API client asks them. */
  urls: string[]
}

/**
 * Remembers the URLs this start asked for its first view, for the next load of this load's address or of
 * `viewAddress` (the view's complete address); null forgets. After signing in, the load's address was the
 * sign-in page's: `fromLoad` false remembers the view's address alone.
 */
export function rememberFirstView(urls: string[] | null, viewAddress?: string, fromLoad = true) {
  try {
    if (!urls || urls.length === 0) return sessionStorage.removeItem(FIRST_VIEW_KEY)
    const addresses = [...new Set([...(fromLoad ? [LOAD_ADDRESS] : []), viewAddress ?? LOAD_ADDRESS])]
    sessionStorage.setItem(FIRST_VIEW_KEY, JSON.stringify({ addresses, urls } satisfies FirstViewRecord))
  } catch {
    // storage blocked: the next start asks its rows after its code has run, as it would anyway
  }
}

/** A store's actions as Pinia reports them: enough to hear a session start or end without reading it. */
interface ActionsReported {
  $onAction(listener: (action: { name: string; after: (callback: () => void) => void }) => void): unknown
}

/**
 * A remembered first view is its user's alone: forgotten once `session` starts or ends one here (the
 * session store itself knows nothing of requests); so is what else the tab keeps of it (`alsoForget`).
 */
export function forgetFirstViewWith(session: ActionsReported, alsoForget: ReadonlyArray<() => void> = []): void {
  session.$onAction(({ name, after }) => {
    if (name !== 'start' && name !== 'end') return
    after(() => {
      rememberFirstView(null)
      for (const forget of alsoForget) forget()
    })
  })
}

/**
 * Adds a URL the first view went on to ask (the months before its window, for months behind) to what is
 * remembered for this page's address, so that a reload asks it early too. Nothing when no first view of
 * this address is remembered.
 */
export function rememberAlsoAsked(url: string) {
  try {
    const record = JSON.parse(sessionStorage.getItem(FIRST_VIEW_KEY) ?? 'null') as FirstViewRecord | null
    if (!record || !record.addresses.includes(location.href) || record.urls.includes(url)) return
    sessionStorage.setItem(
      FIRST_VIEW_KEY,
      JSON.stringify({ ...record, urls: [...record.urls, url] } satisfies FirstViewRecord),
    )
  } catch {
    // storage blocked or unreadable: the next start asks it after its code has run
  }
}

/** One early request: what it asked, with which token, and its answer on the way. */
export interface EarlyAnswer {
  url: string
  token: string
  response: Promise<Response>
}

declare global {
  interface Window {
    __tienDoEarlyAnswers?: Promise<EarlyAnswer[]>
  }
}

const isEarlyAnswer = (value: unknown): value is EarlyAnswer => {
  const answer = value as EarlyAnswer | null
  return (
    typeof answer === 'object' &&
    answer !== null &&
    typeof answer.url === 'string' &&
    typeof answer.token === 'string' &&
    answer.response instanceof Promise
  )
}

/** The early answers of this page load (taken once: a second call gets none). */
export async function takeEarlyAnswers(): Promise<EarlyAnswer[]> {
  if (typeof window === 'undefined' || !window.__tienDoEarlyAnswers) return []
  const pending = window.__tienDoEarlyAnswers
  window.__tienDoEarlyAnswers = undefined
  const answers = await pending.catch(() => [])
  return Array.isArray(answers) ? answers.filter(isEarlyAnswer) : []
}

const abortReason = (signal: AbortSignal) => signal.reason ?? new DOMException('Aborted', 'AbortError')

/** `doFetch`, except that a GET matching an early answer (URL and bearer token) gets that answer. */
export function withEarlyAnswers(answers: EarlyAnswer[], doFetch: typeof fetch): typeof fetch {
  const waiting = [...answers]
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    const method = (init?.method ?? 'GET').toUpperCase()
    const authorization = new Headers(init?.headers).get('Authorization')
    const index = waiting.findIndex((answer) => answer.url === url && `Bearer ${answer.token}` === authorization)
    if (method !== 'GET' || index === -1) return doFetch(input, init)
    const [answer] = waiting.splice(index, 1)
    const signal = init?.signal
    if (!signal) return answer!.response
    if (signal.aborted) return Promise.reject(abortReason(signal))
    // The caller's cancel and timeout still hold.
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(abortReason(signal))
      signal.addEventListener('abort', onAbort, { once: true })
      answer!.response.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
    })
  }
}
