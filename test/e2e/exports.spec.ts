import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import JSZip from 'jszip'
import { readSheet } from 'read-excel-file/node'
import { api, openSignedIn, sum, viPercent, type Row } from './helpers'

const VIEW = '/#/overview?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate'
const TREND_MENU = 'Xuất biểu đồ: Diễn biến theo tháng — Tỷ lệ hồ sơ trực tuyến'

async function exportFile(page: Page, item: string, menu = 'Xuất số liệu và báo cáo') {
  await page.getByRole('button', { name: menu }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: item }).click()
  const file = await download
  return { name: file.suggestedFilename(), path: (await file.path())! }
}

async function communeRows(page: Page) {
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=1&from=2021-01&to=2021-06')
  const tanQuoi = rows.filter((r) => r.unitId === 'c30133')
  return { rows, tanQuoi: { received: sum(tanQuoi, 'received'), online: sum(tanQuoi, 'receivedOnline') } }
}

test('only users who may export see the export menu', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh', VIEW)
  await expect(page.locator('[data-metric="onlineRate"] [data-testid="kpi-value"]')).toHaveText(/%$/)
  await expect(page.getByRole('button', { name: 'Xuất số liệu và báo cáo' })).toHaveCount(0)
})

test('the whole view as XLSX: a cover sheet and real numbers equal to the API rows', async ({ page }) => {
  await openSignedIn(page, 'vanphong', VIEW)
  const { rows, tanQuoi } = await communeRows(page)
  const file = await exportFile(page, 'Cả trang — bảng tính XLSX')
  expect(file.name).toBe('tien-do-dvctt_thanh-binh_2021-01_2021-06.xlsx')

  const cover = await readSheet(file.path, 'Thông tin')
  expect(cover).toContainEqual(['Đơn vị', 'Huyện Thanh Bình'])
  expect(cover.find((r) => r[0] === 'Người xuất')?.[1]).toContain('vanphong')

  const ranking = await readSheet(file.path, 'Xếp hạng')
  expect(ranking[0]).toContain('Đơn vị')
  const row = ranking.find((r) => r[0] === 'Xã Tân Quới')!
  expect(row).toContain(tanQuoi.received)
  expect(row).toContain(tanQuoi.online)
  expect(row[1]).toBe('Cấp xã')
  expect(row[2]).toBeCloseTo(tanQuoi.online / tanQuoi.received, 10) // the rate is a real number, shown as %

  const kpis = await readSheet(file.path, 'Chỉ số chính')
  const online = kpis.find((r) => r[0] === 'Tỷ lệ hồ sơ trực tuyến')!
  expect(online[1]).toBeCloseTo(sum(rows, 'receivedOnline') / sum(rows, 'received'), 10)
  expect(online[3]).toBe('Chưa đạt')
  const months = await readSheet(file.path, 'Theo tháng')
  expect(months.length).toBe(13) // header + 12 months
})

