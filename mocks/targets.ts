// Yearly targets: every province the same (20%, 30%, 50% online), two district overrides in Đồng Tháp.
import type { Target } from '../src/api/contract'
import { yearTarget, indexTargets, TARGET_METRICS } from '../src/domain/targets'
import { subtreeOf } from '../src/domain/units'
import { withTargetEdits } from './target-edits'
import type { Dataset } from './units'

const PROVINCE_ONLINE: Record<number, number> = { 2020: 0.2, 2021: 0.3, 2022: 0.5 }
const DISTRICT_OVERRIDES: Target[] = [
  // Thành phố Cao Lãnh set itself a higher bar; Huyện Tân Hồng, a remote border district, a lower one
  { unitId: 'd866', year: 2021, onlineRate: 0.4 },
  { unitId: 'd866', year: 2022, onlineRate: 0.6 },
  { unitId: 'd869', year: 2021, onlineRate: 0.25 },
  { unitId: 'd869', year: 2022, onlineRate: 0.4 },
]

/** The generated targets of a year, with those set through PUT /targets. */
export function allTargets(dataset: Dataset, year: number): Target[] {
  return withTargetEdits(generatedTargets(dataset, year), year)
}

function generatedTargets(dataset: Dataset, year: number): Target[] {
  const online = PROVINCE_ONLINE[year]
  if (online === undefined) return []
  const provinces = dataset.units.filter((u) => u.kind === 'province')
  return [
    ...provinces.map((p) => ({ unitId: p.id, year, onlineRate: online, onTimeRate: 0.95, satisfactionRate: 0.9 })),
    ...DISTRICT_OVERRIDES.filter((t) => t.year === year && dataset.tree.byId.has(t.unitId)),
  ]
}

/**
 * The targets a user sees: those set inside the scope, and on the scope's root what it inherits
 * from above (the client cannot see the units above its scope, so the root carries their values).
 */
export function targetsFor(dataset: Dataset, scopeId: string, year: number): Target[] {
  const all = allTargets(dataset, year)
  const inScope = new Set(subtreeOf(dataset.tree, scopeId).map((u) => u.id))
  const index = indexTargets(all)
  const rootTarget: Target = { ...all.find((t) => t.unitId === scopeId), unitId: scopeId, year }
  let rootHasTarget = Object.keys(rootTarget).length > 2
  for (const metric of TARGET_METRICS) {
    const value = yearTarget(index, dataset.tree, scopeId, metric, year)
    if (value === null) continue
    rootTarget[metric] = value
    rootHasTarget = true
  }
  const below = all.filter((t) => t.unitId !== scopeId && inScope.has(t.unitId))
  return rootHasTarget ? [rootTarget, ...below] : below
}
