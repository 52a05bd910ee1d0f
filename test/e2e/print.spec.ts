import { expect, test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { api, openSignedIn, withConfig, type Row } from './helpers'

test('printing gives A4 landscape pages with every section and none of the controls', async ({ page }, testInfo) => {
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  await expect(page.getByTestId('map')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Các màn hình' })).toBeHidden()
  await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()

  const file = testInfo.outputPath('print.pdf')
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/) // landscape
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
  for (const section of [
    'Tỷ lệ hồ sơ trực tuyến',
    'Diễn biến theo tháng',
    'Xếp hạng theo',
    'Đơn vị trực thuộc chưa đạt chỉ tiêu',
    'Theo cấp tiếp nhận',
    'Bản đồ theo',
  ]) {
    expect(text, section).toContain(section)
  }
  expect(text).not.toContain('Chọn nhanh') // the toolbar is not printed
  // the tier split is printed, or (its rows not asked yet: never scrolled to) what to do instead; never "loading"
  expect(text).toMatch(/Bộ phận một cửa cấp huyện|Bảng này chưa tải xong khi in/)
  expect(text).not.toContain('Đang tải')
})

test('a table printed over several pages repeats its column names on each, with no filters on paper', async ({
  page,
}, testInfo) => {
  // The country's 63 provinces: the ranking table runs over several A4 pages.
  await openSignedIn(page, 'trunguong', '/#/overview?unit=VN&from=2022-01&to=2022-06&cmp=prev&metric=onlineRate')
  await expect(page.locator('.ranking__table tbody tr')).toHaveCount(63)
  await page.emulateMedia({ media: 'print' })
  for (const input of await page.locator('input, select').all()) await expect(input).toBeHidden()

  const file = testInfo.outputPath('ranking.pdf')
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
  const pageText = (n: number) =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' })
  const withRows = Array.from({ length: pages }, (_, i) => pageText(i + 1)).filter((text) =>
    /^\s*\d+\s+(Tỉnh|Thành phố) /m.test(text),
  )
  expect(withRows.length).toBeGreaterThan(1)
  for (const text of withRows) expect(text).toMatch(/Hạng[\s\S]*Đơn vị[\s\S]*Số hồ sơ/)
  // The first page carries the unit's heading and its figures, not a blank before a tall panel.
  expect(pageText(1)).toMatch(/Việt Nam[\s\S]*Tỷ lệ hồ sơ trực tuyến/)
  expect(withRows.join('\n')).not.toContain('Chỉ xếp hạng đơn vị có từ')
})

test('printing the national overview: every page carries content, none blank', async ({ page }, testInfo) => {
  await withConfig(page, { mockDataset: 'national' })
  await openSignedIn(page, 'trunguong', '/#/overview?unit=VN&from=2022-01&to=2022-06&cmp=prev&metric=onlineRate')
  await expect(page.locator('.ranking__table tbody tr')).toHaveCount(63)
  await page.emulateMedia({ media: 'print' })
  const file = testInfo.outputPath('national.pdf')
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
  expect(pages).toBeGreaterThan(2)
  for (let n = 1; n <= pages; n += 1) {
    const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' })
    // More than a heading alone: a page's figures, rows or map key.
    expect(text.replace(/\s+/g, ' ').trim().length, `page ${n} of ${pages}`).toBeGreaterThan(60)
  }
  // The ranking goes to paper as its table, every province in it, with a line that says so.
  const all = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
  expect(all).toContain('bảng dưới đây xếp hạng từng đơn vị')
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=VN&depth=1&from=2022-01&to=2022-01')
  const { units } = await api<{ units: Array<{ id: string; name: string }> }>(page, '/units')
  const names = new Map(units.map((u) => [u.id, u.name]))
  const provinces = new Set(rows.map((r) => r.unitId).filter((unit) => unit !== 'VN'))
  for (const id of provinces) expect(all).toContain(names.get(id)!)
})
