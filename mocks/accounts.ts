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
    // the leader of the new Đồng Tháp (82): sees old Tiền Giang and old Đồng Tháp through the lineage
    username: 'lanhdao.tinh',
    displayName: 'Nguyễn Văn An',
    role: 'province_leader',
    scopeUnitId: 'p2025-82',
    canExport: false,
    canSetTargets: true,
  },
  {
    // the chair of old Thanh Bình district (until 2025-06)
    username: 'chutich.thanhbinh',
    displayName: 'Trần Thị Bình',
    role: 'district_chair',
    scopeUnitId: 'd874',
    canExport: false,
  },
  { username: 'vanphong', displayName: 'Lê Minh Châu', role: 'staff', scopeUnitId: 'p2025-82', canExport: true },
  {
    username: 'trunguong',
    displayName: 'Phạm Quốc Dũng',
    role: 'province_leader',
    scopeUnitId: 'VN',
    canExport: false,
    canSetTargets: true,
    dataset: 'national',
  },
  {
    // the chair of the new Xã Tân Long (from 2025-07), with its predecessors' history
    username: 'chutich.tanlong',
    displayName: 'Võ Thị Hồng',
    role: 'commune_chair',
    scopeUnitId: 'c2025-30154',
    canExport: false,
  },
  {
    // uploads the one-door reports of the new Đồng Tháp
    username: 'nhaplieu',
    displayName: 'Đặng Thu Hà',
    role: 'staff',
    scopeUnitId: 'p2025-82',
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

/** The demo scopes' kinds, from their ids (VN, p…, d…, c…): the sign-in list is shown before any unit is loaded. */
function scopeKindOf(unitId: string): UnitKind {
  if (unitId === 'VN') return 'country'
  return unitId.startsWith('d') ? 'district' : unitId.startsWith('c') ? 'commune' : 'province'
}
