// The first screen's figures asked as soon as the months with data are known: alongside the unit list
// rather than after it. A screen about one unit needs the list to know its unit is valid, then asks its
// rows: one round trip more before the first figures, and at national scale the list is the largest
// answer of the start. A view of the user's own scope root needs no list to be known valid, and that is
// where a session starts; any other view is asked by its page, as before.
// The URLs asked are remembered with the page's address, for public/early.js to ask at the next load of
// the same address (src/api/early-answers.ts); a start that asks nothing ahead forgets them.
import type { QueryClient } from '@tanstack/vue-query'
import type { Router } from 'vue-router'
import { fetchWindow, monthsOf, yearsOf } from '../domain/periods'
import { REFORM_MONTH } from '../domain/reform'
import { parseViewQuery, viewQuery, type ViewContext } from '../domain/view-state'
import { availableWeeks, isWeek } from '../domain/weeks'
import type { ApiClient } from './client'
import { rememberFirstView } from './early-answers'
import { metaOptions, statsOptions, targetsOptions, unitViewStatsQuery } from './queries'

/**
 * Asks ahead the rows and targets the route's page will ask for, if it is a unit view of the scope root.
 * At the start (`fromLoad`), or once signing in has landed on its first screen, so that a reload of it
 * asks them early too.
 */
export async function prefetchFirstView(
  queryClient: QueryClient,
  api: ApiClient,
  router: Router,
  fromLoad = true,
): Promise<void> {
  const [meta] = await Promise.all([queryClient.fetchQuery(metaOptions(api)), router.isReady()])
  const route = router.currentRoute.value
  if (!route.meta.isUnitView) return rememberFirstView(null)
  const context: ViewContext = {
    available: { from: meta.firstMonth, to: meta.lastMonth },
    scopeId: meta.rootUnitId,
    isKnownUnit: (unitId) => unitId === meta.rootUnitId,
    weeks: availableWeeks(meta),
  }
  const { state, corrections } = parseViewQuery(route.query, context)
  // A view of weeks asks its weekly rows itself (its plan needs the unit list).
  if (corrections.includes('unknownUnit') || isWeek(state.range.from)) return rememberFirstView(null)
  const window = fetchWindow(state.range, context.available, REFORM_MONTH) // the page's (view-reach.ts, reachWindow)
  const query = unitViewStatsQuery(state.unitId, window, route.meta.isRootFirst ? 0 : 1)
  const years = yearsOf(monthsOf(window))
  void queryClient.prefetchQuery(statsOptions(api, query))
  for (const year of years) void queryClient.prefetchQuery(targetsOptions(api, year))
  // The page completes its URL with the view (src/features/shared/use-view-state.ts): a reload loads that address.
  const viewAddress = new URL(router.resolve({ name: route.name, query: viewQuery(state) }).href, location.href).href
  rememberFirstView([api.statsUrl(query), ...years.map((year) => api.targetsUrl(year))], viewAddress, fromLoad)
}
