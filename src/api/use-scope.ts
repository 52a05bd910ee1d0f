// Session-long data every screen needs: who I am, the months with data, the units of my scope.
import { useQuery } from '@tanstack/vue-query'
import { computed } from 'vue'
import { useApi } from '../app-context'
import { unitTreeOf, unitTreeProblem } from '../domain/units'
import type { ViewContext } from '../domain/view-state'
import { meOptions, metaOptions, unitsOptions } from './queries'

export function useScope() {
  const api = useApi()
  const me = useQuery(meOptions(api))
  const meta = useQuery(metaOptions(api))
  const units = useQuery(unitsOptions(api))
  // A unit list that is not a tree for this scope (empty, the root absent, a cycle) is said, never walked.
  const structureProblem = computed(() =>
    units.data.value && meta.data.value ? unitTreeProblem(units.data.value, meta.data.value.rootUnitId) : null,
  )
  const tree = computed(() => (units.data.value && !structureProblem.value ? unitTreeOf(units.data.value) : null))
  /** The session-long answers failed or cannot be used: no screen can show figures (each says why where it shows). */
  const hasFailed = computed(() =>
    Boolean(me.error.value || meta.error.value || units.error.value || structureProblem.value),
  )
  const context = computed<ViewContext | null>(() => {
    const m = meta.data.value
    const t = tree.value
    if (!m || !t) return null
    return {
      available: { from: m.firstMonth, to: m.lastMonth },
      scopeId: m.rootUnitId,
      isKnownUnit: (id) => t.byId.has(id),
    }
  })
  return { me, meta, units, tree, context, structureProblem, hasFailed }
}
