// The explicit route table. Hash history: dist/ works from any static host or sub-folder as is.
import { createRouter, createWebHashHistory, type Router } from 'vue-router'
import { trackNavigation } from './features/shared/navigation'
import { nextTask } from './next-task'

declare module 'vue-router' {
  interface RouteMeta {
    isPublic?: boolean
    /** A screen about one unit (useUnitViewData): its first figures can be asked ahead (prefetch-view.ts). */
    isUnitView?: boolean
    /** Its first figures are the unit's own (depth 0), its children's asked once they are drawn (the overview). */
    isRootFirst?: boolean
  }
}

/**
 * `sessionReady`: settles once this tab knows its session (one may come from another open tab,
 * src/api/session-share.ts); a signed-out tab waits for it before sending anyone to sign in.
 */
export function createAppRouter(isSignedIn: () => boolean, sessionReady: Promise<unknown> = Promise.resolve()): Router {
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [
      {
        path: '/sign-in',
        name: 'sign-in',
        component: () => import('./features/auth/SignInPage.vue'),
        meta: { isPublic: true },
      },
      {
        path: '/',
        component: () => import('./AppLayout.vue'),
        children: [
          { path: '', name: 'home', redirect: { name: 'overview' } },
          {
            path: 'overview',
            name: 'overview',
            component: () => import('./features/overview/OverviewPage.vue'),
            meta: { isUnitView: true, isRootFirst: true },
          },
          {
            path: 'targets',
            name: 'targets',
            component: () => import('./features/targets/TargetsPage.vue'),
            meta: { isUnitView: true },
          },
          { path: 'lagging', name: 'lagging', component: () => import('./features/lagging/LaggingPage.vue') },
          {
            path: 'service-index',
            name: 'service-index',
            component: () => import('./features/service-index/ServiceIndexPage.vue'),
          },
          { path: 'weekly', name: 'weekly', component: () => import('./features/weekly/WeeklyPage.vue') },
          // For users with canImport / canSetTargets (the nav offers them; the pages say so to anyone else).
          { path: 'import', name: 'import', component: () => import('./features/imports/ImportPage.vue') },
          {
            path: 'set-targets',
            name: 'set-targets',
            component: () => import('./features/target-setting/TargetSettingPage.vue'),
          },
        ],
      },
      { path: '/:pathMatch(.*)*', redirect: '/overview' },
    ],
  })

  trackNavigation(router)

  // A screen's code is evaluated as it arrives, one task on a cheap phone; drawing the screen is the next.
  router.beforeResolve((to, from) => (to.name === from.name ? undefined : nextTask()))

  // Convenience only: the server decides what a user may see.
  router.beforeEach(async (to) => {
    if (!isSignedIn()) await sessionReady
    // The bare home page is not a page "asked for": after sign-in each role lands where it starts.
    if (!to.meta.isPublic && !isSignedIn()) {
      const isHome = (to.redirectedFrom?.fullPath ?? to.fullPath) === '/'
      return { name: 'sign-in', query: isHome ? {} : { redirect: to.fullPath } }
    }
    if (to.name === 'sign-in' && isSignedIn()) return safeRedirect(to.query.redirect)
    return true
  })
  return router
}

/**
 * Where `username` goes after signing in, when a page was asked for: that page, unless it is where another
 * user's session ended (`left`), which is theirs alone; then null (the user's own first screen).
 */
export function returnAddress(
  asked: unknown,
  left: { user: string | null; path: string } | null,
  username: string,
): string | null {
  if (left && left.path === asked && left.user !== username) return null
  return safeRedirect(asked)
}

/** Where to go after sign-in: a path inside the app, never another site. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/overview'
}
