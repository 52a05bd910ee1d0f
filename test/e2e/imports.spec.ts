// Real data in the mocked build: a Biểu 06 sheet made here is imported and its figures are on the overview,
// then reverted and gone; a leader raises a target and the lagging list takes in a unit it did not hold.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { bieu06Cells, bieu06Title, type Bieu06Line } from '../domain/imports/bieu06-sheet'
import { cellsToXlsx } from '../domain/imports/bieu06-xlsx'
import { api, openSignedIn, sum, viCount, viPercent, type Row } from './helpers'

interface Unit {
  id: string
  name: string
  kind: string
  parentId: string | null
  validFrom?: string | null
  validTo?: string | null
}
const validAt = (unit: Unit, month: string) =>
  (!unit.validFrom || unit.validFrom <= month) && (!unit.validTo || month <= unit.validTo)
const card = (page: Page, metric: string) => page.locator(`[data-metric="${metric}"]`)
/** Moves within the app without reloading it: the mock API keeps what was imported in the page. */
const go = (page: Page, hash: string) => page.evaluate((to) => (location.hash = to), hash)

test('nhaplieu imports a Biểu 06 sheet, sees its figures on the overview, reverts, and they are gone', async ({
  page,
}) => {
  await openSignedIn(page, 'nhaplieu', '/#/import')
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập số liệu' })).toBeVisible()
  const { lastMonth: month } = await api<{ lastMonth: string }>(page, '/meta')
  const { units } = await api<{ units: Unit[] }>(page, '/units')
  // Two communes of one parent that exist in the month: the sheet names them under their parent's group row.
  const communes = units.filter((u) => u.kind === 'commune' && validAt(u, month))
  const parentId = communes.find((c) => communes.filter((o) => o.parentId === c.parentId).length >= 2)!.parentId!
  const [first, second] = communes.filter((c) => c.parentId === parentId)
  const lines: Bieu06Line[] = [
    {
      name: first!.name,
      online: 1234,
      direct: 766,
      carried: 17,
      early: 900,
      onTime: 850,
      late: 50,
      within: 70,
      overdue: 9,
    },
    {
      name: second!.name,
      online: 321,
      direct: 79,
      carried: 0,
      early: 100,
      onTime: 250,
      late: 4,
      within: 30,
      overdue: 2,
    },
  ]
  const parentName = units.find((u) => u.id === parentId)!.name
  const xlsx = await cellsToXlsx(bieu06Cells(lines, bieu06Title(month), parentName))
  const before = await api<{ rows: Row[] }>(page, `/stats?unit=${first!.id}&depth=0&from=${month}&to=${month}`)

  await page.getByLabel('Chọn tệp báo cáo (.xlsx, .csv)').setInputFiles({
    name: 'bieu06-thang.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(xlsx),
  })
  const preview = page.locator('.import-preview')
  await expect(preview.getByRole('heading', { name: 'Xem trước: bieu06-thang.xlsx' })).toBeVisible()
  await expect(preview.locator('[data-fact="accepted"] dd')).toHaveText('2')
  await expect(preview.locator('[data-fact="rejected"] dd')).toHaveText('0')
  await expect(preview).toContainText('Mọi dòng đều hợp lệ.')
  await preview.getByRole('button', { name: 'Nhập số liệu (2 dòng)' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập 2 dòng' })).toBeVisible()

  // The overview of the first commune for the month: the sheet's own numbers (new in the period).
  await go(page, `#/overview?unit=${first!.id}&from=${month}&to=${month}`)
  const received = lines[0]!.online + lines[0]!.direct
  await expect(card(page, 'received').getByTestId('kpi-value')).toHaveText(viCount(received))
  await expect(card(page, 'onlineRate').getByTestId('kpi-value')).toHaveText(viPercent(lines[0]!.online / received))
  const onTime = (lines[0]!.early + lines[0]!.onTime) / (lines[0]!.early + lines[0]!.onTime + lines[0]!.late)
  await expect(card(page, 'onTimeRate').getByTestId('kpi-value')).toHaveText(viPercent(onTime))
  // Biểu 06 has no ratings: satisfaction is not reported, never 0%.
  await expect(card(page, 'satisfactionRate').getByTestId('kpi-value')).not.toHaveText(/^0,0\s?%$/)
  // Not reported is not zero: the postal split (and so the desk) and the ratings say so, in words.
  await expect(card(page, 'received')).toContainText('bưu chính chưa báo cáo')
  await expect(card(page, 'received')).not.toContainText(/bưu chính 0\b/)
  await expect(card(page, 'satisfactionRate').getByTestId('kpi-value')).toHaveText('chưa báo cáo')
  await expect(card(page, 'satisfactionRate').getByTestId('data-quality-mark')).toHaveCount(0)
  // The parent: postal over the units whose rows report it, "N/M đơn vị" counted from the API's own rows.
  await go(page, `#/overview?unit=${parentId}&from=${month}&to=${month}`)
  const { rows: parentRows } = await api<{ rows: Row[] }>(
    page,
    `/stats?unit=${parentId}&depth=1&from=${month}&to=${month}`,
  )
  const unitsOf = (rows: Row[]) => new Set(rows.map((r) => r.unitId)).size
  const reporting = parentRows.filter((r) => r.receivedPostal !== undefined)
  const postal = viCount(sum(reporting, 'receivedPostal'))
  await expect(card(page, 'received')).toContainText(
    `bưu chính ${postal} (${unitsOf(reporting)}/${unitsOf(parentRows)} đơn vị)`,
  )

  await go(page, '#/import')
  const row = page.locator('tr', { hasText: 'bieu06-thang.xlsx' })
  await expect(row).toContainText('Đang dùng')
  await row.getByRole('button', { name: 'Hoàn tác lần nhập tệp bieu06-thang.xlsx' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Hoàn tác' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã hoàn tác' })).toBeVisible()
  await expect(row).toContainText('Đã hoàn tác lúc')

  await go(page, `#/overview?unit=${first!.id}&from=${month}&to=${month}`)
  const restored = sum(before.rows, 'received')
  expect(restored).not.toBe(received)
  await expect(card(page, 'received').getByTestId('kpi-value')).toHaveText(viCount(restored))
})

test('a leader raises the online-rate target and the lagging list takes in a unit that met the old one', async ({
  page,
}) => {
  await openSignedIn(page, 'lanhdao.tinh')
  const { lastMonth, rootUnitId: root } = await api<{ lastMonth: string; rootUnitId: string }>(page, '/meta')
  const year = Number(lastMonth.slice(0, 4))
  const range = `from=${year}-01&to=${lastMonth}`
  const { targets } = await api<{ targets: Array<{ unitId: string; onlineRate?: number }> }>(
    page,
    `/targets?year=${year}`,
  )
  const target = targets.find((t) => t.unitId === root)!.onlineRate!
  const { rows } = await api<{ rows: Row[] }>(page, `/stats?unit=${root}&depth=1&${range}`)
  const { units } = await api<{ units: Unit[] }>(page, '/units')
  // A child without a target of its own whose online rate over the year is above the target, below 100%.
  const rateOf = (id: string) => {
    const its = rows.filter((r) => r.unitId === id)
    return sum(its, 'receivedOnline') / sum(its, 'received')
  }
  const child = units.find(
    (u) =>
      u.parentId === root && !targets.some((t) => t.unitId === u.id) && rateOf(u.id) > target && rateOf(u.id) < 0.99,
  )!
  const laggingUrl = `#/lagging?unit=${root}&${range}&cmp=prev&metric=onlineRate`
  const level = { department: 'Sở, ban, ngành', district: 'Cấp huyện', commune: 'Cấp xã' }[child.kind]!
  const table = page.getByTestId('lagging-table')
  const levelPicker = page.getByRole('combobox', { name: 'Cấp', exact: true })
  /** The list's count over every level, then the rows of the child's level (absent when none of it lags). */
  const lagging = async () => {
    await go(page, laggingUrl)
    const count = Number((await page.getByTestId('lagging-count').textContent())!.replace(/\D/g, ''))
    const hasLevel = (await levelPicker.locator('option', { hasText: level }).count()) > 0
    if (hasLevel) await levelPicker.selectOption({ label: level })
    return { count, hasLevel }
  }
  const before = await lagging()
  if (before.hasLevel) await expect(table.locator(`[data-unit="${child.id}"]`)).toHaveCount(0)

  await go(page, `#/set-targets?year=${year}`)
  const rootName = units.find((u) => u.id === root)!.name
  await page.getByRole('button', { name: `Sửa chỉ tiêu của ${rootName}` }).click()
  await page.getByLabel('Tỷ lệ hồ sơ trực tuyến (%)', { exact: true }).fill('99')
  await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu chỉ tiêu' })).toBeVisible()
  await expect(page.locator(`tr[data-unit="${child.id}"]`)).toContainText(`Theo ${rootName}`)

  const after = await lagging()
  expect(after.count).toBeGreaterThan(before.count)
  expect(after.hasLevel).toBe(true)
  await expect(table.locator(`[data-unit="${child.id}"]`)).toHaveCount(1)
  await expect(table.locator(`[data-unit="${child.id}"]`)).toContainText('99,0%')
})

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
}

