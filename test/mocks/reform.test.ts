// The mock data through the reform of 2025-07 (MOCK-DATA.md "Through the reform"): both structures, the lineage,
// the dynamics to 2026-11 and the published figures. Every figure is summed here from the generator's own rows
// (ownRow, one unit and month at a time), not taken from the /stats answer it is compared with.
import { beforeAll, describe, expect, it } from 'vitest'
import { rowViolations } from '../../src/domain/invariants'
import { monthsOf } from '../../src/domain/periods'
import { isValidAt, unitsOutlivingParent } from '../../src/domain/validity'
import { loadDataset } from '../../mocks/datasets'
import { ownRow } from '../../mocks/generator'
import { statsRows } from '../../mocks/stats'
import type { Dataset, MockUnit } from '../../mocks/units'

let demo: Dataset
let national: Dataset
type Row = NonNullable<ReturnType<typeof ownRow>> & { digitizedAtIntake?: number; resultsDigitized?: number }

beforeAll(async () => {
  ;[demo, national] = await Promise.all([loadDataset('demo'), loadDataset('national')])
})

/** Every unit below `rootId` (and itself), walked through parentId here rather than with the mock's tree. */
function subtree(dataset: Dataset, rootId: string): MockUnit[] {
  const inside = new Set([rootId])
  const out: MockUnit[] = []
  for (const unit of dataset.units) {
    if (unit.id === rootId || (unit.parentId !== null && inside.has(unit.parentId))) {
      inside.add(unit.id)
      out.push(unit)
    }
  }
  return out
}

/** Σ of each field over the units' own rows in the months. */
function sums(units: readonly MockUnit[], months: readonly string[]): Record<string, number> {
  const total: Record<string, number> = {}
  for (const unit of units)
    for (const month of months) {
      const row = ownRow(unit, month)
      if (!row) continue
      for (const [key, value] of Object.entries(row))
        if (typeof value === 'number') total[key] = (total[key] ?? 0) + value
    }
  return total
}

/** Every contract invariant of a row (CONTRACT.md), digitisation included where present. */
function broken(row: Row): string[] {
  const problems = rowViolations(row).map((v) => v.rule as string)
  if (row.digitizedAtIntake !== undefined && row.digitizedAtIntake > row.received) problems.push('digitizedAtIntake')
  if (row.resultsDigitized !== undefined && row.resultsDigitized > row.resolved) problems.push('resultsDigitized')
  for (const [key, value] of Object.entries(row))
    if (typeof value === 'number' && !(Number.isInteger(value) && value >= 0)) problems.push(key)
  return problems
}

describe('units of both structures', () => {
  it('demo: the new Đồng Tháp (102 communes, 19 departments) and old Đồng Tháp and Tiền Giang', () => {
    const count = (pred: (u: MockUnit) => boolean) => demo.units.filter(pred).length
    expect(count((u) => u.validFrom === '2025-07' && u.kind === 'commune' && u.parentId === 'p2025-82')).toBe(102)
    expect(count((u) => u.validFrom === '2025-07' && u.kind === 'department')).toBe(19)
    expect(count((u) => u.validFrom === '2025-07' && u.kind === 'district')).toBe(0)
    expect(demo.tree.roots.map((u) => u.id)).toEqual(['p2025-82', 'p87', 'p82'])
    expect(demo.tree.byId.get('p82')).toMatchObject({ name: 'Tỉnh Tiền Giang', validTo: '2025-06' })
    expect(demo.tree.byId.get('p2025-82')).toMatchObject({ name: 'Tỉnh Đồng Tháp', code: '82', validFrom: '2025-07' })
    expect(demo.tree.byId.get('c2025-30154')).toMatchObject({ name: 'Xã Tân Long', parentId: 'p2025-82' })
    expect(demo.tree.byId.get('c30154')).toMatchObject({ name: 'Xã Tân Bình', parentId: 'd874', validTo: '2025-06' })
  })

  it.each([['demo'], ['national']])('%s: ids unique, every parent valid over its child’s whole validity', (name) => {
    const dataset = name === 'demo' ? demo : national
    expect(new Set(dataset.units.map((u) => u.id)).size).toBe(dataset.units.length)
    expect(unitsOutlivingParent(dataset.units)).toEqual([])
    for (const unit of dataset.units) {
      if (unit.kind === 'country') expect([unit.validFrom, unit.validTo]).toEqual([undefined, undefined])
      else
        expect(unit.validTo === '2025-06' ? !unit.validFrom : unit.validFrom === '2025-07' && !unit.validTo).toBe(true)
    }
  })
})

