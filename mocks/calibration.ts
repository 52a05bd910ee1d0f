// Published figures the data reproduces exactly: a field's sum over some months, spread over them (and over
// units) in proportion to what the generator would have made, by largest remainders so that the sum is exact.
import { monthsOf } from '../src/domain/periods'
import { levelOf } from './dynamics'
import type { MockUnit } from './units'

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

export interface Volume {
  received: number
  receivedOnline: number
  /** Set only where a published full-online figure fixes it. */
  receivedOnlineFull?: number
}

/** The generator's own received and online counts for a month, before calibration. */
export function rawVolume(unit: MockUnit, month: string): Volume {
  const { volume, share } = levelOf(unit, month)
  const received = Math.round(volume)
  return { received, receivedOnline: Math.round(received * share) }
}

/** One unit's published sums (Thanh Bình's district desk and Tân Quới, from the district's 2021 report). */
const UNIT_CALIBRATION = [
  { unitId: 'd874', from: '2021-01', to: '2021-06', field: 'received', total: 76_574 },
  { unitId: 'd874', from: '2021-01', to: '2021-06', field: 'receivedOnline', total: 7_610 },
  { unitId: 'd874', from: '2020-01', to: '2020-06', field: 'receivedOnline', total: 5_400 },
  { unitId: 'c30133', from: '2021-01', to: '2021-06', field: 'receivedOnline', total: 5_190 },
] as const

/**
 * An old province's whole subtree over some months: Σ received and Σ receivedOnlineFull as published. Old Hà Nam,
 * 2024: 115,665 of 168,746 dossiers full-online (68.54%, the country's highest).
 */
const PROVINCE_CALIBRATION = [
  { provinceId: 'p35', from: '2024-01', to: '2024-12', received: 168_746, receivedOnlineFull: 115_665 },
] as const

// The spread of a province calibration, unit|month → volume: made once, on the first row asked for.
const provinceSpreads = new Map<string, Map<string, Volume>>()

function provinceSpread(c: (typeof PROVINCE_CALIBRATION)[number], units: readonly MockUnit[]): Map<string, Volume> {
  let spread = provinceSpreads.get(c.provinceId)
  if (spread) return spread
  const cells = units.flatMap((unit) => monthsOf(c).map((month) => ({ unit, month, level: levelOf(unit, month) })))
  const received = distribute(
    c.received,
    cells.map((cell) => Math.round(cell.level.volume)),
  )
  const online = cells.map((cell, i) => Math.round(received[i]! * cell.level.share))
  const full = distribute(c.receivedOnlineFull, online)
  spread = new Map()
  for (const [i, cell] of cells.entries()) {
    spread.set(`${cell.unit.id}|${cell.month}`, {
      received: received[i]!,
      receivedOnline: online[i]!,
      receivedOnlineFull: full[i]!,
    })
  }
  provinceSpreads.set(c.provinceId, spread)
  return spread
}

/** The unit's received and online counts for a month, published figures applied. */
export function volumeOf(unit: MockUnit, month: string): Volume {
  if (unit.peers) {
    for (const c of PROVINCE_CALIBRATION) {
      if (unit.peers[0]?.id !== c.provinceId || month < c.from || month > c.to) continue
      return provinceSpread(c, unit.peers).get(`${unit.id}|${month}`) ?? { received: 0, receivedOnline: 0 }
    }
  }
  const volume = rawVolume(unit, month)
  for (const c of UNIT_CALIBRATION) {
    if (c.unitId !== unit.id || month < c.from || month > c.to) continue
    const months = monthsOf(c)
    const weights = months.map((m) => rawVolume(unit, m)[c.field])
    volume[c.field] = distribute(c.total, weights)[months.indexOf(month)]!
  }
  return volume
}
