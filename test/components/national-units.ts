// A generated unit list at national scale (about 17,000 units: 63 old provinces, their departments, 700
// districts and 10,035 communes to 2025-06; 34 new provinces, their departments and 3,321 communes from
// 2025-07), with lineage, for measuring the unit picker. Names are made of common Vietnamese syllables.
import type { LineageLinkLike } from '../../src/domain/lineage'
import type { UnitLike } from '../../src/domain/units'

const SYLLABLES = ['An', 'Bình', 'Hòa', 'Tân', 'Long', 'Phú', 'Thuận', 'Mỹ', 'Thạnh', 'Hưng', 'Phước', 'Lợi']
const MORE = ['Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thành', 'Quới', 'Hiệp', 'Khánh', 'Định', 'Xuân', 'Điền']
const name = (i: number) =>
  `${SYLLABLES[i % SYLLABLES.length]} ${MORE[Math.floor(i / SYLLABLES.length) % MORE.length]}` +
  (i >= SYLLABLES.length * MORE.length ? ` ${Math.floor(i / (SYLLABLES.length * MORE.length))}` : '')
const DEPARTMENTS = 30

export function nationalUnits(): { units: UnitLike[]; lineage: LineageLinkLike[] } {
  const units: UnitLike[] = [{ id: 'VN', code: 'VN', name: 'Việt Nam', kind: 'country', parentId: null }]
  const lineage: LineageLinkLike[] = []
  const add = (id: string, kind: UnitLike['kind'], label: string, parentId: string, old: boolean) =>
    units.push({
      id,
      code: id,
      name: label,
      kind,
      parentId,
      ...(old ? { validTo: '2025-06' } : { validFrom: '2025-07' }),
    })
  const link = (from: string, to: string, share: 'whole' | 'part') =>
    lineage.push({ from, to, month: '2025-07', share })
  for (let p = 0; p < 34; p++) {
    add(`p2025-${p}`, 'province', `Tỉnh ${name(p)}`, 'VN', false)
    for (let d = 0; d < DEPARTMENTS; d++) add(`p2025-${p}-${d}`, 'department', `Sở ${name(d)}`, `p2025-${p}`, false)
  }
  for (let p = 0; p < 63; p++) {
    add(`p${p}`, 'province', `Tỉnh ${name(p + 7)}`, 'VN', true)
    link(`p${p}`, `p2025-${p % 34}`, 'whole')
    for (let d = 0; d < DEPARTMENTS; d++) {
      add(`p${p}-${d}`, 'department', `Sở ${name(d)}`, `p${p}`, true)
      link(`p${p}-${d}`, `p2025-${p % 34}-${d}`, 'whole')
    }
  }
  for (let d = 0; d < 700; d++) add(`d${d}`, 'district', `Huyện ${name(d)}`, `p${d % 63}`, true)
  for (let c = 0; c < 10035; c++) add(`c${c}`, 'commune', `Xã ${name(c)}`, `d${c % 700}`, true)
  for (let c = 0; c < 3321; c++) {
    add(`c2025-${c}`, 'commune', `Xã ${name(c * 3)}`, `p2025-${c % 34}`, false)
    for (let k = 0; k < 3; k++) link(`c${c * 3 + k}`, `c2025-${c}`, 'whole')
    link(`c${(c * 3 + 3) % 10035}`, `c2025-${c}`, 'part')
  }
  return { units, lineage }
}