describe('lineage', () => {
  it('national: 63 provinces, their 19 departments each, and all 10,580 mapping rows', () => {
    const kindOf = (id: string) => national.tree.byId.get(id)!.kind
    const count = (kind: string) => national.lineage.filter((l) => kindOf(l.to) === kind).length
    expect([count('province'), count('department'), count('commune')]).toEqual([63, 63 * 19, 10_580])
    expect(national.lineage.filter((l) => l.share === 'part')).toHaveLength(989)
    expect(national.lineage.every((l) => l.month === '2025-07')).toBe(true)
    // island districts became special zones whole
    expect(national.lineage.filter((l) => kindOf(l.from) === 'district').map((l) => l.from)).toEqual([
      'd318',
      'd471',
      'd498',
      'd536',
      'd755',
    ])
    for (const link of national.lineage) {
      expect(national.tree.byId.get(link.from)!.validTo).toBe('2025-06')
      expect(national.tree.byId.get(link.to)!.validFrom).toBe('2025-07')
    }
  })

  it('Xã Tân Long (30154) = Tân Quới, Tân Hòa, Tân Huề, Tân Bình, Tân Long whole + part of Phú Thuận B', () => {
    for (const dataset of [demo, national]) {
      const into = dataset.lineage.filter((l) => l.to === 'c2025-30154')
      const named = (share: string) =>
        into.filter((l) => l.share === share).map((l) => dataset.tree.byId.get(l.from)!.name)
      expect(named('whole').sort()).toEqual(['Xã Tân Bình', 'Xã Tân Huề', 'Xã Tân Hòa', 'Xã Tân Long', 'Xã Tân Quới'])
      expect(named('part')).toEqual(['Xã Phú Thuận B'])
      expect(into.find((l) => l.share === 'part')!.from).toBe('c29995')
      expect(dataset.tree.byId.get('c29995')!.parentId).toBe('d870') // Huyện Hồng Ngự
      expect(into.map((l) => l.from)).toContain('c30133')
    }
  })

  it('demo: old Đồng Tháp and old Tiền Giang went whole into the new Đồng Tháp', () => {
    const provinces = demo.lineage.filter((l) => l.to === 'p2025-82')
    expect(provinces.map((l) => [l.from, l.share]).sort()).toEqual([
      ['p82', 'whole'],
      ['p87', 'whole'],
    ])
    expect(
      demo.lineage
        .filter((l) => l.to === 'p2025-82-STP')
        .map((l) => l.from)
        .sort(),
    ).toEqual(['p82-STP', 'p87-STP'])
  })
})

describe('rows only in a unit’s months', () => {
  it('old units end at 2025-06, new units begin at 2025-07', () => {
    for (const id of ['d874', 'c30133', 'p87-STP']) {
      expect(ownRow(demo.tree.byId.get(id)!, '2025-06')).not.toBeNull()
      expect(ownRow(demo.tree.byId.get(id)!, '2025-07')).toBeNull()
    }
    for (const id of ['c2025-30154', 'p2025-82-STP']) {
      expect(ownRow(demo.tree.byId.get(id)!, '2025-06')).toBeNull()
      expect(ownRow(demo.tree.byId.get(id)!, '2025-07')).not.toBeNull()
    }
    const rows = statsRows(demo, demo.tree.byId.get('p87')!, 2, monthsOf({ from: '2025-01', to: '2026-11' }))
    expect(Math.max(...rows.map((r) => Number(r.month.replace('-', ''))))).toBe(202506)
  })

  it('the new province at depth 1: its departments and communes, no district tier', () => {
    const rows = statsRows(demo, demo.tree.byId.get('p2025-82')!, 1, ['2025-06', '2025-07'])
    expect(rows.every((r) => r.month === '2025-07' && r.includesDescendants)).toBe(true)
    const kinds = new Set(rows.map((r) => demo.tree.byId.get(r.unitId)!.kind))
    expect([...kinds].sort()).toEqual(['commune', 'department'])
    expect(rows).toHaveLength(19 + 102)
  })
})

describe('no jump made by the data itself', () => {
  it('the new Đồng Tháp’s volume in 2025-07 continues old Đồng Tháp + Tiền Giang’s in 2025-06', () => {
    const before = sums([...subtree(demo, 'p87'), ...subtree(demo, 'p82')], ['2025-06']).received!
    const after = sums(subtree(demo, 'p2025-82'), ['2025-07']).received!
    expect(after / before).toBeGreaterThan(0.95)
    expect(after / before).toBeLessThan(1.05)
  })

  it('the country’s volume in 2025-07 continues its 2025-06 (every old commune’s dossiers go somewhere)', () => {
    const before = sums(national.units, ['2025-06']).received!
    const after = sums(national.units, ['2025-07']).received!
    expect(after / before).toBeGreaterThan(0.98)
    expect(after / before).toBeLessThan(1.02)
  })

  it('Tân Long continues what its predecessors received in 2025-06 (with their district desks’ share)', () => {
    // the new commune takes over its whole predecessors, its share of the part one, and, as the district tier
    // was abolished, each predecessor's share of its district desk's own dossiers
    const received = (unit: MockUnit) => ownRow(unit, '2025-06')?.received ?? 0
    let expected = 0
    for (const link of demo.lineage.filter((l) => l.to === 'c2025-30154')) {
      const from = demo.tree.byId.get(link.from)!
      const weight = 1 / demo.lineage.filter((l) => l.from === link.from).length
      const district = demo.tree.byId.get(from.parentId!)!
      const communes = demo.units.filter((u) => u.parentId === district.id).length
      expected += weight * (received(from) + received(district) / communes)
    }
    const next = ownRow(demo.tree.byId.get('c2025-30154')!, '2025-07')!.received
    expect(next / expected).toBeGreaterThan(0.9)
    expect(next / expected).toBeLessThan(1.1)
  })
})

