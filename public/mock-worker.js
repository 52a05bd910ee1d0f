/**
 * The demo build's service worker: MSW's own (mockServiceWorker.js, as `msw init` writes it, left untouched),
 * with one change made around it. MSW's worker unregisters itself when the last page it knows says it closes.
 * On a reload that page closes while the next one loads: the next may find the registration uninstalling, not
 * be controlled, and every request it makes reaches the network (CI saw it twice, after a reload). Here that
 * message is not passed on: the registration stays (a closed page's id left in the worker's list does no harm).
 */
addEventListener('message', (event) => {
  if (event.data === 'CLIENT_CLOSED') event.stopImmediatePropagation()
})
self.importScripts('mockServiceWorker.js')
