// Across the reform of 1 July 2025 (issue 21): the new province's figures over 2025 are its own rows from July and its
// whole predecessors' before, added up here from the API's rows independently of the app; a new commune with a part
// predecessor says so, by name; a chair of an abolished district sees its years only. Runs on the in-browser mock
// and on the build without mocks against `mock:serve`.
import { expect, test, type Page } from '@playwright/test'
import { api, openSignedIn, sum, viCount, viPercent, type Row } from './helpers'

interface UnitsAnswer {
  units: Array<{ id: string; name: string; validFrom?: string | null; validTo?: string | null }>
  lineage: Array<{ from: string; to: string; month: string; share: 'whole' | 'part' }>
}

const card = (page: Page, metric: string) => page.locator(`[data-metric="${metric}"]`)

/** A unit's rows over a year, worked out here: its own from its first month, its whole predecessors' before. */
async function rowsThroughLineage(page: Page, unitId: string, year: number) {
  const { units, lineage } = await api<UnitsAnswer>(page, '/units')
  const unit = units.find((u) => u.id === unitId)!
  const first = unit.validFrom!
  const whole = lineage.filter((l) => l.to === unitId && l.share === 'whole').map((l) => l.from)
  const part = lineage.filter((l) => l.to === unitId && l.share === 'part').map((l) => l.from)
  const before = `${first.slice(0, 5)}${String(Number(first.slice(5)) - 1).padStart(2, '0')}`
  const own = await api<{ rows: Row[] }>(page, `/stats?unit=${unitId}&depth=0&from=${first}&to=${year}-12`)
  const theirs = await Promise.all(
    whole.map((id) => api<{ rows: Row[] }>(page, `/stats?unit=${id}&depth=0&from=${year}-01&to=${before}`)),
  )
  const nameOf = (id: string) => units.find((u) => u.id === id)?.name ?? id
  return { rows: [...own.rows, ...theirs.flatMap((answer) => answer.rows)], whole, part, nameOf, unit }
}

test('the leader lands on the new province in the latest month, on the structure after the reform', async ({
  page,
}) => {
  await openSignedIn(page, 'lanhdao.tinh')
  const meta = await api<{ lastMonth: string; rootUnitId: string }>(page, '/meta')
  await expect(page).toHaveURL(new RegExp(`unit=${meta.rootUnitId}&from=${meta.lastMonth}&to=${meta.lastMonth}`))
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()
  await expect(page.getByTestId('history-notes')).toContainText('Cơ cấu sau sắp xếp đơn vị hành chính')
  // after the reform: departments and communes, no district tier
  await expect(page.getByRole('button', { name: 'Huyện, thị xã, thành phố' })).toHaveCount(0)
})

test('the new province over 2025: KPIs equal the sum of its own rows and its former provinces’ rows', async ({
  page,
}) => {
  await openSignedIn(page, 'lanhdao.tinh')
  const { rows, whole, nameOf, unit } = await rowsThroughLineage(page, 'p2025-82', 2025)
  expect(whole.length).toBe(2) // old Đồng Tháp and old Tiền Giang, whole
  await page.goto(`/#/overview?unit=${unit.id}&from=2025-01&to=2025-12`)
  await expect(page.getByRole('heading', { level: 1, name: unit.name })).toBeVisible()

  const received = sum(rows, 'received')
  const onTime = (sum(rows, 'resolvedEarly') + sum(rows, 'resolvedOnTime')) / sum(rows, 'resolved')
  await expect(card(page, 'received').getByTestId('kpi-value')).toHaveText(viCount(received))
  await expect(card(page, 'onlineRate').getByTestId('kpi-value')).toHaveText(
    viPercent(sum(rows, 'receivedOnline') / received),
  )
  await expect(card(page, 'onTimeRate').getByTestId('kpi-value')).toHaveText(viPercent(onTime))
  const notes = page.getByTestId('history-notes')
  for (const id of whole) await expect(notes).toContainText(nameOf(id))
  // the former provinces as they were, one click away
  await page
    .getByRole('navigation', { name: 'Đơn vị hành chính' })
    .getByRole('link', { name: nameOf(whole[0]!) })
    .click()
  await expect(page).toHaveURL(new RegExp(`unit=${whole[0]}&from=2025-01&to=2025-06`))
  await expect(page.getByRole('button', { name: 'Huyện, thị xã, thành phố' })).toBeVisible()
})

test('the commune chair lands on Tân Long; over 2025 its history names Phú Thuận B as left out', async ({ page }) => {
  await openSignedIn(page, 'chutich.tanlong')
  await expect(page.getByRole('heading', { level: 1, name: 'Xã Tân Long' })).toBeVisible()
  await expect(page).toHaveURL(/unit=c2025-30154/)
  const { rows, part, nameOf } = await rowsThroughLineage(page, 'c2025-30154', 2025)
  expect(part.map(nameOf)).toContain('Xã Phú Thuận B')

  await page.goto('/#/overview?unit=c2025-30154&from=2025-01&to=2025-12')
  await expect(card(page, 'received').getByTestId('kpi-value')).toHaveText(viCount(sum(rows, 'received')))
  await expect(page.getByTestId('history-notes')).toContainText(
    'Lịch sử chưa đầy đủ: số liệu trước Tháng 7/2025 không gồm phần của Xã Phú Thuận B chuyển về.',
  )
})

test('the chair of old Thanh Bình sees 2020–2025 only, ending in June 2025', async ({ page }) => {
  await openSignedIn(page, 'chutich.thanhbinh')
  await expect(page.getByRole('heading', { level: 1, name: 'Huyện Thanh Bình' })).toBeVisible()
  await expect(page).toHaveURL(/unit=d874&from=2025-06&to=2025-06/)
  const months = await page
    .getByLabel('Từ tháng')
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
  // newest first
  expect([months[0], months[months.length - 1]]).toEqual(['2025-06', '2020-01'])
})
