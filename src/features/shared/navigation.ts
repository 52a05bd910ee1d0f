// Whether the router is between leaving one address and arriving at the next. The router (src/router.ts)
// reports its navigations here; a screen asks before it rewrites its own URL.
import { ref, type Ref } from 'vue'
import type { Router } from 'vue-router'

const pendingByRouter = new WeakMap<Router, Ref<boolean>>()

/** Follows `router`'s navigations, so that isNavigating can tell when one is under way. */
export function trackNavigation(router: Router): void {
  const pending = ref(false)
  pendingByRouter.set(router, pending)
  router.beforeEach(() => {
    pending.value = true
  })
  router.afterEach(() => {
    pending.value = false
  })
  router.onError(() => {
    pending.value = false
  })
}

/** Whether a navigation is under way: a screen must not rewrite its URL then (it would cancel it). */
export function isNavigating(router: Router): boolean {
  return pendingByRouter.get(router)?.value ?? false
}
