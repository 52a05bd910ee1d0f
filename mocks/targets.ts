// Yearly targets: every province the same (MOCK-DATA "Datasets" and "Through the reform"), two district overrides
// in old Đồng Tháp. The old provinces carry them to 2025 (their last months), the new ones from 2025.
import type { Target } from '../src/api/contract'
import { isValidInYear } from '../src/domain/validity'
import { scopeOf } from './scope'
import { withTargetEdits } from './target-edits'
import type { Dataset } from './units'

/** The contract's Target with the v2 metrics (the app's schema reads what it knows). */
export type MockTarget = Target & {
  fullOnlineRate?: number
  onlinePaymentRate?: number
  digitizationRate?: number
}
type Metric = Exclude<keyof MockTarget, 'unitId' | 'year' | 'setBy' | 'setAt'>
const METRICS: readonly Metric[] = [
  'onlineRate',
  'onTimeRate',
  'satisfactionRate',
  'fullOnlineRate',
  'onlinePaymentRate',
  'digitizationRate',
]

/** Each province's targets by year (QĐ 1565/QĐ-TTg from 2025 on). */
const PROVINCE_TARGETS: Record<number, Omit<MockTarget, 'unitId' | 'year'>> = {
  2020: { onlineRate: 0.2, onTimeRate: 0.95, satisfactionRate: 0.9 },
  2021: { onlineRate: 0.3, onTimeRate: 0.95, satisfactionRate: 0.9 },
  2022: { onlineRate: 0.5, onTimeRate: 0.95, satisfactionRate: 0.9 },
  2023: { onlineRate: 0.6, onTimeRate: 0.95, satisfactionRate: 0.9 },
  2024: { onlineRate: 0.7, onTimeRate: 0.95, satisfactionRate: 0.9 },
  2025: { onlineRate: 0.8, onTimeRate: 0.95, satisfactionRate: 0.9, fullOnlineRate: 0.3, onlinePaymentRate: 0.5 },
  2026: {
    onlineRate: 0.85,
    onTimeRate: 0.95,
    satisfactionRate: 0.95,
    fullOnlineRate: 0.4,
    onlinePaymentRate: 0.6,
    digitizationRate: 0.8,
  },
}
const DISTRICT_OVERRIDES: MockTarget[] = [
  // Thành phố Cao Lãnh set itself a higher bar; Huyện Tân Hồng, a remote border district, a lower one
  { unitId: 'd866', year: 2021, onlineRate: 0.4 },
  { unitId: 'd866', year: 2022, onlineRate: 0.6 },
  { unitId: 'd869', year: 2021, onlineRate: 0.25 },
  { unitId: 'd869', year: 2022, onlineRate: 0.4 },
]

/** The generated targets of a year, with those set through PUT /targets. */
export function allTargets(dataset: Dataset, year: number): MockTarget[] {
  return withTargetEdits(generatedTargets(dataset, year), year)
}

function generatedTargets(dataset: Dataset, year: number): MockTarget[] {
  const values = PROVINCE_TARGETS[year]
  if (values === undefined) return []
  const provinces = dataset.units.filter((u) => u.kind === 'province' && isValidInYear(u, year))
  return [
    ...provinces.map((p) => ({ unitId: p.id, year, ...values })),
    ...DISTRICT_OVERRIDES.filter((t) => t.year === year && dataset.tree.byId.has(t.unitId)),
  ]
}

/**
 * The targets a user sees: those set inside the scope, and on the scope's root what it inherits from above
 * (the client cannot see the units above its scope, so the root carries their values).
 */
export function targetsFor(dataset: Dataset, scopeId: string, year: number): MockTarget[] {
  const all = allTargets(dataset, year)
  const byUnit = new Map(all.map((t) => [t.unitId, t]))
  const inScope = scopeOf(dataset, scopeId).ids
  const own = byUnit.get(scopeId)
  const rootTarget: MockTarget = {
    unitId: scopeId,
    year,
    ...(own?.setBy ? { setBy: own.setBy, setAt: own.setAt } : {}),
  }
  let rootHasTarget = false
  for (const metric of METRICS) {
    for (let unit = dataset.tree.byId.get(scopeId); unit; unit = dataset.tree.byId.get(unit.parentId ?? '')) {
      const value = byUnit.get(unit.id)?.[metric]
      if (value === undefined) continue
      rootTarget[metric] = value
      rootHasTarget = true
      break
    }
  }
  const below = all.filter((t) => t.unitId !== scopeId && inScope.has(t.unitId))
  return rootHasTarget ? [rootTarget, ...below] : below
}
