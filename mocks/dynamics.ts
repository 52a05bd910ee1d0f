// A unit's level in a month, before rounding: how many dossiers it receives and what share of them online.
// 2020–2022 as first calibrated (kept exactly); 2023 on as MOCK-DATA "Through the reform" says: a national push
// online to about 60% in 2024, the jump after the reform of 2025-07, and a new unit continuing the level of the
// old units it took over (the sum of their levels, had they gone on), so the data itself makes no jump.
import { monthIndex } from '../src/domain/periods'
import { unitRandom } from './hash'
import { profileOf, type Profile } from './profile'
import type { MockUnit } from './units'

export const FIRST_MONTH = '2020-01'
export const LAST_MONTH = '2026-11'
const FIRST_INDEX = monthIndex(FIRST_MONTH)
/** 2023-01: from here on the months are the ones added after the first calibration. */
export const LATER = monthIndex('2023-01') - FIRST_INDEX
/** 2025-07: the two-tier structure. */
export const REFORM = monthIndex('2025-07') - FIRST_INDEX
/** 2026-11, the last month with data. */
export const LAST = monthIndex(LAST_MONTH) - FIRST_INDEX

// Months since FIRST_MONTH, parsed once per month rather than once per row (a province is ~10⁴ rows).
const monthNumbers = new Map<string, number>()
export function monthNumber(month: string): number {
  let t = monthNumbers.get(month)
  if (t === undefined) monthNumbers.set(month, (t = monthIndex(month) - FIRST_INDEX))
  return t
}

const TET_MONTHS = new Set(['2020-01', '2021-02', '2022-02', '2023-01', '2024-02', '2025-01', '2026-02'])
const LOCKDOWN_MONTHS = new Set(['2021-07', '2021-08', '2021-09'])
/** Mekong Delta provinces (GSO codes): the 2021 lockdown months. */
const MEKONG_DELTA = new Set(['80', '82', '83', '84', '86', '87', '89', '91', '92', '93', '94', '95', '96'])

/**
 * Old provinces with their own course after 2022, reached over 2023 and kept: `scale` on every unit's volume,
 * `push` the share of the offline rest moved online. Hà Nam (35): a small, leading province (its 2024 totals
 * are published and reproduced exactly, see calibration.ts).
 */
const PROVINCE_COURSE: Record<string, { scale: number; push: number }> = { '35': { scale: 0.19, push: 0.75 } }

// Salts for the month-by-month draws.
export const enum M {
  Volume,
  Share,
  Resolve,
  Late,
  Pending,
  Complaint,
  Lockdown,
  Very,
  Digital,
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x))
export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))
/** 0 before `from`, 1 from `to` on, linear between. */
export const ramp = (t: number, from: number, to: number) => clamp((t - from) / (to - from), 0, 1)

export interface Level {
  /** Dossiers received, before rounding. */
  volume: number
  /** The share of them received online, clamped to what a unit can reach. */
  share: number
}

/** The national push online after 2022: the share of the offline rest that moved online by month t. */
function pushOnline(t: number): number {
  return 0.34 * ramp(t, LATER - 1, LATER + 23)
}

/** The jump after the reform: the share of the offline rest that moved online in the new structure. */
function reformJump(t: number): number {
  return t < REFORM ? 0 : 0.55 + 0.1 * ramp(t, REFORM, LAST)
}

/** What a month brings to every unit's level, worked out once per month rather than once per unit (see monthOf). */
export interface MonthFacts {
  month: string
  /** Months since FIRST_MONTH. */
  t: number
  /** The volume's factor for the season: Tết 0.55, December 1.1, else 1 (×1 leaves a number exactly as it is). */
  season: number
  isLockdown: boolean
  /** pushOnline(t) */
  push: number
  /** How far a province's own course has come: 0 until 2022, 1 from 2023-12. */
  settle: number
  /** reformJump(t) */
  jump: number
}