test('the meeting pack as PPTX: 16:9 slides naming the unit, stating the finding, with native charts', async ({ page }) => {
  await openSignedIn(page, 'vanphong', VIEW)
  const { rows } = await communeRows(page)
  const file = await exportFile(page, 'Cả trang — trình chiếu PPTX')
  expect(file.name).toBe('tien-do-dvctt_thanh-binh_2021-01_2021-06.pptx')
  const zip = await JSZip.loadAsync(readFileSync(file.path))
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
  expect(slides.length).toBeGreaterThanOrEqual(5)
  const text = (await Promise.all(slides.map((n) => zip.file(n)!.async('string')))).join('\n')
  expect(text).toContain('Huyện Thanh Bình')
  const rate = viPercent(sum(rows, 'receivedOnline') / sum(rows, 'received'))
  expect(text).toContain(`Tỷ lệ hồ sơ trực tuyến ${rate} — chưa đạt chỉ tiêu 30,0%`)
  expect(Object.keys(zip.files).some((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toBe(true)
  const presentation = await zip.file('ppt/presentation.xml')!.async('string')
  expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/) // 13.33 × 7.5 in
})

test('the ranking as CSV opens in Excel with Vietnamese intact', async ({ page }) => {
  await openSignedIn(page, 'vanphong', VIEW)
  const { tanQuoi } = await communeRows(page)
  const file = await exportFile(page, 'Bảng xếp hạng — CSV')
  const bytes = readFileSync(file.path)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 BOM
  const line = bytes.toString('utf8').split('\r\n').find((l) => l.startsWith('Xã Tân Quới,'))!
  expect(line.split(',')).toContain(String(tanQuoi.online))
})

test('the trend chart as PNG: at least twice its size on screen, on white, with its title drawn in', async ({ page }) => {
  await openSignedIn(page, 'vanphong', VIEW)
  const box = (await page.locator('#trend-title ~ .base-chart-wrap .base-chart').boundingBox())!
  const file = await exportFile(page, 'Ảnh PNG (độ phân giải gấp đôi)', TREND_MENU)
  const png = readFileSync(file.path)
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(2 * box.width)
  expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(2 * box.height)
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo tệp' })).toContainText('.png')
})

test('the whole view as PDF: A4 landscape pages with Vietnamese text, page numbers and the source', async ({ page }) => {
  await openSignedIn(page, 'vanphong', VIEW)
  const { rows } = await communeRows(page)
  const file = await exportFile(page, 'Cả trang — tài liệu PDF (A4 ngang)')
  expect(file.name).toBe('tien-do-dvctt_thanh-binh_2021-01_2021-06.pdf')
  const text = execFileSync('pdftotext', ['-layout', file.path, '-'], { encoding: 'utf8' })
  expect(text).toContain('Huyện Thanh Bình')
  expect(text).toContain(`Tỷ lệ hồ sơ trực tuyến ${viPercent(sum(rows, 'receivedOnline') / sum(rows, 'received'))} — chưa đạt chỉ tiêu 30,0%`)
  expect(text).toContain('Xã Tân Quới')
  expect(text).toContain('Nguồn:')
  const info = execFileSync('pdfinfo', [file.path], { encoding: 'utf8' })
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
  expect(pages).toBeGreaterThanOrEqual(4)
  expect(text).toMatch(new RegExp(`${pages}\\s*/\\s*${pages}`)) // "5 / 5" on the last page
  expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/) // landscape
})

test('the tracker table as XLSX and the lagging list as CSV hold the same units and numbers as the screen', async ({ page }) => {
  await openSignedIn(page, 'vanphong', '/#/targets?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  const { tanQuoi } = await communeRows(page)
  const xlsx = await exportFile(page, 'Bảng — XLSX')
  expect(xlsx.name).toBe('tien-do-dvctt_thanh-binh_theo-doi-chi-tieu_2021-01_2021-06.xlsx')
  const sheet = await readSheet(xlsx.path, 'Theo dõi chỉ tiêu')
  expect(sheet).toHaveLength(14) // header + 13 communes
  const row = sheet.find((r) => r[0] === 'Xã Tân Quới')!
  expect(row).toContain(tanQuoi.received)
  expect(row[2]).toBeCloseTo(tanQuoi.online / tanQuoi.received, 10)

  await page.goto('/#/lagging?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  const count = Number((await page.getByTestId('lagging-count').textContent())!.replace(/\D/g, ''))
  const csv = await exportFile(page, 'Bảng — CSV')
  const lines = readFileSync(csv.path, 'utf8').split('\r\n').filter(Boolean)
  expect(lines).toHaveLength(count + 1)
})

test('a long export shows that it is working and can be cancelled: then no file is offered', async ({ page, context }) => {
  await context.route(/\/pdf-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000)) // a slow line to the PDF writer
    await route.continue()
  })
  await openSignedIn(page, 'vanphong', VIEW)
  let downloads = 0
  page.on('download', () => downloads++)
  await page.getByRole('button', { name: 'Xuất số liệu và báo cáo' }).click()
  await page.getByRole('button', { name: 'Cả trang — tài liệu PDF (A4 ngang)' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đang tạo tệp…' })).toBeVisible()
  await page.getByRole('button', { name: 'Hủy' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã hủy, không tạo tệp.' })).toBeVisible()
  await page.waitForTimeout(2500) // past the delayed writer
  expect(downloads).toBe(0)
})

test('the trend chart as SVG: a vector picture with its title and legend as real text', async ({ page }) => {
  await openSignedIn(page, 'vanphong', VIEW)
  const file = await exportFile(page, 'Ảnh vector SVG', TREND_MENU)
  expect(file.name).toMatch(/\.svg$/)
  const svg = readFileSync(file.path, 'utf8')
  expect(svg.startsWith('<svg')).toBe(true)
  expect(svg).toContain('Diễn biến theo tháng — Tỷ lệ hồ sơ trực tuyến')
  expect(svg).toContain('Huyện Thanh Bình · Tháng 1/2021 – Tháng 6/2021')
  expect(svg).toContain('Trực tiếp tại bộ phận một cửa') // the legend, as text
  expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(12) // bars and lines drawn as vectors
})

test('every chart offers PNG and SVG: the ranking and the map too', async ({ page }) => {
  await openSignedIn(page, 'vanphong', '/#/overview?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  await page.getByRole('button', { name: 'Huyện, thị xã, thành phố' }).click()
  const ranking = await exportFile(page, 'Ảnh vector SVG', 'Xuất biểu đồ: Xếp hạng theo Tỷ lệ hồ sơ trực tuyến')
  expect(readFileSync(ranking.path, 'utf8')).toContain('Huyện Thanh Bình')
  await expect(page.getByTestId('map')).toBeVisible()
  const map = await exportFile(page, 'Ảnh PNG (độ phân giải gấp đôi)', 'Xuất biểu đồ: Bản đồ theo Tỷ lệ hồ sơ trực tuyến')
  expect(map.name).toBe('tien-do-dvctt_dong-thap_ban-do-theo-ty-le-ho-so-truc-tuyen_2021-01_2021-06.png')
  expect(readFileSync(map.path).subarray(1, 4).toString()).toBe('PNG')
})

test('the heat-map as XLSX: a commune a row, a month a column, monthly rates equal to the rows', async ({ page }) => {
  await openSignedIn(page, 'vanphong', '/#/targets?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=1&from=2020-07&to=2021-06')
  const file = await exportFile(page, 'Bảng — XLSX', 'Xuất bảng: Theo tháng — Tỷ lệ hồ sơ trực tuyến')
  const sheet = await readSheet(file.path, 'Theo tháng')
  expect(sheet).toHaveLength(14)
  expect(sheet[0]).toHaveLength(13)
  expect(sheet[0]![12]).toBe('Tháng 6/2021')
  const tanQuoi = sheet.find((r) => r[0] === 'Xã Tân Quới')!
  const june = rows.find((r) => r.unitId === 'c30133' && r.month === '2021-06')!
  expect(tanQuoi[12]).toBeCloseTo((june.receivedOnline as number) / (june.received as number), 10)
})

test('the province\'s meeting pack also holds the split by level and the map, as a picture', async ({ page }) => {
  await openSignedIn(page, 'vanphong', '/#/overview?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  await expect(page.getByTestId('map')).toBeVisible()
  const file = await exportFile(page, 'Cả trang — trình chiếu PPTX')
  const zip = await JSZip.loadAsync(readFileSync(file.path))
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
  const text = (await Promise.all(slides.map((n) => zip.file(n)!.async('string')))).join('\n')
  expect(text).toContain('Theo cấp tiếp nhận — Tỷ lệ hồ sơ trực tuyến')
  expect(text).toContain('Bộ phận một cửa cấp huyện')
  expect(text).toContain('Bản đồ theo Tỷ lệ hồ sơ trực tuyến')
  expect(Object.keys(zip.files).some((n) => /^ppt\/media\/.+\.png$/.test(n))).toBe(true)
})
