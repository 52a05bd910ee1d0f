import { expect, test } from '@playwright/test'
import { api, openSignedIn, sum, viPercent, type Row } from './helpers'

type WeekRow = Row & { week: string }

/** A rate cell's text as a number (vi-VN: "87,35%" → 0.8735). */
const rateOf = (text: string) => Number(text.replace('%', '').replace(/\./g, '').replace(',', '.')) / 100

test("the weekly view's figures equal independent sums of the API's weekly rows", async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh', '/#/weekly')
  const meta = await api<{ lastWeek: string }>(page, '/meta')
  await expect(page.getByRole('heading', { level: 1, name: /Theo dõi hằng tuần/ })).toBeVisible()
  const unit = 'p2025-82'
  const weekRows = async (week: string) =>
    (await api<{ rows: WeekRow[] }>(page, `/stats?unit=${unit}&depth=1&grain=week&from=${week}&to=${week}`)).rows
  const [now, before] = await Promise.all([weekRows(meta.lastWeek), weekRows(addWeek(meta.lastWeek, -1))])
  expect(now.length).toBeGreaterThan(0)

  // The province as a whole: every row of the answer
  const own = page.getByTestId('weekly-own')
  const ownRate = sum(now, 'receivedOnline') / sum(now, 'received')
  expect(rateOf(await own.locator('[data-column="value"]').innerText())).toBeCloseTo(ownRate, 3)

  // Each department: its one row of the week
  const departments = now.filter((r) => r.unitId.startsWith(`${unit}-`))
  expect(departments.length).toBeGreaterThan(5)
  for (const row of departments) {
    const line = page.locator(`tr[data-unit="${row.unitId}"]`)
    const rate = (row.receivedOnline as number) / (row.received as number)
    expect(rateOf(await line.locator('[data-column="value"]').innerText()), row.unitId).toBeCloseTo(rate, 3)
    const previous = before.find((r) => r.unitId === row.unitId)!
    await expect(line.locator('[data-column="previous"]')).toHaveText(
      viPercent((previous.receivedOnline as number) / (previous.received as number)),
    )
    await expect(line.locator('[data-column="volume"]')).toHaveText(
      new Intl.NumberFormat('vi-VN').format(row.received as number),
    )
  }
})

test('the weekly view prints on one A4 page', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh', '/#/weekly')
  await expect(page.locator('tr[data-unit]').first()).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
  expect(pages).toHaveLength(1)
})

/** ISO week arithmetic of the test's own (Monday-based days). */
function addWeek(week: string, count: number): string {
  const [year, number] = [Number(week.slice(0, 4)), Number(week.slice(6))]
  const jan4 = Date.UTC(year, 0, 4)
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (number - 1 + count) * 7 * 86_400_000
  const thursday = new Date(monday + 3 * 86_400_000)
  const y = thursday.getUTCFullYear()
  const firstThursday = Date.UTC(y, 0, 4) - (((new Date(Date.UTC(y, 0, 4)).getUTCDay() + 6) % 7) - 3) * 86_400_000
  return `${y}-W${String(Math.round((thursday.getTime() - firstThursday) / (7 * 86_400_000)) + 1).padStart(2, '0')}`
}

test("the header names the weekly view's weeks, not the URL's month, and gives the months back after", async ({
  page,
}) => {
  await openSignedIn(page, 'lanhdao.tinh', '/#/weekly')
  const meta = await api<{ lastWeek: string; lastMonth: string }>(page, '/meta')
  const period = page.locator('.app-header__period')
  // "Tuần 48/2026 (…)": the week's number and year, worked out from /meta, not read from the page
  const [year, week] = [meta.lastWeek.slice(0, 4), Number(meta.lastWeek.slice(6))]
  await expect(period).toContainText(`Tuần ${week}/${year}`)
  await expect(period).not.toContainText('Tháng')
  await page.getByRole('link', { name: 'Tổng quan' }).click()
  const [y, m] = [meta.lastMonth.slice(0, 4), Number(meta.lastMonth.slice(5))]
  await expect(period).toContainText(`Tháng ${m}/${y}`)
})
