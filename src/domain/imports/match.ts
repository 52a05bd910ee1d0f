// Which unit a sheet's row names: by id or code, else by its name compared loosely, only among the units
// valid in the period; an unknown or ambiguous name is a rejected row, never a guess.
import { foldVietnamese } from '../text-search'
import type { UnitLike } from '../units'
import { isValidAt } from '../validity'
import { monthOfPeriod } from './cells'
import type { ImportReason, ImportScope } from './types'

// Words that say what kind of unit it is, compared away: "UBND xã Tân Quới" = "Xã Tân Quới" = "Tân Quới".
const TYPE_WORDS = [
  'uy ban nhan dan',
  'ubnd',
  'thi tran',
  'thi xa',
  'thanh pho',
  'dac khu',
  'phuong',
  'huyen',
  'quan',
  'tinh',
  'xa',
  'tp',
]
const LEADING_TYPE = new RegExp(`^(?:(?:${TYPE_WORDS.join('|')})\\.?\\s+)+`)

/** A name without diacritics, punctuation or case: "Thành phố Cao Lãnh" → "thanh pho cao lanh". */
export function foldedName(name: string): string {
  return foldVietnamese(name)
    .replace(/[.,;:()"'’“”\-–_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A name without diacritics, punctuation, case or leading type words. */
export function looseName(name: string): string {
  const folded = foldedName(name)
  const stripped = folded.replace(LEADING_TYPE, '')
  // A name that is only a type word ("Thị trấn") keeps it; numbered wards keep their number ("Phường 1" → "1").
  return stripped === '' ? folded : stripped.replace(/^0+(\d)/, '$1')
}

export type MatchResult = { unitId: string } | { reason: ImportReason }

export interface UnitMatcher {
  /**
   * The unit a cell names (id, code or name) valid in `period`; a name that several units in scope have is
   * decided by `within` (the unit a group row of the sheet named, e.g. "Huyện Thanh Bình"), if given.
   */
  match: (text: string, period: string, within?: string | null) => MatchResult
}

/** Indexes the units once per import. */
export function unitMatcher(scope: ImportScope): UnitMatcher {
  const byKey = new Map<string, UnitLike[]>()
  const add = (key: string, unit: UnitLike) => {
    if (!key) return
    const list = byKey.get(key)
    if (!list) byKey.set(key, [unit])
    else if (!list.includes(unit)) list.push(unit)
  }
  const byId = new Map<string, UnitLike>()
  const isBelow = (unitId: string, ancestorId: string) => {
    for (let at = byId.get(unitId)?.parentId; at; at = byId.get(at)?.parentId) if (at === ancestorId) return true
    return false
  }
  for (const unit of scope.units) {
    byId.set(unit.id, unit)
    add(`code:${unit.code.trim().toLowerCase()}`, unit)
    add(`full:${foldedName(unit.name)}`, unit)
    add(`name:${looseName(unit.name)}`, unit)
  }
  function pick(candidates: readonly UnitLike[], month: string, within?: string | null): MatchResult | null {
    if (candidates.length === 0) return null
    const valid = candidates.filter((unit) => isValidAt(unit, month))
    if (valid.length === 0) return { reason: 'notValidInPeriod' }
    const mine = valid.filter((unit) => scope.isInScope(unit.id))
    if (mine.length === 1) return { unitId: mine[0]!.id }
    const inGroup = within ? mine.filter((unit) => isBelow(unit.id, within)) : []
    if (inGroup.length === 1) return { unitId: inGroup[0]!.id }
    if (mine.length > 1) return { reason: 'ambiguousUnit' }
    return { reason: 'outsideScope' }
  }
  return {
    match(text, period, within) {
      const month = monthOfPeriod(period)
      const raw = text.trim()
      if (!raw) return { reason: 'missingValue' }
      const byIdentity = byId.get(raw)
      const found =
        (byIdentity ? pick([byIdentity], month) : null) ??
        pick(byKey.get(`code:${raw.toLowerCase()}`) ?? [], month, within) ??
        pick(byKey.get(`full:${foldedName(raw)}`) ?? [], month, within) ??
        pick(byKey.get(`name:${looseName(raw)}`) ?? [], month, within)
      return found ?? { reason: 'unknownUnit' }
    },
  }
}