for (const width of [1366, 360]) {
  for (const language of ['vi', 'en'] as const) {
    test(`axe: the import preview and the target form — ${language}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.addInitScript((lang) => localStorage.setItem('tien-do-dvctt.locale', lang), language)
      const signInAs = async (username: string, hash: string) => {
        await page.goto('/')
        await page.locator('#username').fill(username)
        await page.locator('#password').fill('demo')
        await page.locator('form button[type=submit]').click()
        await page.waitForURL((url) => !url.hash.startsWith('#/sign-in'))
        await go(page, hash)
      }
      await signInAs('nhaplieu', '#/import')
      const { lastMonth: month } = await api<{ lastMonth: string }>(page, '/meta')
      const line = { online: 10, direct: 5, carried: 0, early: 5, onTime: 5, late: 0, within: 1, overdue: 0 }
      const xlsx = await cellsToXlsx(bieu06Cells([{ name: 'Xã Không Có', ...line }], bieu06Title(month)))
      const file = { name: 'a.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(xlsx) }
      await page.locator('input[type=file]').setInputFiles(file)
      await expect(page.locator('.import-preview table')).toBeVisible()
      expect(await seriousViolations(page), 'import').toEqual([])

      await page.evaluate(() => sessionStorage.clear())
      await signInAs('lanhdao.tinh', '#/set-targets')
      await page.locator('tr[data-unit] button').first().click()
      await expect(page.locator('form.target-form')).toBeVisible()
      expect(await seriousViolations(page), 'set-targets').toEqual([])
    })
  }
}
