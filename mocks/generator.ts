// One unit's own dossiers in one month, made from its profile alone: any row without the others.
import type { StatRow } from '../src/api/contract'
import { monthIndex, monthsOf } from '../src/domain/periods'
import { unitRandom } from './hash'
import { profileOf, type Profile } from './profile'
import type { MockUnit } from './units'

export const FIRST_MONTH = '2020-01'
export const LAST_MONTH = '2022-12'
const FIRST_INDEX = monthIndex(FIRST_MONTH)

// Months since FIRST_MONTH, parsed once per month rather than once per row (a province is ~10⁴ rows).
const monthNumbers = new Map<string, number>()
function monthNumber(month: string): number {
  let t = monthNumbers.get(month)
  if (t === undefined) monthNumbers.set(month, (t = monthIndex(month) - FIRST_INDEX))
  return t
}

const TET_MONTHS = new Set(['2020-01', '2021-02', '2022-02'])
const LOCKDOWN_MONTHS = new Set(['2021-07', '2021-08', '2021-09'])
/** Mekong Delta provinces (GSO codes): the 2021 lockdown months. */
const MEKONG_DELTA = new Set(['80', '82', '83', '84', '86', '87', '89', '91', '92', '93', '94', '95', '96'])

/**
 * Published figures the demo reproduces exactly: the field's sum over the months, spread over them in
 * proportion to what the generator would have made (largest remainders, so the sum is exact).
 */
const CALIBRATION = [
  { unitId: 'd874', from: '2021-01', to: '2021-06', field: 'received', total: 76_574 },
  { unitId: 'd874', from: '2021-01', to: '2021-06', field: 'receivedOnline', total: 7_610 },
  { unitId: 'd874', from: '2020-01', to: '2020-06', field: 'receivedOnline', total: 5_400 },
  { unitId: 'c30133', from: '2021-01', to: '2021-06', field: 'receivedOnline', total: 5_190 },
] as const

// Salts for the month-by-month draws.
const enum M {
  Volume,
  Share,
  Resolve,
  Late,
  Pending,
  Complaint,
  Lockdown,
  Very,
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x))
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

interface Volume {
  received: number
  receivedOnline: number
}

/** The generator's own received and online counts for a month, before calibration. */
function rawVolume(unit: MockUnit, month: string, p = profileOf(unit)): Volume {
  if (p.size === 0) return { received: 0, receivedOnline: 0 }
  const t = monthNumber(month)
  const s = unit.seed
  let volume = p.size * (1 + (p.growth * t) / 12) * (0.85 + 0.3 * unitRandom(s, t, M.Volume))
  if (TET_MONTHS.has(month)) volume *= 0.55
  else if (month.endsWith('-12')) volume *= 1.1
  let share =
    p.share0 + (p.share1 - p.share0) * logistic((t - p.mid) / p.width) + 0.04 * (unitRandom(s, t, M.Share) - 0.5)
  if (LOCKDOWN_MONTHS.has(month) && MEKONG_DELTA.has(unit.provinceCode)) {
    volume *= 0.55 // desks closed or nearly so
    share += 0.15 + 0.1 * unitRandom(s, t, M.Lockdown)
  }
  const received = Math.round(volume)
  return { received, receivedOnline: Math.round(received * clamp(share, 0, 0.95)) }
}

/** Integers proportional to `weights` that add up to exactly `total`. */
export function distribute(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length))
  const out = exact.map(Math.floor)
  let left = total - out.reduce((a, b) => a + b, 0)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) {
    if (left <= 0) break
    out[i]! += 1
    left--
  }
  return out
}

function volumeOf(unit: MockUnit, month: string, p: Profile): Volume {
  const volume = rawVolume(unit, month, p)
  for (const c of CALIBRATION) {
    if (c.unitId !== unit.id || month < c.from || month > c.to) continue
    const months = monthsOf(c)
    const weights = months.map((m) => rawVolume(unit, m, p)[c.field])
    volume[c.field] = distribute(c.total, weights)[months.indexOf(month)]!
  }
  return volume
}

/** The unit's own row for a month (its descendants' dossiers not included); null when it has none. */
export function ownRow(unit: MockUnit, month: string): StatRow | null {
  if (month < FIRST_MONTH || month > LAST_MONTH) return null
  const p = profileOf(unit)
  const { received, receivedOnline } = volumeOf(unit, month, p)
  if (received === 0) return null
  const t = monthNumber(month)
  const s = unit.seed
  const progress = t / 35

  const receivedPostal = Math.min(Math.round(received * p.postal), received - receivedOnline)
  const receivedOnlineCapable = clamp(Math.round(received * (p.capable + 0.1 * progress)), receivedOnline, received)
  const receivedOnlineFull = Math.min(
    receivedOnline,
    Math.round(receivedOnline * (p.full0 + (p.full1 - p.full0) * progress)),
  )

  const resolved = Math.round(received * (0.9 + 0.16 * unitRandom(s, t, M.Resolve)))
  const lateRate = clamp((1 - p.onTime) * (0.6 + 0.8 * unitRandom(s, t, M.Late)), 0, 1)
  const resolvedLate = Math.min(resolved, Math.round(resolved * lateRate))
  const resolvedEarly = Math.round((resolved - resolvedLate) * p.earlyFraction)
  const resolvedOnTime = resolved - resolvedLate - resolvedEarly

  const pending = Math.round(received * p.pendingRatio * (0.8 + 0.4 * unitRandom(s, t, M.Pending)))
  const pendingOverdue = Math.min(pending, Math.round(pending * lateRate * 2))

  const feeDossiers = Math.round(resolved * p.fee)
  const feePaidOnline = Math.min(feeDossiers, Math.round(feeDossiers * (p.pay0 + (p.pay1 - p.pay0) * progress)))

  const rated = Math.round(resolved * p.rating)
  const ratedDissatisfied = Math.round(rated * p.dissatisfied)
  const ratedVerySatisfied = Math.round((rated - ratedDissatisfied) * (0.4 + 0.3 * unitRandom(s, t, M.Very)))
  const ratedSatisfied = rated - ratedDissatisfied - ratedVerySatisfied
  const complaints = Math.floor(resolved * p.complaintRate + unitRandom(s, t, M.Complaint))

  return {
    unitId: unit.id,
    month,
    includesDescendants: false,
    received,
    receivedOnline,
    receivedPostal,
    receivedOnlineFull,
    receivedOnlineCapable,
    resolved,
    resolvedEarly,
    resolvedOnTime,
    resolvedLate,
    pending,
    pendingOverdue,
    feeDossiers,
    feePaidOnline,
    ratedVerySatisfied,
    ratedSatisfied,
    ratedDissatisfied,
    complaints,
  }
}
