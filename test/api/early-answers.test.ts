// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ENDPOINTS } from '../../src/api/contract'
import {
  FIRST_VIEW_KEY,
  forgetFirstViewWith,
  rememberAlsoAsked,
  rememberApiBase,
  rememberFirstView,
  takeEarlyAnswers,
  withEarlyAnswers,
  type EarlyAnswer,
} from '../../src/api/early-answers'
import { KEPT_PICTURES_KEY } from '../../src/charts/kept-pictures'
import { COPY_KEY } from '../../src/device-preferences'
import { LOCALE_KEY, rememberLocale } from '../../src/i18n'
import { en } from '../../src/i18n/en'
import { vi as viMessages } from '../../src/i18n/vi'
import { createPinia } from 'pinia'
import { TOKEN_KEY, useSessionStore } from '../../src/stores/session'

const EARLY_SCRIPT = readFileSync('public/early.js', 'utf8')

/** Runs public/early.js as the page would; returns what it fetched and what it hands on. */
async function runEarlyScript() {
  const fetched: Array<{ url: string; authorization: string | null; priority?: RequestPriority }> = []
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    fetched.push({
      url: String(input),
      authorization: new Headers(init?.headers).get('Authorization'),
      priority: init?.priority,
    })
    return Response.json({ url: String(input) })
  })
  new Function(EARLY_SCRIPT)()
  const answers = await takeEarlyAnswers()
  return { fetched, answers }
}

beforeEach(() => sessionStorage.clear())
afterEach(() => {
  vi.unstubAllGlobals()
  window.__tienDoEarlyAnswers = undefined
})

