import { beforeAll, describe, expect, it } from 'vitest'
import type { StatRow } from '../../src/api/contract'
import { rowViolations } from '../../src/domain/invariants'
import { monthsOf } from '../../src/domain/periods'
import { COUNT_FIELDS } from '../../src/domain/totals'
import { loadDataset } from '../../mocks/datasets'
import { distribute, FIRST_MONTH, LAST_MONTH, ownRow } from '../../mocks/generator'
import { statsRows } from '../../mocks/stats'
import { toApiUnit, type Dataset } from '../../mocks/units'

let demo: Dataset
const ALL = monthsOf({ from: FIRST_MONTH, to: LAST_MONTH })
/** The months of the old (three-tier) units: 2020-01..2025-06. */
const OLD = monthsOf({ from: FIRST_MONTH, to: '2025-06' })
const H1_2021 = monthsOf({ from: '2021-01', to: '2021-06' })
const H1_2020 = monthsOf({ from: '2020-01', to: '2020-06' })
const sum = (rows: StatRow[], field: keyof StatRow) => rows.reduce((total, row) => total + (row[field] as number), 0)

beforeAll(async () => {
  demo = await loadDataset('demo')
})

describe('demo dataset: old Đồng Tháp (until 2025-06)', () => {
  it('has the real units: 19 departments, 12 districts, 141 communes, Thanh Bình with 13', () => {
    const inP87 = demo.units.filter(
      (u) =>
        u.id === 'p87' ||
        u.parentId === 'p87' ||
        (u.id.startsWith('c') && demo.tree.byId.get(u.parentId ?? '')?.parentId === 'p87'),
    )
    const kinds = (kind: string) => inP87.filter((u) => u.kind === kind).length
    expect([kinds('province'), kinds('department'), kinds('district'), kinds('commune')]).toEqual([1, 19, 12, 141])
    expect(demo.tree.byId.get('d874')?.name).toBe('Huyện Thanh Bình')
    expect(demo.tree.byId.get('c30133')).toMatchObject({ name: 'Xã Tân Quới', code: '30133', parentId: 'd874' })
    expect(demo.tree.childrenOf.get('d874')).toHaveLength(13)
  })
})

describe("calibration figures from Thanh Bình district's published report", () => {
  const deskRows = (months: string[]) =>
    statsRows(demo, demo.tree.byId.get('d874')!, 1, months).filter((r) => r.unitId === 'd874')

  it('district desk, H1 2021: 76,574 received, 7,610 online', () => {
    const rows = deskRows(H1_2021)
    expect(rows.every((r) => !r.includesDescendants)).toBe(true)
    expect(sum(rows, 'received')).toBe(76_574)
    expect(sum(rows, 'receivedOnline')).toBe(7_610)
  })

  it('district desk, H1 2020: 5,400 online, so 2021 is up more than 40%', () => {
    expect(sum(deskRows(H1_2020), 'receivedOnline')).toBe(5_400)
    expect(7_610 / 5_400 - 1).toBeGreaterThan(0.4)
  })

  it("Tân Quới, H1 2021: 5,190 online, strictly the most of Thanh Bình's communes", () => {
    const rows = statsRows(demo, demo.tree.byId.get('d874')!, 1, H1_2021).filter((r) => r.unitId !== 'd874')
    const online = new Map<string, number>()
    for (const row of rows) online.set(row.unitId, (online.get(row.unitId) ?? 0) + row.receivedOnline)
    expect(online.get('c30133')).toBe(5_190)
    const others = [...online].filter(([id]) => id !== 'c30133').map(([, v]) => v)
    expect(others).toHaveLength(12)
    expect(Math.max(...others)).toBeLessThan(5_190)
  })

  it('several communes are below the 30% target in H1 2021, some for three or more months in a row', () => {
    const rows = statsRows(demo, demo.tree.byId.get('d874')!, 1, H1_2021).filter((r) => r.unitId !== 'd874')
    const byUnit = new Map<string, StatRow[]>()
    for (const row of rows) byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row])
    let lagging = 0
    let longLagging = 0
    for (const unitRows of byUnit.values()) {
      if (sum(unitRows, 'receivedOnline') / sum(unitRows, 'received') < 0.3) lagging++
      let run = 0
      for (const row of [...unitRows].sort((a, b) => a.month.localeCompare(b.month)).reverse()) {
        if (row.receivedOnline / row.received < 0.3) run++
        else break
      }
      if (run >= 3) longLagging++
    }
    expect(lagging).toBeGreaterThanOrEqual(3)
    expect(longLagging).toBeGreaterThanOrEqual(2)
  })
})

