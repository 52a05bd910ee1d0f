import { expect, test, type Page } from '@playwright/test'
import { api, openSignedIn, sum, type Row } from './helpers'

// The index as the test computes it on its own from the API's rows (QĐ 766 weights; the full-points rates of
// src/domain/service-index-config.ts, restated here): full points at or above, in proportion below.
const GROUPS = {
  progress: { points: 20, target: 1 },
  online: { points: 12, target: 0.8 },
  onlinePayment: { points: 10, target: 0.8 },
  satisfaction: { points: 18, target: 1 },
  digitization: { points: 22, target: 0.8 },
} as const
type Group = keyof typeof GROUPS

/** The period's rows of a unit's whole subtree (depth=0: one row a period), stocks from the last one. */
function expectedPoints(rows: Row[]): Record<Group, number | null> {
  const last = rows[rows.length - 1]!
  const resolved = sum(rows, 'resolved')
  const pending = last.pending as number
  const rates: Record<Group, number | null> = {
    progress:
      (sum(rows, 'resolvedEarly') + sum(rows, 'resolvedOnTime') + pending - (last.pendingOverdue as number)) /
      (resolved + pending),
    online: sum(rows, 'receivedOnline') / sum(rows, 'received'),
    onlinePayment: sum(rows, 'feePaidOnline') / sum(rows, 'feeDossiers'),
    satisfaction:
      Math.max(0, resolved - sum(rows, 'ratedDissatisfied') - sum(rows, 'complaints') - sum(rows, 'resolvedLate')) /
      resolved,
    digitization: rows.every((r) => typeof r.digitizedAtIntake === 'number')
      ? sum(rows, 'digitizedAtIntake') / sum(rows, 'received')
      : null,
  }
  return Object.fromEntries(
    (Object.keys(GROUPS) as Group[]).map((g) => {
      const rate = rates[g]
      const { points, target } = GROUPS[g]
      return [g, rate === null ? null : rate >= target ? points : (points * rate) / target]
    }),
  ) as Record<Group, number | null>
}

const viScore = (value: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)

async function checkPoints(page: Page, rows: Row[]) {
  expect(rows.length).toBeGreaterThan(0)
  const expected = expectedPoints(rows)
  for (const [group, points] of Object.entries(expected)) {
    const cell = page.locator(`[data-group="${group}"] [data-column="points"]`)
    await expect(cell).toHaveText(points === null ? '—' : viScore(points))
  }
  await expect(page.locator('[data-group="publicity"]')).toContainText('Không đo được từ số liệu này')
  const scored = Object.entries(expected).filter(([, p]) => p !== null)
  const total = scored.reduce((s, [, p]) => s + p!, 0)
  const max = scored.reduce((s, [g]) => s + GROUPS[g as Group].points, 0)
  await expect(page.getByTestId('index-total')).toHaveText(`${viScore(total)} / ${max} điểm`)
  return { expected, total, max }
}

test('the index of the latest month equals an independent computation from the /stats rows', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh', '/#/service-index')
  await expect(page.getByRole('heading', { level: 1, name: /Chỉ số phục vụ/ })).toBeVisible()
  await expect(page.getByRole('note')).toContainText('không phải điểm chính thức')
  await page.waitForURL(/from=/)
  const query = new URL(page.url().replace('#/', '')).searchParams
  const [unit, from, to] = [query.get('unit'), query.get('from'), query.get('to')]
  const { rows } = await api<{ rows: Row[] }>(page, `/stats?unit=${unit}&depth=0&from=${from}&to=${to}`)
  const result = await checkPoints(page, rows)
  console.log(`index ${unit} ${from}…${to}:`, JSON.stringify(result))
})

test('the index of the latest week equals an independent computation from the weekly rows', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh', '/#/service-index')
  const meta = await api<{ lastWeek?: string; grains?: string[] }>(page, '/meta')
  expect(meta.grains).toContain('week')
  await page.getByRole('button', { name: 'Theo tuần' }).click()
  await page.waitForURL(new RegExp(`week=${meta.lastWeek}`))
  const unit = new URL(page.url().replace('#/', '')).searchParams.get('unit')
  const { rows } = await api<{ rows: Row[] }>(
    page,
    `/stats?unit=${unit}&depth=0&grain=week&from=${meta.lastWeek}&to=${meta.lastWeek}`,
  )
  const result = await checkPoints(page, rows)
  console.log(`index ${unit} ${meta.lastWeek}:`, JSON.stringify(result))
})
