// The mock datasets' units over time, built from the real units in mocks/data: the three-tier structure
// until 2025-06 and the two-tier one from 2025-07, with the lineage between them (CONTRACT.md, "Units over time").
import type { LineageLink, Unit } from '../src/api/contract'
import { buildUnitTree, type UnitTree } from '../src/domain/units'
import { seedOf } from './hash'
import {
  COUNTRY_ID,
  DEPARTMENTS,
  departmentId,
  districtId,
  communeId,
  LAST_OLD_MONTH,
  newCommuneId,
  newDepartmentId,
  newProvinceId,
  provinceId,
  REFORM_MONTH,
} from './ids'
import { linkVersions } from './lineage'

export { LAST_OLD_MONTH, REFORM_MONTH } from './ids'

export type DatasetName = 'demo' | 'national'

/** An old unit a new unit's volume continues, with the share of it that went there. */
export interface Source {
  unit: MockUnit
  weight: number
}

/** A unit plus what the generator needs: a seed, the province it belongs to and, for a new unit, its sources. */
export interface MockUnit extends Unit {
  seed: number
  /** The province's code, `2025-<code>` for a new province's units; '' for the country. */
  provinceCode: string
  depth: number
  /** A new unit: the old units whose dossiers it took over (their level continues in its rows). */
  sources?: Source[]
  /** An old unit: its province's whole subtree, the province first (for a province-wide calibration). */
  peers?: readonly MockUnit[]
}

export interface Dataset {
  name: DatasetName
  /** The current structure's top: the country, or in the demo the new province. */
  rootId: string
  /** Every unit of every version; roots are the country, or in the demo the new province and its predecessors. */
  tree: UnitTree<MockUnit>
  units: MockUnit[]
  lineage: LineageLink[]
}

/** The units before the reform (vn-units-2024.json), as tuples. */
export interface CompactUnits {
  provinces: Array<[code: string, fullName: string]>
  districts: Array<[code: string, fullName: string, provinceCode: string]>
  communes: Array<[code: string, fullName: string, districtCode: string]>
}

/** The units after the reform and the mapping (vn-units-2025.json), as tuples. */
export interface CompactUnits2025 {
  provinces: Array<[code: string, fullName: string]>
  communes: Array<[code: string, fullName: string, provinceCode: string]>
  provinceMapping: Array<[oldCode: string, newCode: string]>
  /** share: w = the whole old unit, p = a part of it; level: c = commune, d = an island district. */
  communeMapping: Array<[oldCode: string, newCode: string, share: 'w' | 'p', level: 'c' | 'd']>
}

/**
 * Calls `visit` for each unit of `root`'s subtree down to `depth` levels of its own tree, a unit before its children:
 * the order in which a /stats answer lists them (statsRows, weekStatsRows; row-pieces.ts follows it).
 */
export function visitDown(
  dataset: Dataset,
  root: MockUnit,
  depth: number,
  visit: (unit: MockUnit, level: number) => void,
): void {
  const walk = (unit: MockUnit, level: number) => {
    visit(unit, level)
    if (level < depth) for (const child of dataset.tree.childrenOf.get(unit.id) ?? []) walk(child, level + 1)
  }
  walk(root, 0)
}

/**
 * Builds a dataset's units, parents before children: the current structure first, then the old one.
 * `withCountry` puts the country above the provinces of both.
 */
export function buildDataset(
  name: DatasetName,
  before: CompactUnits,
  after: CompactUnits2025,
  withCountry: boolean,
): Dataset {
  const units: MockUnit[] = []
  const byId = new Map<string, MockUnit>()
  const add = (unit: Omit<MockUnit, 'seed'>) => {
    const full: MockUnit = { ...unit, seed: seedOf(unit.id) }
    units.push(full)
    byId.set(full.id, full)
    return full
  }
  const top = withCountry ? 1 : 0
  const countryParent = withCountry ? COUNTRY_ID : null
  if (withCountry)
    add({ id: COUNTRY_ID, code: 'VN', name: 'Việt Nam', kind: 'country', parentId: null, provinceCode: '', depth: 0 })

  // From 2025-07: provinces, their departments and their communes directly under them.
  const newOf = (unit: Omit<MockUnit, 'seed'>) => add({ ...unit, validFrom: REFORM_MONTH })
  const communesAfter = groupBy(after.communes, (c) => c[2])
  for (const [code, fullName] of after.provinces) {
    const pid = newProvinceId(code)
    const pc = `2025-${code}`
    newOf({ id: pid, code, name: fullName, kind: 'province', parentId: countryParent, provinceCode: pc, depth: top })
    for (const [suffix, depName] of DEPARTMENTS) {
      const id = newDepartmentId(code, suffix)
      newOf({
        id,
        code: `${code}.${suffix}`,
        name: depName,
        kind: 'department',
        parentId: pid,
        provinceCode: pc,
        depth: top + 1,
      })
    }
    for (const [ccode, cname] of communesAfter.get(code) ?? []) {
      newOf({
        id: newCommuneId(ccode),
        code: ccode,
        name: cname,
        kind: 'commune',
        parentId: pid,
        provinceCode: pc,
        depth: top + 1,
      })
    }
  }

  // Until 2025-06: provinces, their departments, districts and the districts' communes.
  const districtsOf = groupBy(before.districts, (d) => d[2])
  const communesOf = groupBy(before.communes, (c) => c[2])
  for (const [code, fullName] of before.provinces) {
    const pid = provinceId(code)
    const peers: MockUnit[] = []
    const oldOf = (unit: Omit<MockUnit, 'seed'>) => peers.push(add({ ...unit, validTo: LAST_OLD_MONTH, peers }))
    oldOf({ id: pid, code, name: fullName, kind: 'province', parentId: countryParent, provinceCode: code, depth: top })
    for (const [suffix, depName] of DEPARTMENTS) {
      const id = departmentId(code, suffix)
      oldOf({
        id,
        code: `${code}.${suffix}`,
        name: depName,
        kind: 'department',
        parentId: pid,
        provinceCode: code,
        depth: top + 1,
      })
    }
    for (const [dcode, dname] of districtsOf.get(code) ?? []) {
      oldOf({
        id: districtId(dcode),
        code: dcode,
        name: dname,
        kind: 'district',
        parentId: pid,
        provinceCode: code,
        depth: top + 1,
      })
    }
    for (const [dcode] of districtsOf.get(code) ?? []) {
      for (const [ccode, cname] of communesOf.get(dcode) ?? []) {
        const parentId = districtId(dcode)
        oldOf({
          id: communeId(ccode),
          code: ccode,
          name: cname,
          kind: 'commune',
          parentId,
          provinceCode: code,
          depth: top + 2,
        })
      }
    }
  }

  const lineage = linkVersions(after, byId)
  const rootId = withCountry ? COUNTRY_ID : newProvinceId(after.provinces[0]?.[0] ?? '')
  return { name, rootId, tree: buildUnitTree(units), units, lineage }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const list = groups.get(key(item))
    if (list) list.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}

/** The API's view of a mock unit. */
export function toApiUnit(unit: MockUnit): Unit {
  const api: Unit = { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId }
  if (unit.validFrom) api.validFrom = unit.validFrom
  if (unit.validTo) api.validTo = unit.validTo
  return api
}
