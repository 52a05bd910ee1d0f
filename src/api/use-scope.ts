// Session-long data every screen needs: who I am, the months with data, the units of my scope.
import { useQuery } from '@tanstack/vue-query'
import { computed } from 'vue'
import { useApi } from '../app-context'
import { buildUnitTree } from '../domain/units'
import type { ViewContext } from '../domain/view-state'
import { meOptions, metaOptions, unitsOptions } from './queries'

export function useScope() {
  const api = useApi()
  const me = useQuery(meOptions(api))
  const meta = useQuery(metaOptions(api))
  const units = useQuery(unitsOptions(api))
  const tree = computed(() => (units.data.value ? buildUnitTree(units.data.value) : null))
  const context = computed<ViewContext | null>(() => {
    const m = meta.data.value
    const t = tree.value
    if (!m || !t) return null
    return { available: { from: m.firstMonth, to: m.lastMonth }, scopeId: m.rootUnitId, isKnownUnit: (id) => t.byId.has(id) }
  })
  return { me, meta, units, tree, context }
}
