// The boot screen's title in the reader's language; for a stored session, the chart-picture worker started. Then,
// asked before the app's code has arrived and run (on a slow phone, most of the wait before the first screen): for
// a stored session, the three answers every screen starts with, from the API the last start used; and, when the tab
// loads an address the last start loaded (or completed), the rows that start asked for its first view.
// The app's API client takes them (src/api/early-answers.ts) instead of asking again.
// Plain script, loaded with `defer` before the app's module: it runs first and holds nothing up.
;(() => {
  // The boot screen's title in the reader's language (English is the only other; app.title in src/i18n/en.ts).
  try {
    const title = document.querySelector('.app-boot__title')
    // The tab's copy of the device's choices if it has one, else localStorage (src/device-preferences.ts: COPY_KEY,
    // LOCALE_KEY in src/i18n/index.ts): the first read of localStorage is a synchronous call to the busy browser.
    const copy = title && sessionStorage.getItem('tien-do-dvctt.preferences')
    const locale = copy
      ? JSON.parse(copy)['tien-do-dvctt.locale']
      : title && localStorage.getItem('tien-do-dvctt.locale')
    if (locale === 'en') title.textContent = 'Online public services progress'
  } catch {
    // storage blocked: the title stays Vietnamese, the app's default
  }
  let token = null
  let base = null
  try {
    token = sessionStorage.getItem('tien-do-dvctt.token') // TOKEN_KEY in src/stores/session.ts
    base = sessionStorage.getItem('tien-do-dvctt.api-base') // API_BASE_KEY in src/api/early-answers.ts
  } catch {
    return // storage blocked: the app starts as usual
  }
  if (!token) return
  // The worker that draws the charts' first pictures (src/charts/picture-client.ts takes it; its file is named on
  // this script by the build), started now: its start waits for a moment the page's thread is free, and once the
  // app's code runs there is none until the first screen is drawn. Where it cannot start, the app starts its own.
  // Not when this tab kept a picture drawn at this address and window size (src/charts/kept-pictures.ts,
  // KEPT_PICTURES_KEY): a reload whose figures have not changed shows it, and the worker is started after.
  let keptHere = false
  try {
    const kept = JSON.parse(sessionStorage.getItem('tien-do-dvctt.pictures') || '[]')
    const size = `${window.innerWidth}×${window.innerHeight}`
    keptHere =
      Array.isArray(kept) &&
      kept.some((p) => p && p.window === size && Array.isArray(p.addresses) && p.addresses.includes(location.href))
  } catch {
    // unreadable: nothing kept
  }
  try {
    const file = document.currentScript && document.currentScript.dataset.pictureWorker
    if (file && !keptHere && typeof Worker === 'function' && typeof OffscreenCanvas === 'function') {
      const worker = new Worker(new URL(file, document.baseURI), { type: 'module', name: 'chart-pictures' })
      const started = { worker, error: null }
      worker.addEventListener('error', (event) => (started.error = event.message || 'failed'), { once: true })
      window.__tienDoPictureWorker = started // EARLY_WORKER in src/charts/picture-client.ts
    }
  } catch {
    // the app starts it itself
  }
  if (!base) return
  const PATHS = ['/me', '/meta', '/units'] // ENDPOINTS' paths in src/api/contract.ts
  const ask = (url, priority) => {
    const response = fetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` }, priority })
    response.catch(() => undefined) // a failure is the app's to report, when it takes the answer
    return { url, token, response }
  }
  const answers = PATHS.map((path) => ask(base + path, 'auto'))
  // The first view's rows and targets, as the previous start asked them from this same address (as loaded or completed)
  // (FIRST_VIEW_KEY in src/api/early-answers.ts). Low priority: the code comes first, the rows while it runs.
  try {
    const view = JSON.parse(sessionStorage.getItem('tien-do-dvctt.first-view') || 'null')
    if (view && Array.isArray(view.addresses) && view.addresses.includes(location.href) && Array.isArray(view.urls)) {
      // At most 16: a view across the reform of 2025-07 asks its former units' rows too, and the months before.
      for (const url of view.urls.slice(0, 16))
        if (typeof url === 'string' && url.startsWith(base + '/')) answers.push(ask(url, 'low'))
    }
  } catch {
    // unreadable: the page asks its rows itself, after its code has run
  }
  window.__tienDoEarlyAnswers = Promise.resolve(answers)
})()
