// The service index screen's view model: the scope, the view in the URL (months, or one week), the rows of
// the period and its baselines one level deep, and the index worked out from them.
import { computed, type ComputedRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useScope } from '../../api/use-scope'
import { useStatsRows } from '../../api/use-stats-rows'
import { useWeekStatsRows } from '../../api/use-week-stats-rows'
import { rollupByUnit } from '../../domain/rollup'
import { SERVICE_INDEX } from '../../domain/service-index-config'
import { monthsOf } from '../../domain/periods'
import { isWeek, weeksOf, type WeekRange } from '../../domain/weeks'
import { accountabilityModel, type AccountabilityModel } from './accountability-model'
import { useViewState } from '../shared/use-view-state'
import { useCompleteMark } from '../shared/use-render-marks'
import { indexModel, type IndexModel } from './index-model'
import { availableWeeks, chosenWeek, indexFetchRange, indexPeriods, type IndexPeriod } from './index-period'

export interface UseIndexViewReturn {
  scope: ReturnType<typeof useScope>
  view: ReturnType<typeof useViewState>
  unit: ComputedRef<{ id: string; name: string } | null>
  weeks: ComputedRef<WeekRange | null>
  period: ComputedRef<IndexPeriod | null>
  model: ComputedRef<IndexModel | null>
  accountability: ComputedRef<AccountabilityModel | null>
  isLoading: ComputedRef<boolean>
  source: { error: ComputedRef<unknown>; retry: () => void }
  violations: ComputedRef<ReturnType<typeof useStatsRows>['violations']['value']>
  /** Shows one week (null: back to the view's months). */
  chooseWeek: (week: string | null) => void
}

const weekOfView = (range: { to: string }) => (isWeek(range.to) ? range.to : undefined)

export function useIndexView(): UseIndexViewReturn {
  const scope = useScope()
  const view = useViewState(scope.context, ['week'])
  const route = useRoute()
  const router = useRouter()
  const state = view.state
  const unit = computed(() => (state.value ? (scope.tree.value?.byId.get(state.value.unitId) ?? null) : null))
  const weeks = computed(() => (scope.meta.data.value ? availableWeeks(scope.meta.data.value) : null))
  const period = computed<IndexPeriod | null>(() => {
    if (!state.value) return null
    // Its own `week=`, else the shared period's when it is in weeks (the last of them: the index scores one week).
    const week = chosenWeek(route.query.week ?? weekOfView(state.value.range), weeks.value)
    return week ? { grain: 'week', week } : { grain: 'month', range: state.value.range }
  })
  const fetchRange = computed(() => {
    const p = period.value
    const available = p?.grain === 'week' ? weeks.value : scope.context.value?.available
    return p && available ? indexFetchRange(p, available) : null
  })
  const monthly = useStatsRows(() =>
    unit.value && period.value?.grain === 'month' && fetchRange.value
      ? [{ unit: unit.value.id, depth: 1, ...fetchRange.value }]
      : [],
  )
  const weekly = useWeekStatsRows(() =>
    unit.value && period.value?.grain === 'week' && fetchRange.value
      ? [{ unit: unit.value.id, depth: 1, ...fetchRange.value }]
      : [],
  )
  const rows = computed(() => (period.value?.grain === 'week' ? weekly : monthly))
  const isLoading = computed(() => rows.value.isLoading.value)
  // The rows rolled up once, for both the index and the accountability section.
  const input = computed(() => {
    const tree = scope.tree.value
    if (!tree || !unit.value || !period.value || !fetchRange.value || isLoading.value || rows.value.error.value)
      return null
    return {
      rolled: rollupByUnit(rows.value.rows.value, tree),
      unitId: unit.value.id,
      children: (tree.childrenOf.get(unit.value.id) ?? []).map((c) => ({ id: c.id, name: c.name })),
      periods: indexPeriods(period.value),
      keys: period.value.grain === 'week' ? weeksOf(fetchRange.value) : monthsOf(fetchRange.value),
    }
  })
  const model = computed(() => (input.value ? indexModel({ ...input.value, config: SERVICE_INDEX }) : null))
  const accountability = computed(() => (input.value ? accountabilityModel(input.value) : null))
  // Complete (npm run bench): the index and the accountability section worked out on the period's rows.
  useCompleteMark(() => (model.value && accountability.value ? model.value : null))

  function chooseWeek(week: string | null) {
    const { week: _old, ...rest } = route.query
    // Back to months from a shared period of weeks: the view's default months.
    if (!week && state.value && weekOfView(state.value.range)) {
      const { from: _from, to: _to, ...monthly } = rest
      void router.push({ name: route.name ?? undefined, query: monthly })
      return
    }
    void router.push({ name: route.name ?? undefined, query: week ? { ...rest, week } : rest })
  }

  return {
    scope,
    view,
    unit,
    weeks,
    period,
    model,
    accountability,
    isLoading,
    source: { error: computed(() => rows.value.error.value), retry: () => rows.value.retry() },
    violations: computed(() => rows.value.violations.value),
    chooseWeek,
  }
}