const facts = new Map<string, MonthFacts>()
/** The month's facts (memoised: a few dozen months, each asked for every unit). */
export function monthOf(month: string): MonthFacts {
  let known = facts.get(month)
  if (known) return known
  const t = monthNumber(month)
  known = {
    month,
    t,
    season: TET_MONTHS.has(month) ? 0.55 : month.endsWith('-12') ? 1.1 : 1,
    isLockdown: LOCKDOWN_MONTHS.has(month),
    push: pushOnline(t),
    settle: ramp(t, LATER - 1, LATER + 11),
    jump: reformJump(t),
  }
  facts.set(month, known)
  return known
}

/** An old unit's own level (it goes on past its last month, for the new units that take it over). */
export function ownLevel(unit: MockUnit, month: string, p: Profile = profileOf(unit)): Level {
  return levelIn(unit, monthOf(month), p)
}

/** ownLevel with the month's facts at hand. */
function levelIn(unit: MockUnit, m: MonthFacts, p: Profile): Level {
  if (p.size === 0) return { volume: 0, share: 0 }
  const t = m.t
  const s = unit.seed
  let volume = p.size * (1 + (p.growth * t) / 12) * (0.85 + 0.3 * unitRandom(s, t, M.Volume))
  volume *= m.season
  let share =
    p.share0 + (p.share1 - p.share0) * logistic((t - p.mid) / p.width) + 0.04 * (unitRandom(s, t, M.Share) - 0.5)
  if (m.isLockdown && MEKONG_DELTA.has(unit.provinceCode)) {
    volume *= 0.55 // desks closed or nearly so
    share += 0.15 + 0.1 * unitRandom(s, t, M.Lockdown)
  }
  if (t < LATER) return { volume, share: clamp(share, 0, 0.95) }
  const course = PROVINCE_COURSE[unit.provinceCode]
  let push = m.push
  if (course) {
    volume *= 1 + (course.scale - 1) * m.settle
    push = Math.max(push, course.push * m.settle)
  }
  return { volume, share: clamp(1 - (1 - clamp(share, 0, 0.95)) * (1 - push), 0, 0.97) }
}

/**
 * The levels of the new units (those of 2025-07 on) once worked out, by unit: volume and share of each month from the
 * reform, NaN until asked. A new commune's level sums ~6 old units' (its communes', its districts' desks), the most
 * costly part of its row; it depends on the unit and the month alone (never on an import). ~4,000 units × 17 months:
 * ~1 MB when every one is known (the start's months behind work them all out).
 */
const newLevels = new WeakMap<MockUnit, Float64Array>()
const NEW_MONTHS = LAST - REFORM + 1

/** A new unit's level: the sum of its sources' levels as they would have gone on, then the reform's jump. */
export function newLevel(unit: MockUnit, month: string): Level {
  const m = monthOf(month)
  const at = m.t - REFORM
  if (at < 0 || at >= NEW_MONTHS) return sumOfSources(unit, m)
  let known = newLevels.get(unit)
  if (!known) newLevels.set(unit, (known = new Float64Array(2 * NEW_MONTHS).fill(NaN)))
  if (!Number.isNaN(known[2 * at]!)) return { volume: known[2 * at]!, share: known[2 * at + 1]! }
  const level = sumOfSources(unit, m)
  known[2 * at] = level.volume
  known[2 * at + 1] = level.share
  return level
}

function sumOfSources(unit: MockUnit, m: MonthFacts): Level {
  let volume = 0
  let online = 0
  for (const source of unit.sources ?? []) {
    const level = levelIn(source.unit, m, profileOf(source.unit))
    volume += level.volume * source.weight
    online += level.volume * source.weight * level.share
  }
  if (volume === 0) return { volume: 0, share: 0 }
  return { volume, share: clamp(1 - (1 - online / volume) * (1 - m.jump), 0, 0.98) }
}

/** Any unit's level in a month. */
export function levelOf(unit: MockUnit, month: string): Level {
  return unit.validFrom ? newLevel(unit, month) : ownLevel(unit, month)
}