describe('dynamics after 2022, nationally (computed from every unit’s own rows)', () => {
  const current = () => national.units
  const rate = (s: Record<string, number>, num: string, den: string) => s[num]! / s[den]!

  it('online share ~60% in 2024, ~80–86% from July to October 2025; full-online ~18–19% then ~17%', () => {
    const y2024 = sums(current(), monthsOf({ from: '2024-01', to: '2024-12' }))
    const reform = sums(current(), monthsOf({ from: '2025-07', to: '2025-10' }))
    expect(rate(y2024, 'receivedOnline', 'received')).toBeGreaterThan(0.55)
    expect(rate(y2024, 'receivedOnline', 'received')).toBeLessThan(0.65)
    expect(rate(reform, 'receivedOnline', 'received')).toBeGreaterThanOrEqual(0.8)
    expect(rate(reform, 'receivedOnline', 'received')).toBeLessThanOrEqual(0.86)
    expect(rate(y2024, 'receivedOnlineFull', 'received')).toBeGreaterThan(0.175)
    expect(rate(y2024, 'receivedOnlineFull', 'received')).toBeLessThan(0.195)
    const october = sums(current(), ['2025-10'])
    expect(rate(october, 'receivedOnlineFull', 'received')).toBeGreaterThan(0.16)
    expect(rate(october, 'receivedOnlineFull', 'received')).toBeLessThan(0.18)
    for (const s of [y2024, reform]) {
      const onTime = (s.resolvedEarly! + s.resolvedOnTime!) / s.resolved!
      expect(onTime).toBeGreaterThanOrEqual(0.97)
      expect(onTime).toBeLessThanOrEqual(0.99)
      const rated = s.ratedVerySatisfied! + s.ratedSatisfied! + s.ratedDissatisfied!
      expect(1 - s.ratedDissatisfied! / rated).toBeGreaterThanOrEqual(0.93)
      expect(1 - s.ratedDissatisfied! / rated).toBeLessThanOrEqual(0.95)
    }
  })

  it('digitisation: absent before 2023-01 (not reported, not 0), then ~30% rising to ~80%', () => {
    for (const unit of demo.units) {
      const row = ownRow(unit, '2022-12') as Row | null
      if (row) expect('digitizedAtIntake' in row || 'resultsDigitized' in row).toBe(false)
    }
    const first = sums(current(), ['2023-01'])
    const last = sums(current(), ['2026-11'])
    expect(first.received).toBeGreaterThan(0)
    expect(rate(first, 'digitizedAtIntake', 'received')).toBeGreaterThan(0.25)
    expect(rate(first, 'digitizedAtIntake', 'received')).toBeLessThan(0.35)
    expect(rate(last, 'digitizedAtIntake', 'received')).toBeGreaterThan(0.75)
    expect(rate(last, 'resultsDigitized', 'resolved')).toBeGreaterThan(0.7)
  })
})

describe('published figures', () => {
  it('old Hà Nam (35), 2024, whole subtree: Σ receivedOnlineFull / Σ received = 115,665 / 168,746', () => {
    const units = subtree(national, 'p35')
    expect(units.length).toBeGreaterThan(100)
    const months = monthsOf({ from: '2024-01', to: '2024-12' })
    const own = sums(units, months)
    expect([own.receivedOnlineFull, own.received]).toEqual([115_665, 168_746])
    const [answer] = statsRows(national, national.tree.byId.get('p35')!, 0, months).reduce(
      ([t], r) => [{ full: t!.full + r.receivedOnlineFull, received: t!.received + r.received }],
      [{ full: 0, received: 0 }],
    )
    expect(answer).toEqual({ full: 115_665, received: 168_746 })
    for (const unit of units)
      for (const month of months) expect(broken((ownRow(unit, month) ?? { ...emptyRow }) as Row)).toEqual([])
  })
})

const emptyRow = {
  unitId: 'x',
  month: '2024-01',
  includesDescendants: false,
  received: 0,
  receivedOnline: 0,
  receivedPostal: 0,
  receivedOnlineFull: 0,
  receivedOnlineCapable: 0,
  resolved: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  pending: 0,
  pendingOverdue: 0,
  feeDossiers: 0,
  feePaidOnline: 0,
  ratedVerySatisfied: 0,
  ratedSatisfied: 0,
  ratedDissatisfied: 0,
  complaints: 0,
}

describe('every invariant in every row', () => {
  it('national, every unit in months across the whole span', () => {
    let rows = 0
    for (const month of ['2020-01', '2022-12', '2023-01', '2024-06', '2025-06', '2025-07', '2026-02', '2026-11'])
      for (const unit of national.units) {
        const row = ownRow(unit, month) as Row | null
        if (!row) continue
        rows++
        expect(isValidAt(unit, month)).toBe(true)
        const problems = broken(row)
        if (problems.length > 0) expect(problems, `${unit.id} ${month}`).toEqual([])
      }
    expect(rows).toBeGreaterThan(8 * 3_300)
  })
})
