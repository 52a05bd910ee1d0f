// What a file says about the units it shows across the reorganisation of 1 July 2025: a line naming the
// structure, and a line per new unit whose history is incomplete (its part predecessors named).
import { periodStructure, REFORM_MONTH, type IncompleteHistory } from '../../domain/reform'
import type { Translate } from '../../i18n/messages'

/** The structure line of a period: old units, new units, or new units with their history through the lineage. */
export function structureNoteText(range: { from: string; to: string }, t: Translate, month: (m: string) => string) {
  return t(`reform.structure.${periodStructure(range)}`, { month: month(REFORM_MONTH) })
}

/** The lines a file carries: the structure, then each incomplete history. */
export function structureLines(
  structureNote: string,
  incompleteHistories: readonly IncompleteHistory[],
  t: Translate,
  month: (m: string) => string,
): string[] {
  return [
    ...(structureNote ? [structureNote] : []),
    ...incompleteHistories.map((h) =>
      t('reform.incompleteHistory', {
        unit: h.unitName,
        parts: h.partPredecessorNames.join(', '),
        month: month(REFORM_MONTH),
      }),
    ),
  ]
}