describe('public/early.js', () => {
  it('with a stored session, asks /me, /meta and /units of the API the last start used, with the token', async () => {
    sessionStorage.setItem(TOKEN_KEY, 'abc')
    rememberApiBase('https://dvc.example.vn/api/v1')
    const { fetched, answers } = await runEarlyScript()
    const urls = [ENDPOINTS.me.path, ENDPOINTS.meta.path, ENDPOINTS.units.path].map(
      (path) => `https://dvc.example.vn/api/v1${path}`,
    )
    expect(fetched).toEqual(urls.map((url) => ({ url, authorization: 'Bearer abc', priority: 'auto' })))
    expect(answers.map((a) => [a.url, a.token])).toEqual(urls.map((url) => [url, 'abc']))
    expect(await (await answers[1]!.response).json()).toEqual({ url: urls[1] })
    // taken once
    expect(await takeEarlyAnswers()).toEqual([])
  })

  it(
    'at the address the last start loaded or completed, also asks ' +
      'the rows that start asked for its first view, after the rest',
    async () => {
      sessionStorage.setItem(TOKEN_KEY, 'abc')
      rememberApiBase('https://dvc.example.vn/api/v1')
      const view = [
        'https://dvc.example.vn/api/v1/stats?unit=p87&depth=1&from=2021-01&to=2022-12',
        'https://dvc.example.vn/api/v1/targets?year=2022',
      ]
      // another site, or the API's address as a prefix of another one: never sent the token
      const loaded = location.href
      const completed = `${loaded}#/overview?unit=p87&from=2022-12&to=2022-12`
      rememberFirstView(
        [...view, 'https://elsewhere.example/api/v1/stats', 'https://dvc.example.vn/api/v1.evil/stats'],
        completed,
      )
      const { fetched, answers } = await runEarlyScript()
      expect(fetched.slice(3)).toEqual(view.map((url) => ({ url, authorization: 'Bearer abc', priority: 'low' })))
      expect(answers.map((a) => a.url).slice(3)).toEqual(view)
      // a reload of the address the view completed
      history.replaceState(null, '', completed)
      expect((await runEarlyScript()).fetched.map((f) => f.url).slice(3)).toEqual(view)
      history.replaceState(null, '', loaded)
    },
  )

  it(
    'asks early too what the first view went on to ask (the ' +
      'months before its window), once, at its own address only',
    async () => {
      sessionStorage.setItem(TOKEN_KEY, 'abc')
      rememberApiBase('https://dvc.example.vn/api/v1')
      const view = ['https://dvc.example.vn/api/v1/stats?unit=p87&depth=1&from=2021-01&to=2022-12']
      const earlier = 'https://dvc.example.vn/api/v1/stats?unit=p87&depth=1&from=2020-01&to=2020-12'
      rememberFirstView(view)
      rememberAlsoAsked(earlier)
      rememberAlsoAsked(earlier)
      expect((await runEarlyScript()).fetched.map((f) => f.url).slice(3)).toEqual([...view, earlier])
      const loaded = location.href
      history.replaceState(null, '', `${loaded}#/targets`)
      rememberAlsoAsked('https://dvc.example.vn/api/v1/stats?unit=d874&depth=1&from=2020-01&to=2020-12')
      history.replaceState(null, '', loaded)
      expect((await runEarlyScript()).fetched.map((f) => f.url).slice(3)).toEqual([...view, earlier])
    },
  )

  it(
    'asks no rows at another address, with an unreadable ' + 'record, or once the session has ended or changed',
    async () => {
      sessionStorage.setItem(TOKEN_KEY, 'abc')
      rememberApiBase('https://dvc.example.vn/api/v1')
      const view = ['https://dvc.example.vn/api/v1/stats?unit=p87&depth=1&from=2021-01&to=2022-12']
      const asked = async () =>
        (await runEarlyScript()).fetched.map((f) => f.url.replace('https://dvc.example.vn/api/v1', ''))

      const loaded = location.href
      rememberFirstView(view, `${loaded}#/overview?unit=p87`)
      history.replaceState(null, '', `${loaded}#/targets`)
      expect(await asked()).toEqual(['/me', '/meta', '/units'])
      history.replaceState(null, '', loaded)
      expect(await asked()).toHaveLength(4)
      sessionStorage.setItem(FIRST_VIEW_KEY, '{"addresses":')
      expect(await asked()).toEqual(['/me', '/meta', '/units'])
      sessionStorage.setItem(FIRST_VIEW_KEY, JSON.stringify({ addresses: loaded, urls: view })) // not a list
      expect(await asked()).toEqual(['/me', '/meta', '/units'])
      rememberFirstView(view)
      expect(await asked()).toHaveLength(4)

      const session = useSessionStore(createPinia())
      const alsoForget = vi.fn()
      forgetFirstViewWith(session, [alsoForget]) // as src/main.ts does (there: the kept chart pictures)
      session.start('def', 'lanhdao.tinh') // another sign-in: the last user's view is not this one's
      expect(sessionStorage.getItem(FIRST_VIEW_KEY)).toBeNull()
      expect(alsoForget).toHaveBeenCalledTimes(1)
      rememberFirstView(view)
      session.end('signedOut')
      expect(sessionStorage.getItem(FIRST_VIEW_KEY)).toBeNull()
      expect(alsoForget).toHaveBeenCalledTimes(2)
      rememberFirstView(view)
      rememberFirstView(null)
      expect(sessionStorage.getItem(FIRST_VIEW_KEY)).toBeNull()
    },
  )

  it(
    "starts the charts' picture worker for a stored session, " +
      'but not when the tab kept a picture drawn at this address and window size (the app starts it then)',
    async () => {
      const made: string[] = []
      vi.stubGlobal('OffscreenCanvas', class {})
      vi.stubGlobal(
        'Worker',
        class {
          constructor(url: URL) {
            made.push(String(url))
          }
          addEventListener() {}
        },
      )
      const tag = document.createElement('script')
      tag.dataset.pictureWorker = './assets/picture-worker-A1.js'
      Object.defineProperty(document, 'currentScript', { value: tag, configurable: true })
      const started = async () => {
        made.length = 0
        delete (window as { __tienDoPictureWorker?: unknown }).__tienDoPictureWorker
        await runEarlyScript()
        return made.map((url) => url.replace(/^.*\/assets\//, ''))
      }
      try {
        sessionStorage.setItem(TOKEN_KEY, 'abc')
        expect(await started()).toEqual(['picture-worker-A1.js'])
        const picture = (address: string, size: string) => ({
          addresses: [address],
          window: size,
          key: 'k',
          svg: '<svg/>',
        })
        const here = `${innerWidth}×${innerHeight}`
        sessionStorage.setItem(KEPT_PICTURES_KEY, JSON.stringify([picture(`${location.href}#/targets`, here)]))
        expect(await started()).toEqual(['picture-worker-A1.js'])
        sessionStorage.setItem(KEPT_PICTURES_KEY, JSON.stringify([picture(location.href, '360×740')]))
        expect(await started()).toEqual(['picture-worker-A1.js'])
        sessionStorage.setItem(KEPT_PICTURES_KEY, JSON.stringify([picture(location.href, here)]))
        expect(await started()).toEqual([])
        sessionStorage.setItem(KEPT_PICTURES_KEY, '[{"addresses":')
        expect(await started()).toEqual(['picture-worker-A1.js'])
      } finally {
        delete (document as { currentScript?: unknown }).currentScript
        delete (window as { __tienDoPictureWorker?: unknown }).__tienDoPictureWorker
      }
    },
  )

  it(
    'asks nothing without a session, or when the last ' + 'start used the mock API (its worker answers later)',
    async () => {
      rememberApiBase('https://dvc.example.vn/api/v1')
      expect(await runEarlyScript()).toEqual({ fetched: [], answers: [] })

      sessionStorage.setItem(TOKEN_KEY, 'abc')
      rememberApiBase(null)
      expect(await runEarlyScript()).toEqual({ fetched: [], answers: [] })
    },
  )
})

describe('the boot screen (index.html, until the app is mounted)', () => {
  const bootMarkup = readFileSync('index.html', 'utf8').match(/<div id="app">([\s\S]*?)<\/div>\s*<script/)![1]!
  const bootTitle = () => document.querySelector('.app-boot__title')?.textContent

  beforeEach(() => {
    localStorage.clear()
    document.body.innerHTML = `<div id="app">${bootMarkup}</div>`
  })

  it("shows the app's title as the header does, in Vietnamese", async () => {
    expect(bootTitle()).toBe(viMessages.app.title)
    await runEarlyScript()
    expect(bootTitle()).toBe(viMessages.app.title)
    rememberLocale('vi')
    await runEarlyScript()
    expect(bootTitle()).toBe(viMessages.app.title)
  })

  it("in English for a reader who chose English, before the app's code has run", async () => {
    rememberLocale('en')
    await runEarlyScript()
    expect(bootTitle()).toBe(en.app.title)
  })

  it("reads the tab's copy of the device's choices when it has one, localStorage only when not", async () => {
    sessionStorage.setItem(COPY_KEY, JSON.stringify({ [LOCALE_KEY]: 'en' }))
    await runEarlyScript()
    expect(bootTitle()).toBe(en.app.title)
    // the copy is what this tab starts with: a device choice it has not followed yet waits for the app's check
    sessionStorage.setItem(COPY_KEY, JSON.stringify({}))
    localStorage.setItem(LOCALE_KEY, 'en')
    document.body.innerHTML = `<div id="app">${bootMarkup}</div>`
    await runEarlyScript()
    expect(bootTitle()).toBe(viMessages.app.title)
    sessionStorage.removeItem(COPY_KEY)
    await runEarlyScript()
    expect(bootTitle()).toBe(en.app.title)
  })
})

describe('withEarlyAnswers', () => {
  const answer = (url: string, token: string, body: unknown): EarlyAnswer => ({
    url,
    token,
    response: Promise.resolve(Response.json(body)),
  })

  it('hands a GET of the same URL with the same token its early answer, once; anything else is fetched', async () => {
    const fetched: string[] = []
    const doFetch = vi.fn(async (input: RequestInfo | URL) => {
      fetched.push(String(input))
      return Response.json({ fetched: true })
    })
    const early = withEarlyAnswers([answer('https://x/api/me', 'abc', { early: true })], doFetch)
    const auth = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } })

    expect(await (await early(new URL('https://x/api/me'), auth('other'))).json()).toEqual({ fetched: true })
    expect(await (await early(new URL('https://x/api/me'), { ...auth('abc'), method: 'POST' })).json()).toEqual({
      fetched: true,
    })
    expect(await (await early(new URL('https://x/api/me'), auth('abc'))).json()).toEqual({ early: true })
    expect(await (await early(new URL('https://x/api/me'), auth('abc'))).json()).toEqual({ fetched: true })
    expect(fetched).toEqual(['https://x/api/me', 'https://x/api/me', 'https://x/api/me'])
  })

  it("keeps the caller's cancel and timeout", async () => {
    const never: EarlyAnswer = { url: 'https://x/api/units', token: 'abc', response: new Promise(() => undefined) }
    const early = withEarlyAnswers([never], vi.fn())
    const controller = new AbortController()
    const pending = early('https://x/api/units', {
      headers: { Authorization: 'Bearer abc' },
      signal: controller.signal,
    })
    controller.abort(new DOMException('Timed out', 'TimeoutError'))
    await expect(pending).rejects.toMatchObject({ name: 'TimeoutError' })
  })
})
