// The line a view and its files carry about the reorganisation of units: the team's wording (src/i18n/vi.ts) with
// the month worked out here from the API's lineage, not from the app's own formatting.
import { expect, type Page } from '@playwright/test'
import { vi } from '../../src/i18n/vi'
import { api } from './helpers'

/** "Tháng 7/2025" for "2025-07", by hand. */
const monthWords = (month: string) => `Tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`

/** The month before `month` ("2025-06" for "2025-07"). */
function monthBefore(month: string) {
  const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))]
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`
}

/**
 * The structure line for a view showing the units `after` the reorganisation (from its first month) or `before` it
 * (up to its last month), the month read from the links between old and new units in `GET /units`.
 */
export async function structureNote(page: Page, kind: 'before' | 'after'): Promise<string> {
  const { lineage } = await api<{ lineage: Array<{ month: string }> }>(page, '/units')
  const months = [...new Set(lineage.map((link) => link.month))]
  expect(months).toHaveLength(1) // one reorganisation in the demo data: 2025-07
  const [first] = months as [string]
  return kind === 'after'
    ? vi.history.structureAfter.replace('{month}', monthWords(first))
    : vi.history.structureBefore.replace('{month}', monthWords(monthBefore(first)))
}
