// A small unit list for the importer's tests: a province in scope, a neighbour outside it, and names that
// repeat (two "Xã Tân Hòa" in different districts; "Cao Lãnh" a city and a district).
import type { ImportScope } from '../../../src/domain/imports/types'
import type { UnitLike } from '../../../src/domain/units'

export const UNITS: UnitLike[] = [
  { id: 'p87', code: '87', name: 'Tỉnh Đồng Tháp', kind: 'province', parentId: null, validTo: '2025-06' },
  { id: 'p87-stp', code: '87.stp', name: 'Sở Tư pháp', kind: 'department', parentId: 'p87', validTo: '2025-06' },
  { id: 'd874', code: '874', name: 'Huyện Thanh Bình', kind: 'district', parentId: 'p87', validTo: '2025-06' },
  { id: 'c30133', code: '30133', name: 'Xã Tân Quới', kind: 'commune', parentId: 'd874', validTo: '2025-06' },
  { id: 'c30136', code: '30136', name: 'Xã Tân Hòa', kind: 'commune', parentId: 'd874', validTo: '2025-06' },
  { id: 'd866', code: '866', name: 'Thành phố Cao Lãnh', kind: 'district', parentId: 'p87', validTo: '2025-06' },
  { id: 'c29869', code: '29869', name: 'Phường 1', kind: 'commune', parentId: 'd866', validTo: '2025-06' },
  { id: 'd870', code: '870', name: 'Huyện Cao Lãnh', kind: 'district', parentId: 'p87', validTo: '2025-06' },
  { id: 'c30000', code: '30000', name: 'Xã Tân Hòa', kind: 'commune', parentId: 'd870', validTo: '2025-06' },
  { id: 'p82', code: '82', name: 'Tỉnh Tiền Giang', kind: 'province', parentId: null, validTo: '2025-06' },
  { id: 'c28000', code: '28000', name: 'Xã Mỹ Phong', kind: 'commune', parentId: 'p82', validTo: '2025-06' },
  { id: 'p2025-82', code: '82', name: 'Tỉnh Đồng Tháp', kind: 'province', parentId: null, validFrom: '2025-07' },
  {
    id: 'c2025-30154',
    code: '30154',
    name: 'Xã Tân Long',
    kind: 'commune',
    parentId: 'p2025-82',
    validFrom: '2025-07',
  },
]

const parents = new Map(UNITS.map((u) => [u.id, u.parentId]))
const within = (id: string, root: string): boolean => {
  for (let at: string | null | undefined = id; at; at = parents.get(at)) if (at === root) return true
  return false
}

/** The units of a scope: the province (and its successor) for a province's staff. */
export function scopeOf(...roots: string[]): ImportScope {
  return { units: UNITS, isInScope: (id) => roots.some((root) => within(id, root)) }
}
