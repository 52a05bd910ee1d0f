// The mock units' ids (the team's decisions): old units keep today's ids (p87, p87-STP, d874, c30133), the units of
// the two-tier structure from 2025-07 have their own namespace (p2025-82, p2025-82-STP, c2025-30154). Codes repeat
// across the two versions; ids never do.

import departments from './data/departments.json'

/** The provincial departments: [id suffix, name]. */
export const DEPARTMENTS = departments as Array<[string, string]>

/** The first month of the two-tier structure; the old units' last month is the one before. */
export const REFORM_MONTH = '2025-07'
export const LAST_OLD_MONTH = '2025-06'

export const COUNTRY_ID = 'VN'
export const provinceId = (code: string) => `p${code}`
export const districtId = (code: string) => `d${code}`
export const communeId = (code: string) => `c${code}`
export const departmentId = (provinceCode: string, suffix: string) => `p${provinceCode}-${suffix}`
export const newProvinceId = (code: string) => `p2025-${code}`
export const newCommuneId = (code: string) => `c2025-${code}`
export const newDepartmentId = (code: string, suffix: string) => `p2025-${code}-${suffix}`
