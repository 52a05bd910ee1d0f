// The lineage between the two structures (CONTRACT.md "Units over time"), and what each new unit takes over.
import type { LineageLink } from '../src/api/contract'
import {
  communeId,
  DEPARTMENTS,
  departmentId,
  districtId,
  newCommuneId,
  newDepartmentId,
  newProvinceId,
  provinceId,
  REFORM_MONTH,
} from './ids'
import type { CompactUnits2025, MockUnit } from './units'

/**
 * The lineage (the team's decisions, CONTRACT.md): each old province into its new province whole, each old department
 * into the new province's department of the same name whole, each mapping row (whole or part; an island district
 * into its special zone whole). Sets each new unit's sources: the old units whose dossiers it takes over, an old
 * commune that split counting 1/k in each of its k successors, and each old commune carrying its share of its
 * abolished district's own desk (the district's dossiers went to the communes), so a new province's volume
 * continues its predecessors'.
 */
export function linkVersions(after: CompactUnits2025, byId: Map<string, MockUnit>): LineageLink[] {
  const lineage: LineageLink[] = []
  const link = (from: string, to: string, share: 'whole' | 'part', weight: number) => {
    const source = byId.get(from)
    const target = byId.get(to)
    if (!source || !target) return
    lineage.push({ from, to, month: REFORM_MONTH, share })
    ;(target.sources ??= []).push({ unit: source, weight })
  }
  for (const [oldCode, newCode] of after.provinceMapping) {
    link(provinceId(oldCode), newProvinceId(newCode), 'whole', 1)
    for (const [suffix] of DEPARTMENTS)
      link(departmentId(oldCode, suffix), newDepartmentId(newCode, suffix), 'whole', 1)
  }
  const successors = new Map<string, number>()
  for (const [oldCode] of after.communeMapping) successors.set(oldCode, (successors.get(oldCode) ?? 0) + 1)
  const communesInDistrict = new Map<string, number>()
  for (const unit of byId.values())
    if (unit.kind === 'commune' && unit.validTo && unit.parentId)
      communesInDistrict.set(unit.parentId, (communesInDistrict.get(unit.parentId) ?? 0) + 1)
  for (const [oldCode, newCode, share, level] of after.communeMapping) {
    const to = newCommuneId(newCode)
    const weight = 1 / successors.get(oldCode)!
    if (level === 'd') {
      link(districtId(oldCode), to, 'whole', 1)
      continue
    }
    link(communeId(oldCode), to, share === 'w' ? 'whole' : 'part', weight)
    const district = byId.get(communeId(oldCode))?.parentId
    const target = byId.get(to)
    const desk = district ? byId.get(district) : undefined
    if (desk && target) target.sources!.push({ unit: desk, weight: weight / communesInDistrict.get(desk.id)! })
  }
  return lineage
}
