// Which structure a screen's period shows, and the new units whose history is incomplete: what its files say.
// Until the view data carries incomplete histories through the lineage, none are listed.
import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import type { IncompleteHistory } from '../../domain/reform'
import { useFormat } from '../../i18n/use-format'
import { useMessages } from '../../i18n/use-messages'
import { structureNoteText } from './structure-notes'

export interface UseStructureNoteReturn {
  /** "Cơ cấu đơn vị: sau sắp xếp …": the structure of the period's units, in the current language. */
  structureNote: ComputedRef<string>
  incompleteHistories: ComputedRef<IncompleteHistory[]>
}

export function useStructureNote(range: MaybeRefOrGetter<{ from: string; to: string } | null | undefined>) {
  const { t } = useMessages()
  const format = useFormat()
  return {
    structureNote: computed(() => {
      const period = toValue(range)
      return period ? structureNoteText(period, t, format.monthShort) : ''
    }),
    incompleteHistories: computed<IncompleteHistory[]>(() => []),
  } satisfies UseStructureNoteReturn
}
