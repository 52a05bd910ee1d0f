// Start-up: read config.json, start the mock API if asked, install plugins, mount.
import { VueQueryPlugin } from '@tanstack/vue-query'
import { createPinia } from 'pinia'
import { createApp, watchEffect } from 'vue'
import { createApiClient, resolveBaseUrl } from './api/client'
import { forgetFirstViewWith, rememberApiBase, takeEarlyAnswers, withEarlyAnswers } from './api/early-answers'
import { AppConfigSchema, type AppConfig } from './api/contract'
import { fieldPath } from './api/errors'
import { prefetchFirstView } from './api/prefetch-view'
import { meOptions, metaOptions, unitsOptions } from './api/queries'
import App from './App.vue'
import { forgetKeptPictures } from './charts/kept-pictures'
import { APP_CONTEXT, type DemoAccountInfo } from './app-context'
import { devicePreferences } from './device-preferences'
import { createAppI18n, initialLocale, LOCALE_KEY, localeMessages, switchLocale } from './i18n'
import { createAppQueryClient } from './query-client'
import { nextTask } from './next-task'
import { createAppRouter } from './router'
import { useSessionStore, type SignOutReason } from './stores/session'
import { shareSession } from './api/session-share'
import { savedPreference, THEME_KEY, useThemeStore } from './stores/theme'
import './styles.css'

/**
 * When a start that read the tab's copy of the device's choices checks them against localStorage: after a first
 * screen (~0.5–1 s here), so that its synchronous read is not in the way.
 */
const FOLLOW_PREFERENCES_AFTER_MS = 2000

async function loadConfig(): Promise<AppConfig> {
  const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-store' })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const parsed = AppConfigSchema.safeParse(await response.json())
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(issue ? `${fieldPath(issue.path)}: ${issue.message}` : 'invalid')
  }
  return parsed.data
}

async function startMocks(config: AppConfig): Promise<DemoAccountInfo[] | null> {
  if (!config.mocks) {
    // A site that ran the demo keeps its mock worker registered (mock-worker.js): with the mocks off it goes (the
    // app has no other service worker), so that the next start's requests reach the network without it.
    void navigator.serviceWorker?.getRegistrations().then(
      (all) => all.forEach((registration) => void registration.unregister()),
      () => {},
    )
    return null
  }
  if (!__INCLUDE_MOCKS__) throw new Error('mocks: true, but this build was made without the mock API')
  const { startMockApi } = await import('../mocks/browser')
  const { demoAccounts } = await startMockApi({
    apiBaseUrl: config.apiBaseUrl,
    dataset: config.mockDataset,
    faults: config.mockFaults,
    workerUrl: new URL('mock-worker.js', document.baseURI).href,
  })
  return demoAccounts
}

async function start() {
  // Evaluating the code is one long task on a cheap phone; setting the app up is a task of its own.
  await nextTask()
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  const session = useSessionStore(pinia)
  // What the tab keeps of a session (the first view's requests, the charts' pictures) goes with it.
  forgetFirstViewWith(session, [forgetKeptPictures])
  // Light or dark from the first frame, on every screen (sign-in included).
  const theme = useThemeStore(pinia)
  watchEffect(() => {
    document.documentElement.dataset.theme = theme.theme
  })
  const queryClient = createAppQueryClient()
  // A session that ends under its user (expired; signed out in another tab): to sign in, then back here.
  function leave(reason: SignOutReason) {
    if (!session.isSignedIn) return
    const current = router.currentRoute.value
    const leftAt = current.name === 'sign-in' ? undefined : current.fullPath
    session.end(reason, leftAt)
    queryClient.clear()
    if (leftAt !== undefined) void router.push({ name: 'sign-in', query: { redirect: leftAt } })
  }
  // A tab opened without a session takes the one of a tab already open (before its guard sends it to sign in).
  const sessionReady = shareSession(session, { onEndedElsewhere: () => leave('signedOutElsewhere') })
  const router = createAppRouter(() => session.isSignedIn, sessionReady)
  // Installing the router starts the first navigation: the page's code downloads while config.json does.
  app.use(router)

  const locale = initialLocale()
  const messages = localeMessages(locale)
  const config = await loadConfig()
  const demoAccounts = await startMocks(config)
  rememberApiBase(config.mocks ? null : resolveBaseUrl(config.apiBaseUrl))
  const early = await takeEarlyAnswers()
  const api = createApiClient({
    baseUrl: config.apiBaseUrl,
    fetch: early.length > 0 ? withEarlyAnswers(early, (input, init) => fetch(input, init)) : undefined,
    getToken: () => session.token,
    onUnauthorized: () => leave('expired'),
  })
  // What every screen asks first, asked now rather than after the page's code has arrived.
  await sessionReady
  if (session.isSignedIn) {
    void queryClient.prefetchQuery(meOptions(api))
    void queryClient.prefetchQuery(metaOptions(api))
    void queryClient.prefetchQuery(unitsOptions(api))
    // A failure here is the page's to show, when it asks the same.
    prefetchFirstView(queryClient, api, router).catch(() => undefined)
  }

  app.provide(APP_CONTEXT, { config, api, demoAccounts })
  app.use(VueQueryPlugin, { queryClient })
  const i18n = createAppI18n(locale, await messages)
  app.use(i18n)
  // The requests above go out in this task; the first render is a task of its own.
  await nextTask()
  app.mount('#app')
  // A choice of language or theme made in another tab, found once the first screen is up (device-preferences.ts).
  devicePreferences.onChange((key, value) => {
    if (key === LOCALE_KEY) void switchLocale(i18n.global, value === 'en' ? 'en' : 'vi')
    if (key === THEME_KEY) theme.choose(savedPreference(value))
  })
  setTimeout(() => devicePreferences.follow(), FOLLOW_PREFERENCES_AFTER_MS)
}

start().catch(async (error: unknown) => {
  // Nothing is mounted yet: say it plainly, as text, in the reader's language.
  const root = document.getElementById('app')
  if (!root) return
  const messages = await localeMessages(initialLocale()).catch(() => localeMessages('vi'))
  const message = document.createElement('p')
  message.setAttribute('role', 'alert')
  message.className = 'startup-error'
  message.textContent = messages.config.failed.replace(
    '{reason}',
    error instanceof Error ? error.message : String(error),
  )
  root.replaceChildren(message)
})
