// Which structure of units a screen's files show (before or after the reorganisation of 2025-07), for screens
// that show no history of their own: the same line as the overview's files carry.
import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { structureMonth, structureOf } from '../../domain/history-view'
import type { LineageLinkLike } from '../../domain/lineage'
import type { UnitLike } from '../../domain/units'
import { useFormat } from '../../i18n/use-format'
import { useMessages } from '../../i18n/use-messages'

/** The line for `unit` over a period ending in `lastMonth`; null without a reorganisation. */
export function useStructureNote(input: {
  unit: MaybeRefOrGetter<Pick<UnitLike, 'validFrom' | 'validTo'> | null>
  lastMonth: MaybeRefOrGetter<string | null>
  lineage: MaybeRefOrGetter<readonly LineageLinkLike[]>
}): ComputedRef<string | null> {
  const { t } = useMessages()
  const format = useFormat()
  return computed(() => {
    const unit = toValue(input.unit)
    const month = toValue(input.lastMonth)
    if (!unit || !month) return null
    const structure = structureOf(unit, structureMonth(unit, { to: month }), toValue(input.lineage))
    if (!structure) return null
    return structure.kind === 'after'
      ? t('history.structureAfter', { month: format.month(structure.month) })
      : t('history.structureBefore', { month: format.month(structure.lastBefore) })
  })
}
