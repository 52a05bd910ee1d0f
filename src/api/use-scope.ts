// Session-long data every screen needs: who I am, the months with data, the units of my scope.
import { useQuery } from '@tanstack/vue-query'
import { computed } from 'vue'
import { useApi } from '../app-context'
import { clipRange } from '../domain/periods'
import { availableWeeks } from '../domain/weeks'
import { unitTreeOf, unitTreeProblem } from '../domain/units'
import type { ViewContext } from '../domain/view-state'
import type { LineageLink } from './contract'
import { lineageOptions, meOptions, metaOptions, unitsOptions } from './queries'

const NO_LINKS: LineageLink[] = []

export function useScope() {
  const api = useApi()
  const me = useQuery(meOptions(api))
  const meta = useQuery(metaOptions(api))
  const units = useQuery(unitsOptions(api))
  // The links between old and new units, from the same /units answer (none from a server that knows none).
  const lineageQuery = useQuery(lineageOptions(api))
  const lineage = computed(() => lineageQuery.data.value ?? NO_LINKS)
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
    // A scope that ended (a district before 2025-07) has its own months only: its views default to its last. A new
    // scope keeps the months before it: its history is its predecessors'.
    const all = { from: m.firstMonth, to: m.lastMonth }
    const root = t.byId.get(m.rootUnitId)
    const own = clipRange(all, { from: all.from, to: root?.validTo ?? all.to })
    return {
      available: own ?? all,
      // Weeks only for a scope that goes on (every week with data is after the reform of 2025-07).
      weeks: root?.validTo ? null : availableWeeks(m),
      scopeId: m.rootUnitId,
      isKnownUnit: (id) => t.byId.has(id),
    }
  })
  return { me, meta, units, lineage, tree, context, structureProblem, hasFailed }
}
