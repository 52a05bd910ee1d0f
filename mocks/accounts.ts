// Demo accounts: they exist only in the mock code path, never in a build with mocks off.
import type { User } from '../src/api/contract'
import type { UnitKind } from '../src/domain/units'
import type { DatasetName } from './units'

export const DEMO_PASSWORD = 'demo'

export interface DemoAccount extends User {
  /** The dataset this account always signs into (otherwise the configured one). */
  dataset?: DatasetName
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'lanhdao.tinh',
    displayName: 'Nguyễn Văn An',
    role: 'province_leader',
    scopeUnitId: 'p87',
    canExport: false,
    canSetTargets: true,
  },
  {
    username: 'chutich.thanhbinh',
    displayName: 'Trần Thị Bình',
    role: 'district_chair',
    scopeUnitId: 'd874',
    canExport: false,
  },
  { username: 'vanphong', displayName: 'Lê Minh Châu', role: 'staff', scopeUnitId: 'p87', canExport: true },
  {
    username: 'trunguong',
    displayName: 'Phạm Quốc Dũng',
    role: 'province_leader',
    scopeUnitId: 'VN',
    canExport: false,
    canSetTargets: true,
    dataset: 'national',
  },
  // Uploads the province's one-door reports (issue 22); /tmp/ids.md gives it the new province's scope.
  {
    username: 'nhaplieu',
    displayName: 'Võ Thị Giang',
    role: 'staff',
    scopeUnitId: 'p87',
    canExport: true,
    canImport: true,
  },
]

/** What the sign-in page lists when mocks are on. */
export function demoAccountList(): Array<
  Pick<User, 'username' | 'displayName' | 'role'> & { password: string; scopeKind: UnitKind }
> {
  return DEMO_ACCOUNTS.map(({ username, displayName, role, scopeUnitId }) => ({
    username,
    displayName,
    role,
    password: DEMO_PASSWORD,
    scopeKind: scopeKindOf(scopeUnitId),
  }))
}

/** The demo scopes' kinds, from their ids (VN, p…, d…): the sign-in list is shown before any unit is loaded. */
function scopeKindOf(unitId: string): UnitKind {
  return unitId === 'VN' ? 'country' : unitId.startsWith('d') ? 'district' : 'province'
}
