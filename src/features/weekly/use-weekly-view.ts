// The weekly view's model: the unit and metric of the view in the URL, a preset of weeks (this week, last
// week, the last 4 or 13) against the weeks just before, the weekly rows one level deep, and the targets.
import { computed, type ComputedRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useScope } from '../../api/use-scope'
import { useTargets } from '../../api/use-stats-rows'
import { useWeekStatsRows } from '../../api/use-week-stats-rows'
import { rollupByUnit } from '../../domain/rollup'
import { isTargetMetric, yearTarget } from '../../domain/targets'
import type { UnitKind } from '../../domain/units'
import { weekComparisonRange, weekPresetRange, weeksOf, type WeekPreset, type WeekRange } from '../../domain/weeks'
import { availableWeeks } from '../../domain/weeks'
import { useViewState } from '../shared/use-view-state'
import { weeklyModel, type WeeklyModel } from './weekly-model'

export const WEEK_PRESETS: readonly WeekPreset[] = ['thisWeek', 'lastWeek', 'last4Weeks', 'last13Weeks']
const KINDS: readonly UnitKind[] = ['department', 'district', 'commune', 'province']

export interface UseWeeklyViewReturn {
  scope: ReturnType<typeof useScope>
  view: ReturnType<typeof useViewState>
  unit: ComputedRef<{ id: string; name: string; kind: UnitKind } | null>
  weeks: ComputedRef<WeekRange | null>
  preset: ComputedRef<WeekPreset>
  range: ComputedRef<WeekRange | null>
  previous: ComputedRef<WeekRange | null>
  model: ComputedRef<WeeklyModel | null>
  isLoading: ComputedRef<boolean>
  sources: Array<{ error: ComputedRef<unknown>; retry: () => void }>
  violations: ReturnType<typeof useWeekStatsRows>['violations']
  choose: (patch: { wk?: WeekPreset; kind?: UnitKind }) => void
}

export function useWeeklyView(): UseWeeklyViewReturn {
  const scope = useScope()
  const view = useViewState(scope.context, ['wk', 'kind'])
  const route = useRoute()
  const router = useRouter()
  const state = view.state
  const unit = computed(() => (state.value ? (scope.tree.value?.byId.get(state.value.unitId) ?? null) : null))
  const weeks = computed(() => (scope.meta.data.value ? availableWeeks(scope.meta.data.value) : null))
  const preset = computed<WeekPreset>(() => {
    const asked = route.query.wk
    return WEEK_PRESETS.find((p) => p === asked) ?? 'thisWeek'
  })
  const kind = computed(() => KINDS.find((k) => k === route.query.kind) ?? null)
  const range = computed(() => (weeks.value ? weekPresetRange(preset.value, weeks.value.to) : null))
  const previous = computed(() => (range.value ? weekComparisonRange(range.value, 'previousPeriod') : null))
  const stats = useWeekStatsRows(() =>
    unit.value && range.value && previous.value
      ? [{ unit: unit.value.id, depth: 1, from: previous.value.from, to: range.value.to }]
      : [],
  )
  const year = computed(() => (range.value ? Number(range.value.to.slice(0, 4)) : null))
  const targets = useTargets(() => (year.value ? [year.value] : []))
  const isLoading = computed(() => stats.isLoading.value || targets.isLoading.value)
  const model = computed(() => {
    const tree = scope.tree.value
    if (!tree || !unit.value || !state.value || !range.value || !previous.value || !year.value) return null
    if (isLoading.value || stats.error.value) return null
    const metric = state.value.metric
    const index = targets.index.value
    const targetYear = year.value
    return weeklyModel(
      {
        rolled: rollupByUnit(stats.rows.value, tree),
        unitId: unit.value.id,
        children: tree.childrenOf.get(unit.value.id) ?? [],
        current: weeksOf(range.value),
        previous: weeksOf(previous.value),
        metric,
        targetOf: (id) => (isTargetMetric(metric) ? yearTarget(index, tree, id, metric, targetYear) : null),
      },
      unit.value,
      kind.value,
    )
  })
  function choose(patch: { wk?: WeekPreset; kind?: UnitKind }) {
    void router.push({ name: route.name ?? undefined, query: { ...route.query, ...patch } })
  }
  return {
    scope,
    view,
    unit,
    weeks,
    preset,
    range,
    previous,
    model,
    isLoading,
    sources: [
      { error: stats.error, retry: stats.retry },
      { error: targets.error, retry: targets.retry },
    ],
    violations: stats.violations,
    choose,
  }
}
