// The target-setting screen's view model: the year and unit from the URL, the year's targets, each unit's
// own and inherited values, and the edit that PUTs a change (every screen's targets are then asked again).
import { useQuery } from '@tanstack/vue-query'
import { computed, ref, type ComputedRef, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { TargetRateField } from '../../api/contract'
import { ApiError } from '../../api/errors'
import { targetsOptions } from '../../api/queries'
import { useScope } from '../../api/use-scope'
import { useSetTarget } from '../../api/use-writes'
import { useApi } from '../../app-context'
import { useMessages } from '../../i18n/use-messages'
import { targetSettingRows, targetUpdateOf, type TargetSettingRow } from './target-setting-model'

export interface UseTargetSettingViewReturn {
  scope: ReturnType<typeof useScope>
  canSet: ComputedRef<boolean | null>
  year: ComputedRef<number | null>
  years: ComputedRef<number[]>
  unitId: ComputedRef<string | null>
  rows: ComputedRef<TargetSettingRow[]>
  targets: ReturnType<typeof useQuery>
  editing: Ref<TargetSettingRow | null>
  message: Ref<{ text: string; isError: boolean } | null>
  isSaving: ComputedRef<boolean>
  setYear: (year: number) => void
  save: (row: TargetSettingRow, typed: Partial<Record<TargetRateField, number | null>>) => Promise<void>
  unitName: (id: string | null) => string
}

export function useTargetSettingView(): UseTargetSettingViewReturn {
  const api = useApi()
  const scope = useScope()
  const route = useRoute()
  const router = useRouter()
  const { t } = useMessages()
  const setTarget = useSetTarget()
  const canSet = computed(() => (scope.me.data.value ? scope.me.data.value.canSetTargets === true : null))
  const years = computed(() => {
    const meta = scope.meta.data.value
    if (!meta) return []
    const first = Number(meta.firstMonth.slice(0, 4))
    const last = Number(meta.lastMonth.slice(0, 4))
    return Array.from({ length: last - first + 1 }, (_, i) => last - i)
  })
  const year = computed(() => {
    const asked = Number(route.query.year)
    return years.value.includes(asked) ? asked : (years.value[0] ?? null)
  })
  const unitId = computed(() => {
    const asked = route.query.unit
    const tree = scope.tree.value
    if (typeof asked === 'string' && tree?.byId.has(asked)) return asked
    return scope.meta.data.value?.rootUnitId ?? null
  })
  const targets = useQuery(
    computed(() => ({
      ...targetsOptions(api, year.value ?? 0),
      enabled: year.value !== null && canSet.value === true,
    })),
  )
  const rows = computed(() => {
    const tree = scope.tree.value
    if (!tree || !unitId.value || year.value === null || !targets.data.value) return []
    return targetSettingRows(tree, targets.data.value, unitId.value, year.value)
  })
  const editing = ref<TargetSettingRow | null>(null)
  const message = ref<{ text: string; isError: boolean } | null>(null)
  const unitName = (id: string | null) => (id ? (scope.tree.value?.byId.get(id)?.name ?? id) : '')

  async function save(row: TargetSettingRow, typed: Partial<Record<TargetRateField, number | null>>) {
    if (year.value === null) return
    const update = targetUpdateOf(row, year.value, typed)
    message.value = null
    if (!update) {
      editing.value = null
      return
    }
    try {
      await setTarget.mutateAsync(update)
      editing.value = null
      message.value = { text: t('setTargets.saved', { year: year.value, unit: row.unit.name }), isError: false }
    } catch (error) {
      const detail = error instanceof ApiError ? (error.detail ?? error.title) : String(error)
      message.value = { text: t('setTargets.failed', { detail }), isError: true }
    }
  }

  return {
    scope,
    canSet,
    year,
    years,
    unitId,
    rows,
    targets: targets as ReturnType<typeof useQuery>,
    editing,
    message,
    isSaving: computed(() => setTarget.isPending.value),
    setYear: (value) => void router.replace({ query: { ...route.query, year: String(value) } }),
    save,
    unitName,
  }
}