describe('the partition', () => {
  it.each([['p87'], ['d874']])(
    'for %s, depth 0 = Σ depth 1 = Σ depth 2 for every field and month it exists',
    (unitId) => {
      const root = demo.tree.byId.get(unitId)!
      const byDepth = [0, 1, 2].map((depth) => statsRows(demo, root, depth, OLD))
      for (const month of OLD) {
        const [d0, d1, d2] = byDepth.map((rows) => rows.filter((r) => r.month === month))
        expect(d0).toHaveLength(1)
        for (const field of COUNT_FIELDS) {
          expect(sum(d1!, field), `${field} ${month}`).toBe(sum(d0!, field))
          expect(sum(d2!, field), `${field} ${month}`).toBe(sum(d0!, field))
        }
      }
    },
  )

  it('marks rows at the depth as including descendants, shallower ones as own only', () => {
    const rows = statsRows(demo, demo.tree.byId.get('p87')!, 2, ['2021-06'])
    const kindOf = (id: string) => demo.tree.byId.get(id)!.kind
    for (const row of rows) expect(row.includesDescendants).toBe(kindOf(row.unitId) === 'commune')
    // the province itself receives nothing: its row (all zero) is left out
    expect(rows.some((r) => r.unitId === 'p87')).toBe(false)
    expect(rows.filter((r) => kindOf(r.unitId) === 'department')).toHaveLength(19)
  })
})

describe('every row keeps every contract invariant', () => {
  it('over the whole demo dataset, 2020-01..2026-11', () => {
    let rows = 0
    for (const unit of demo.units) {
      for (const month of ALL) {
        const row = ownRow(unit, month)
        if (!row) continue
        rows++
        expect(rowViolations(row), `${unit.id} ${month}`).toEqual([])
        for (const field of COUNT_FIELDS) expect(Number.isInteger(row[field]) && row[field] >= 0).toBe(true)
      }
    }
    // old Đồng Tháp and old Tiền Giang (to 2025-06), the new Đồng Tháp's departments and communes (from 2025-07)
    const old = demo.units.filter((u) => u.validTo && u.kind !== 'province').length
    const current = demo.units.filter((u) => u.validFrom && u.kind !== 'province').length
    expect(rows).toBeGreaterThan((old * OLD.length + current * 17) * 0.99)
  })
})

describe('dynamics', () => {
  const province = (months: string[]) => statsRows(demo, demo.tree.byId.get('p87')!, 0, months)
  it('dips in the Tết month', () => {
    const [jan, feb, mar] = province(['2021-01', '2021-02', '2021-03']).map((r) => r.received)
    expect(feb!).toBeLessThan(0.75 * jan!)
    expect(feb!).toBeLessThan(0.75 * mar!)
  })

  it('moves online over 2020–2022 and jumps in the 2021 lockdown', () => {
    const rate = (month: string) => {
      const [r] = province([month])
      return r!.receivedOnline / r!.received
    }
    expect(rate('2022-12')).toBeGreaterThan(rate('2020-06') + 0.1)
    expect(rate('2021-08')).toBeGreaterThan(rate('2021-06') + 0.05)
  })
})

describe('determinism and the national dataset', () => {
  it('gives the same row on every call', () => {
    const unit = demo.tree.byId.get('c30139')!
    expect(ownRow(unit, '2021-04')).toEqual(ownRow(unit, '2021-04'))
  })

  it('national has every real unit, old and new; the demo is exactly its new Đồng Tháp and predecessors', async () => {
    const national = await loadDataset('national')
    const kinds = (kind: string, old: boolean) =>
      national.units.filter((u) => u.kind === kind && (old ? u.validTo === '2025-06' : u.validFrom === '2025-07'))
        .length
    const oldKinds = ['province', 'district', 'commune', 'department'].map((kind) => kinds(kind, true))
    expect(oldKinds).toEqual([63, 696, 10_035, 63 * 19])
    const newKinds = ['province', 'district', 'commune', 'department'].map((kind) => kinds(kind, false))
    expect(newKinds).toEqual([34, 0, 3_321, 34 * 19])
    expect(national.units.filter((u) => u.kind === 'country')).toHaveLength(1)
    const months = ['2021-03', '2021-08', '2024-06', '2025-06', '2025-07', '2026-11']
    for (const unitId of ['p87', 'p82', 'p2025-82']) {
      expect(statsRows(national, national.tree.byId.get(unitId)!, 2, months)).toEqual(
        statsRows(demo, demo.tree.byId.get(unitId)!, 2, months),
      )
    }
    for (const unit of demo.units) {
      // the same unit, only under the country in national (the demo has no country)
      const { parentId, ...rest } = toApiUnit(unit)
      expect(toApiUnit(national.tree.byId.get(unit.id)!)).toEqual({ ...rest, parentId: parentId ?? 'VN' })
    }
    const inDemo = new Set(demo.units.map((u) => u.id))
    expect(demo.lineage).toEqual(national.lineage.filter((l) => inDemo.has(l.from) && inDemo.has(l.to)))
  })
})

describe('distribute', () => {
  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [76574, [5, 3, 2], [38287, 22972, 15315]],
    [7, [0, 0], [4, 3]],
  ])('spreads %i over %j exactly', (total, weights, expected) => {
    const out = distribute(total, weights)
    expect(out).toEqual(expected)
    expect(out.reduce((a, b) => a + b, 0)).toBe(total)
  })
})
