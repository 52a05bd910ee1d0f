// Links in a table's rows: plain anchors with the route's address, followed by the router on a plain
// click (a click with a modifier key, or a middle click, is the browser's: a new tab or window).
// A RouterLink works out on every render whether it points at the current page, for its classes and
// `aria-current`; across a table's rows that was about a third of drawing the ranking on a phone, and a
// row never points at the page it is on.
import { useRouter, type RouteLocationRaw } from 'vue-router'
import { viewQuery, type ViewState } from '../../domain/view-state'

export function useRowLinks(linkTo: () => (unitId: string) => RouteLocationRaw) {
  const router = useRouter()
  return {
    href: (unitId: string) => router.resolve(linkTo()(unitId)).href,
    follow(event: MouseEvent, unitId: string) {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.altKey ||
        event.ctrlKey ||
        event.shiftKey
      )
        return
      event.preventDefault()
      void router.push(linkTo()(unitId))
    },
  }
}

/** A unit's overview in the same view (period, metric, baseline), and a unit's name: for every screen's rows. */
export interface UnitLinks {
  linkTo: (unitId: string) => RouteLocationRaw
  unitName: (unitId: string) => string
}

export function useUnitLinks(
  state: () => ViewState | null,
  tree: () => { byId: ReadonlyMap<string, { name: string }> } | null | undefined,
): UnitLinks {
  return {
    linkTo: (unitId) => ({ name: 'overview', query: viewQuery({ ...state()!, unitId, group: null }) }),
    unitName: (id) => tree()?.byId.get(id)?.name ?? id,
  }
}
