// Each unit's character, fixed by its seed: how big it is, how fast it moves online, how well it works.
import { between, seedOf, unitRandom } from './hash'
import type { MockUnit } from './units'

export interface Profile {
  size: number
  /** Online share: a logistic curve from share0 to share1 around month `mid` (0 = 2020-01). */
  share0: number
  share1: number
  mid: number
  width: number
  onTime: number
  earlyFraction: number
  dissatisfied: number
  capable: number
  postal: number
  full0: number
  full1: number
  fee: number
  pay0: number
  pay1: number
  rating: number
  pendingRatio: number
  complaintRate: number
  growth: number
  /** After 2022: the unit's full-online share against the country's (1 = the national curve). */
  fullFactor: number
  /** After 2022: how far ahead of the country it digitises dossiers (1 = the national curve). */
  digital: number
}

// Salts: one per drawn parameter, so adding one never shifts the others.
const enum S {
  Size,
  Kind,
  Share0,
  Share1,
  Mid,
  Width,
  OnTime,
  Weak,
  Early,
  Bad,
  Dissat,
  Capable,
  Postal,
  Full0,
  Full1,
  Fee,
  Pay0,
  Pay1,
  Rating,
  Pending,
  Complaint,
  Growth,
  FullFactor,
  Digital,
}

type Adoption = 'early' | 'stuck' | 'improving' | 'steady'

function adoptionOf(unit: MockUnit): Adoption {
  const r = unitRandom(unit.seed, S.Kind)
  if (unit.kind === 'department') return r < 0.4 ? 'early' : r < 0.5 ? 'stuck' : r < 0.6 ? 'improving' : 'steady'
  return r < 0.15 ? 'early' : r < 0.45 ? 'stuck' : r < 0.6 ? 'improving' : 'steady'
}

function sizeOf(unit: MockUnit): number {
  const r = unitRandom(unit.seed, S.Size)
  switch (unit.kind) {
    case 'department':
      return Math.round(Math.exp(Math.log(150) + r * (Math.log(3500) - Math.log(150))))
    case 'district':
      return Math.round(2500 + r * 6500)
    case 'commune':
      return /^(Phường|Thị trấn)/.test(unit.name) ? Math.round(150 + r * 550) : Math.round(40 + r * 360)
    default:
      return 0 // provinces and the country receive nothing themselves: their departments and desks do
  }
}

/** Named units whose published figures the demo must reproduce get a fitting character. */
const OVERRIDES: Record<string, Partial<Profile>> = {
  // Thanh Bình district's own desk: a large desk, slow online uptake (about 7% in 2020, 10% in 2021)
  d874: { size: 13000, share0: 0.06, share1: 0.2, mid: 22, width: 4 },
  // Xã Tân Quới: the commune that leads the district online
  c30133: { size: 1500, share0: 0.45, share1: 0.78, mid: 12, width: 5 },
}

const cache = new Map<string, Profile>()
/**
 * The profile also kept on the unit itself, out of sight (not enumerable: a copy of the unit, a JSON of it, leave it
 * out): a property read where the generator asks it, ~10 times for each row, instead of a lookup by id.
 */
const OWN_PROFILE = Symbol('profile')
type WithProfile = MockUnit & { [OWN_PROFILE]?: Profile }
const provinceFactors = new Map<string, number>()

/**
 * Provinces differ: each moves online at its own pace (a factor on every unit's online share), so the
 * country view has leaders and laggards. Đồng Tháp keeps 1, so the calibrated demo stays as published.
 */
function provinceFactor(provinceCode: string): number {
  if (provinceCode === '87' || provinceCode === '') return 1
  let factor = provinceFactors.get(provinceCode)
  if (factor === undefined)
    provinceFactors.set(provinceCode, (factor = between(0.55, 1.45, seedOf(`province:${provinceCode}`), 0)))
  return factor
}

/** The unit's profile (memoised: it depends on the unit alone). */
export function profileOf(unit: MockUnit): Profile {
  const own = (unit as WithProfile)[OWN_PROFILE]
  if (own) return own
  const profile = cache.get(unit.id) ?? makeProfile(unit)
  if (Object.isExtensible(unit)) Object.defineProperty(unit, OWN_PROFILE, { value: profile })
  return profile
}

function makeProfile(unit: MockUnit): Profile {
  const s = unit.seed
  const adoption = adoptionOf(unit)
  let share0: number, share1: number, mid: number, width: number
  if (unit.kind === 'district') {
    share0 = between(0.04, 0.2, s, S.Share0)
    share1 = between(0.2, 0.65, s, S.Share1)
    mid = between(14, 26, s, S.Mid)
    width = between(3, 7, s, S.Width)
  } else if (adoption === 'early') {
    share0 = between(0.2, 0.35, s, S.Share0)
    share1 = between(0.6, 0.85, s, S.Share1)
    mid = between(8, 20, s, S.Mid)
    width = between(3, 7, s, S.Width)
  } else if (adoption === 'stuck') {
    share0 = between(0.02, 0.06, s, S.Share0)
    share1 = between(0.08, 0.2, s, S.Share1)
    mid = between(14, 30, s, S.Mid)
    width = between(4, 8, s, S.Width)
  } else if (adoption === 'improving') {
    share0 = between(0.03, 0.08, s, S.Share0)
    share1 = between(0.55, 0.8, s, S.Share1)
    mid = between(18, 26, s, S.Mid)
    width = between(1.5, 3, s, S.Width)
  } else {
    share0 = between(0.05, 0.12, s, S.Share0)
    share1 = between(0.35, 0.6, s, S.Share1)
    mid = between(12, 26, s, S.Mid)
    width = between(3, 7, s, S.Width)
  }
  const factor = provinceFactor(unit.provinceCode)
  share0 = Math.min(0.9, share0 * factor)
  share1 = Math.min(0.95, share1 * factor)
  const weak = unitRandom(s, S.Weak) < 0.1
  const bad = unitRandom(s, S.Bad) < 0.08
  const profile: Profile = {
    size: sizeOf(unit),
    share0,
    share1,
    mid,
    width,
    onTime: weak ? between(0.75, 0.88, s, S.OnTime) : between(0.9, 0.995, s, S.OnTime),
    earlyFraction: between(0.35, 0.8, s, S.Early),
    dissatisfied: bad ? between(0.12, 0.25, s, S.Dissat) : between(0.005, 0.05, s, S.Dissat),
    capable: between(0.55, 0.85, s, S.Capable),
    postal: between(0.005, 0.04, s, S.Postal),
    full0: between(0.15, 0.4, s, S.Full0),
    full1: between(0.35, 0.7, s, S.Full1),
    fee: between(0.25, 0.6, s, S.Fee),
    pay0: between(0.02, 0.08, s, S.Pay0),
    pay1: between(0.2, 0.6, s, S.Pay1),
    rating: between(0.05, 0.35, s, S.Rating),
    pendingRatio: between(0.15, 0.45, s, S.Pending),
    complaintRate: between(0.0003, 0.003, s, S.Complaint),
    growth: between(0, 0.08, s, S.Growth),
    fullFactor: between(0.6, 1.4, s, S.FullFactor),
    digital: between(0.75, 1.2, s, S.Digital),
    ...OVERRIDES[unit.id],
  }
  cache.set(unit.id, profile)
  return profile
}
