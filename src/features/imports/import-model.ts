// What the import screen shows of a report, as plain values: the words of each problem, where to see the
// imported figures, and the template's units.
import type { ImportProblem, ImportReport } from '../../api/contract'
import type { Translate } from '../../i18n/messages'
import { ancestorsOf, type UnitLike, type UnitTree } from '../../domain/units'
import { isValidAt } from '../../domain/validity'

/** A problem in the reader's words: its reason's message with its values (shown as text, never markup). */
export function problemText(t: Translate, problem: ImportProblem): string {
  return t(`imports.reasons.${problem.reason}`, problem.params ?? {})
}

/** The unit whose overview shows every imported unit: the one unit, else their nearest common ancestor. */
export function commonUnit(tree: UnitTree, unitIds: readonly string[], fallback: string): string {
  const chains = unitIds.filter((id) => tree.byId.has(id)).map((id) => [...ancestorsOf(tree, id)].reverse())
  if (chains.length === 0) return fallback
  let common: string | null = null
  for (let depth = 0; ; depth++) {
    const id = chains[0]![depth]?.id
    if (!id || chains.some((chain) => chain[depth]?.id !== id)) break
    common = id
  }
  return common ?? fallback
}

/** The overview's query for an import: its unit and its months (weeks are not on the overview). */
export function overviewQueryOf(report: ImportReport, tree: UnitTree, scopeId: string): Record<string, string> {
  const months = report.periods.filter((p) => !p.includes('W')).sort()
  const unit = commonUnit(tree, report.unitIds ?? [], scopeId)
  return months.length > 0 ? { unit, from: months[0]!, to: months[months.length - 1]! } : { unit }
}

/** The units the template lists for a month: those in scope that exist then, below the country. */
export function templateUnits(units: readonly UnitLike[], month: string): UnitLike[] {
  return units.filter((unit) => unit.kind !== 'country' && isValidAt(unit, month))
}
