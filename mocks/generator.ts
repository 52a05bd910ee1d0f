// One unit's own dossiers in one month, made from its profile alone: any row without the others.
import type { StatRow } from '../src/api/contract'
import { isValidAt } from '../src/domain/validity'
import { volumeOf } from './calibration'
import { clamp, FIRST_MONTH, LAST, LAST_MONTH, LATER, M, monthNumber, ramp, REFORM } from './dynamics'
import { unitRandom } from './hash'
import { profileOf } from './profile'
import type { MockUnit } from './units'

export { distribute } from './calibration'
export { FIRST_MONTH, LAST_MONTH } from './dynamics'

/** A piecewise-linear curve through (month number, value) points, flat beyond its ends. */
function curve(points: ReadonlyArray<readonly [number, number]>): (t: number) => number {
  return (t) => {
    const next = points.findIndex(([at]) => at > t)
    if (next === 0) return points[0]![1]
    if (next === -1) return points[points.length - 1]![1]
    const [t0, v0] = points[next - 1]!
    const [t1, v1] = points[next]!
    return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0)
  }
}

/** After 2022, the full-online (toàn trình) share of received dossiers: ~18–19% in 2024, ~17% in Oct 2025. */
const FULL_ONLINE = curve([
  [LATER, 0.2],
  [LATER + 18, 0.185],
  [REFORM - 1, 0.178],
  [REFORM, 0.168],
  [REFORM + 4, 0.17],
  [LAST, 0.19],
])
/** After 2022, the digitised share of received dossiers (reported from 2023-01): ~30% rising to ~80%. */
const DIGITISED = curve([
  [LATER, 0.3],
  [REFORM, 0.62],
  [LAST, 0.8],
])

/** What a month brings to every unit's row (the national curves at month t), worked out once per month. */
interface RowMonth {
  t: number
  /** 0 in 2020-01 to 1 from 2022-12 on. */
  progress: number
  /** From 2023-01 on. */
  later: boolean
  /** 0 until 2022-12, 1 in the last month. */
  after: number
  /** The late share's factor: falls to about a third over 2023. */
  lateness: number
  fullOnline: number
  digitised: number
}

const rowMonths = new Map<string, RowMonth>()
function rowMonthOf(month: string): RowMonth {
  let known = rowMonths.get(month)
  if (known) return known
  const t = monthNumber(month)
  const later = t >= LATER
  known = {
    t,
    progress: Math.min(t, LATER - 1) / 35,
    later,
    after: ramp(t, LATER - 1, LAST),
    lateness: later ? 1 - 0.7 * ramp(t, LATER - 1, LATER + 11) : 1,
    fullOnline: FULL_ONLINE(t),
    digitised: DIGITISED(t),
  }
  rowMonths.set(month, known)
  return known
}

/** The unit's own row for a month (its descendants' dossiers not included); null when it has none. */
export function ownRow(unit: MockUnit, month: string): StatRow | null {
  if (month < FIRST_MONTH || month > LAST_MONTH || !isValidAt(unit, month)) return null
  const p = profileOf(unit)
  const { received, receivedOnline, receivedOnlineFull: publishedFull } = volumeOf(unit, month)
  if (received === 0) return null
  const m = rowMonthOf(month)
  const { t, progress, later, after, lateness } = m
  const s = unit.seed

  const receivedPostal = Math.min(Math.round(received * p.postal), received - receivedOnline)
  const receivedOnlineCapable = clamp(
    Math.round(received * (p.capable + 0.1 * progress + 0.1 * after)),
    receivedOnline,
    received,
  )
  const receivedOnlineFull =
    publishedFull ??
    Math.min(
      receivedOnline,
      later
        ? Math.round(received * m.fullOnline * p.fullFactor)
        : Math.round(receivedOnline * (p.full0 + (p.full1 - p.full0) * progress)),
    )

  const resolved = Math.round(received * (0.9 + 0.16 * unitRandom(s, t, M.Resolve)))
  // after 2022 the late share falls to about a third (lateness): 97–99% on time
  const lateRate = clamp((1 - p.onTime) * (0.6 + 0.8 * unitRandom(s, t, M.Late)) * lateness, 0, 1)
  const resolvedLate = Math.min(resolved, Math.round(resolved * lateRate))
  const resolvedEarly = Math.round((resolved - resolvedLate) * p.earlyFraction)
  const resolvedOnTime = resolved - resolvedLate - resolvedEarly

  const pending = Math.round(received * p.pendingRatio * (0.8 + 0.4 * unitRandom(s, t, M.Pending)))
  const pendingOverdue = Math.min(pending, Math.round(pending * lateRate * 2))

  const feeDossiers = Math.round(resolved * p.fee)
  const payRate = p.pay0 + (p.pay1 - p.pay0) * progress + 0.25 * after
  const feePaidOnline = Math.min(feeDossiers, Math.round(feeDossiers * payRate))

  const rated = Math.round(resolved * p.rating)
  // after 2022 many more people rate, and the satisfied share settles at about 93–95%
  const dissatisfied = later ? 0.035 + 0.6 * p.dissatisfied : p.dissatisfied
  const ratedDissatisfied = Math.round(rated * dissatisfied)
  const ratedVerySatisfied = Math.round((rated - ratedDissatisfied) * (0.4 + 0.3 * unitRandom(s, t, M.Very)))
  const ratedSatisfied = rated - ratedDissatisfied - ratedVerySatisfied
  const complaints = Math.floor(resolved * p.complaintRate + unitRandom(s, t, M.Complaint))

  const row: StatRow & { digitizedAtIntake?: number; resultsDigitized?: number } = {
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
  if (later) {
    // Digitisation is reported from 2023-01 only: before, the fields are absent (not reported), never 0.
    const digitised = clamp(m.digitised * p.digital + 0.04 * (unitRandom(s, t, M.Digital) - 0.5), 0, 0.98)
    row.digitizedAtIntake = Math.round(received * digitised)
    row.resultsDigitized = Math.round(resolved * clamp(digitised * 0.95, 0, 1))
  }
  return row
}
