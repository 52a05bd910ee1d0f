// What a view says about the reform of 2025-07, in words: which structure it shows, whose history is incomplete
// (and which part predecessors it leaves out), and that figures or a comparison before a unit existed are its
// predecessors'. The view models expose these as fields (`structureNote`, `incompleteHistories`), so the page and
// the files say the same.
import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import type { ChildFigure } from '../../domain/breakdown'
import { carriedFrom, missingParts, type HistoryGap, type StructureInfo } from '../../domain/history-view'
import type { LineageLinkLike } from '../../domain/lineage'
import { comparisonRange } from '../../domain/periods'
import type { UnitLike, UnitTree } from '../../domain/units'
import type { ViewState } from '../../domain/view-state'
import { useFormat } from '../../i18n/use-format'
import { useMessages } from '../../i18n/use-messages'
import type { UnitViewData } from './use-unit-view-data'

/** A unit whose figures before the reform leave out what part predecessors handed over (for the files too). */
export interface IncompleteHistory {
  unitId: string
  unitName: string
  partPredecessorNames: string[]
  /** The months before this one are incomplete. */
  before: string
}

export interface UseHistoryNotesReturn {
  /** "Cơ cấu sau sắp xếp đơn vị hành chính (từ Tháng 7/2025)", or the old one; null without a reform. */
  structureNote: ComputedRef<string | null>
  /** The view's unit and the rows it shows whose figures over the period or baseline are incomplete. */
  incompleteHistories: ComputedRef<IncompleteHistory[]>
  /** The sentence for one of them. */
  incompleteText: (history: IncompleteHistory, withUnit?: boolean) => string
  /** The sentence for a row, or null when its history is complete. */
  rowNote: (figure: Pick<ChildFigure, 'unitId' | 'missingParts'>) => string | null
  /** Figures or a comparison before the unit existed are its whole predecessors': said once. */
  carriedNote: ComputedRef<string | null>
  t: ReturnType<typeof useMessages>['t']
}

export function useHistoryNotes(input: {
  /** Every unit of every version (names of old units). */
  tree: MaybeRefOrGetter<UnitTree | null>
  lineage: MaybeRefOrGetter<readonly LineageLinkLike[]>
  /** The view's unit (null on a scope-wide list with no one subject). */
  unit: MaybeRefOrGetter<UnitLike | null>
  state: MaybeRefOrGetter<ViewState | null>
  structure: MaybeRefOrGetter<StructureInfo | null>
  gaps: MaybeRefOrGetter<ReadonlyMap<string, HistoryGap> | undefined>
  rows: MaybeRefOrGetter<readonly Pick<ChildFigure, 'unitId' | 'missingParts'>[]>
}): UseHistoryNotesReturn {
  const { t } = useMessages()
  const format = useFormat()
  const nameOf = (id: string) => toValue(input.tree)?.byId.get(id)?.name ?? id
  // "Xã Tân Quới, Xã Tân Hòa và Xã Tân Long"
  const list = (words: readonly string[]) =>
    words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')}${t('history.and')}${words.at(-1)!}`
  const names = (ids: readonly string[]) => list(ids.map(nameOf))

  const structureNote = computed(() => {
    const structure = toValue(input.structure)
    if (!structure) return null
    return structure.kind === 'after'
      ? t('history.structureAfter', { month: format.month(structure.month) })
      : t('history.structureBefore', { month: format.month(structure.lastBefore) })
  })

  function historyOf(unitId: string, parts: readonly string[]): IncompleteHistory | null {
    const gap = toValue(input.gaps)?.get(unitId)
    if (!gap || parts.length === 0) return null
    return { unitId, unitName: nameOf(unitId), partPredecessorNames: parts.map(nameOf), before: gap.incompleteBefore }
  }

  const incompleteHistories = computed(() => {
    const state = toValue(input.state)
    const unit = toValue(input.unit)
    const out: IncompleteHistory[] = []
    if (state && unit) {
      const periods = [state.range, comparisonRange(state.range, state.comparison)]
      const own = historyOf(unit.id, missingParts(toValue(input.gaps)?.get(unit.id), periods))
      if (own) out.push(own)
    }
    for (const row of toValue(input.rows)) {
      const history = historyOf(row.unitId, row.missingParts)
      if (history && history.unitId !== unit?.id) out.push(history)
    }
    return out
  })

  function incompleteText(history: IncompleteHistory, withUnit = false) {
    const values = {
      unit: history.unitName,
      month: format.month(history.before),
      names: list(history.partPredecessorNames),
    }
    return t(withUnit ? 'history.incompleteOf' : 'history.incomplete', values)
  }

  function rowNote(figure: Pick<ChildFigure, 'unitId' | 'missingParts'>) {
    const history = historyOf(figure.unitId, figure.missingParts)
    return history ? incompleteText(history) : null
  }

  const carriedNote = computed(() => {
    const state = toValue(input.state)
    const unit = toValue(input.unit)
    if (!state || !unit || unit.validFrom == null) return null
    const baseline = comparisonRange(state.range, state.comparison)
    const from = carriedFrom(unit, [state.range, baseline], toValue(input.lineage))
    if (from.length === 0) return null
    const values = { month: format.month(unit.validFrom), names: names(from) }
    return state.range.from < unit.validFrom ? t('history.carried', values) : t('history.compareCarried', values)
  })

  return { structureNote, incompleteHistories, incompleteText, rowNote, carriedNote, t }
}

/** The notes of a unit view's screen (its unit, structure and history gaps) about `rows`. */
export const useViewHistoryNotes = (
  data: UnitViewData,
  rows: MaybeRefOrGetter<readonly Pick<ChildFigure, 'unitId' | 'missingParts'>[]>,
): UseHistoryNotesReturn =>
  useHistoryNotes({
    tree: data.tree,
    lineage: data.lineage,
    unit: data.unit,
    state: data.view.state,
    structure: data.structure,
    gaps: () => data.figuresInput.value?.gaps,
    rows,
  })

/** The lines a screen shows above its figures about the reform: its own unit's gap in full, its rows' counted. */
export function historyLinesOf(notes: UseHistoryNotesReturn, unitId: string | undefined): string[] {
  const histories = notes.incompleteHistories.value
  const own = histories.find((h) => h.unitId === unitId)
  const rows = histories.filter((h) => h.unitId !== unitId)
  return [
    notes.structureNote.value,
    notes.carriedNote.value,
    own ? notes.incompleteText(own) : null,
    rows.length > 0 ? notes.t('history.incompleteRows', { count: rows.length }) : null,
  ].filter((line): line is string => line !== null)
}
