// A small piece of the reform of 1 July 2025 (MOCK-DATA.md, "Through the reform"): old Đồng Tháp (87) and old
// Tiền Giang (82) to 2025-06, with districts and communes; from 2025-07 the new Đồng Tháp (code 82 again) with
// its communes directly under it. New Xã Tân Long = five old communes whole + part of Phú Thuận B (Hồng Ngự).
import type { LineageLinkLike } from '../../src/domain/lineage'
import type { UnitKind, UnitLike } from '../../src/domain/units'

const OLD = { validTo: '2025-06' }
const NEW = { validFrom: '2025-07' }

function unit(id: string, kind: UnitKind, name: string, parentId: string | null, validity = {}): UnitLike {
  return { id, code: id.replace(/\D/g, ''), name, kind, parentId, ...validity }
}

export const REFORM_UNITS: UnitLike[] = [
  unit('vn', 'country', 'Việt Nam', null),
  unit('p87', 'province', 'Tỉnh Đồng Tháp', 'vn', OLD),
  unit('d874', 'district', 'Huyện Thanh Bình', 'p87', OLD),
  unit('c30133', 'commune', 'Xã Tân Quới', 'd874', OLD),
  unit('c30136', 'commune', 'Xã Tân Hòa', 'd874', OLD),
  unit('c30139', 'commune', 'Xã Tân Huề', 'd874', OLD),
  unit('c30142', 'commune', 'Xã Tân Bình', 'd874', OLD),
  unit('c30154', 'commune', 'Xã Tân Long', 'd874', OLD),
  unit('d869', 'district', 'Thành phố Hồng Ngự', 'p87', OLD),
  unit('c30079', 'commune', 'Xã Phú Thuận B', 'd869', OLD),
  unit('p82-old', 'province', 'Tỉnh Tiền Giang', 'vn', OLD),
  unit('p82', 'province', 'Tỉnh Đồng Tháp', 'vn', NEW),
  unit('n30154', 'commune', 'Xã Tân Long', 'p82', NEW),
  unit('n30079', 'commune', 'Xã Thường Phước', 'p82', NEW),
]

const whole = (from: string, to: string): LineageLinkLike => ({ from, to, month: '2025-07', share: 'whole' })
const part = (from: string, to: string): LineageLinkLike => ({ from, to, month: '2025-07', share: 'part' })

export const REFORM_LINEAGE: LineageLinkLike[] = [
  whole('p87', 'p82'),
  whole('p82-old', 'p82'),
  ...['c30133', 'c30136', 'c30139', 'c30142', 'c30154'].map((from) => whole(from, 'n30154')),
  part('c30079', 'n30154'),
  part('c30079', 'n30079'),
]

/** The same units as a v1 server sends them: no validity at all. */
export const V1_UNITS: UnitLike[] = REFORM_UNITS.filter((u) => u.validFrom == null).map(
  ({ validFrom: _from, validTo: _to, ...rest }) => rest,
)
