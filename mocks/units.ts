// The mock datasets' unit trees, built from the real units in mocks/data.
import type { Unit, UnitKind } from '../src/api/contract'
import { buildUnitTree, type UnitTree } from '../src/domain/units'
import departments from './data/departments.json'
import { seedOf } from './hash'

export type DatasetName = 'demo' | 'national'

/** A unit plus what the generator needs: a seed and the province it belongs to. */
export interface MockUnit extends Unit {
  seed: number
  provinceCode: string
  depth: number
}

export interface Dataset {
  name: DatasetName
  rootId: string
  tree: UnitTree<MockUnit>
  units: MockUnit[]
}

export interface CompactUnits {
  provinces: Array<[code: string, fullName: string]>
  districts: Array<[code: string, fullName: string, provinceCode: string]>
  communes: Array<[code: string, fullName: string, districtCode: string]>
}

const COUNTRY_ID = 'VN'
const provinceId = (code: string) => `p${code}`
const districtId = (code: string) => `d${code}`
const communeId = (code: string) => `c${code}`
const departmentId = (provinceCode: string, suffix: string) => `p${provinceCode}-${suffix}`

/** Builds a dataset's units, parents before children; `withCountry` puts the country above the provinces. */
export function buildDataset(name: DatasetName, source: CompactUnits, withCountry: boolean): Dataset {
  const units: MockUnit[] = []
  const add = (
    id: string,
    code: string,
    unitName: string,
    kind: UnitKind,
    parentId: string | null,
    provinceCode: string,
    depth: number,
  ) => units.push({ id, code, name: unitName, kind, parentId, seed: seedOf(id), provinceCode, depth })

  const top = withCountry ? 1 : 0
  if (withCountry) add(COUNTRY_ID, 'VN', 'Việt Nam', 'country', null, '', 0)
  const districtsOf = new Map<string, CompactUnits['districts']>()
  for (const district of source.districts) {
    const list = districtsOf.get(district[2]) ?? []
    list.push(district)
    districtsOf.set(district[2], list)
  }
  const communesOf = new Map<string, CompactUnits['communes']>()
  for (const commune of source.communes) {
    const list = communesOf.get(commune[2]) ?? []
    list.push(commune)
    communesOf.set(commune[2], list)
  }
  for (const [code, fullName] of source.provinces) {
    const pid = provinceId(code)
    add(pid, code, fullName, 'province', withCountry ? COUNTRY_ID : null, code, top)
    for (const [suffix, depName] of departments as Array<[string, string]>) {
      add(departmentId(code, suffix), `${code}.${suffix}`, depName, 'department', pid, code, top + 1)
    }
    for (const [dcode, dname] of districtsOf.get(code) ?? []) {
      add(districtId(dcode), dcode, dname, 'district', pid, code, top + 1)
    }
    for (const [dcode] of districtsOf.get(code) ?? []) {
      for (const [ccode, cname] of communesOf.get(dcode) ?? []) {
        add(communeId(ccode), ccode, cname, 'commune', districtId(dcode), code, top + 2)
      }
    }
  }
  const rootId = withCountry ? COUNTRY_ID : provinceId(source.provinces[0]?.[0] ?? '')
  return { name, rootId, tree: buildUnitTree(units), units }
}

/** The API's view of a mock unit. */
export function toApiUnit(unit: MockUnit): Unit {
  return { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId }
}
