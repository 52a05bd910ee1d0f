// The service index's and the weekly view's whole-view files, downloaded as the office would: a figure in each
// against the test's own computation from the API's rows, and the PPTX and PDF rendered with nothing off a page.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { readSheet } from 'read-excel-file/node'
import { api, openSignedIn, sum, type Row } from './helpers'
import { officeToPdf, pagePictures, pdfPages, wordsOutOfPlace } from './render'
import { readSlides } from '../export/pptx-read'

async function exportFile(page: Page, item: string, menu: string | RegExp = 'Xuất số liệu và báo cáo') {
  await page.getByRole('button', { name: menu }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: item, exact: true }).click()
  const file = await download
  return { name: file.suggestedFilename(), path: (await file.path())! }
}

/** The rows under a sheet's header row (the one whose first cell is `firstHeader`). */
async function sheetRows(path: string, sheet: string, firstHeader: string) {
  const cells = await readSheet(path, sheet)
  return cells.slice(cells.findIndex((r) => r[0] === firstHeader) + 1)
}

/** Renders a PDF's pages to pictures and checks every word lies on its page, none over the footer. */
function checkPages(pdf: string, pictures: string) {
  pagePictures(pdf, pictures)
  const pages = pdfPages(pdf)
  pages.slice(1).forEach((p, i) =>
    expect(
      wordsOutOfPlace(p, 'Nguồn:').map((w) => w.text),
      `page ${i + 2}`,
    ).toEqual([]),
  )
  return pages
}

test('a leader who may not export sees no export menu on the index or the weekly view', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh', '/#/service-index')
  await expect(page.getByTestId('index-total')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Xuất/ })).toHaveCount(0)
  await page.goto('/#/weekly')
  await expect(page.locator('tr[data-unit]').first()).toBeVisible()
  await expect(page.getByRole('button', { name: /^Xuất/ })).toHaveCount(0)
})

test('the service index as XLSX, PPTX and PDF: the online group equals the rows, nothing off a page', async ({
  page,
}, info) => {
  test.setTimeout(240_000)
  await openSignedIn(page, 'vanphong', '/#/service-index')
  await expect(page.getByTestId('index-total')).toBeVisible()
  await expect(page.locator('#toolbar-metric')).toHaveCount(0) // the index scores every group: no metric to pick
  const query = new URL(page.url().replace('#/', '')).searchParams
  const [unit, from, to] = [query.get('unit'), query.get('from'), query.get('to')]
  const { rows } = await api<{ rows: Row[] }>(page, `/stats?unit=${unit}&depth=0&from=${from}&to=${to}`)

  const xlsx = await exportFile(page, 'Cả trang — bảng tính XLSX')
  const period = from === to ? from : `${from}_${to}` // one month named once
  expect(xlsx.name).toMatch(new RegExp(`^tien-do-dvctt_.+_chi-so-phuc-vu_${period}\\.xlsx$`))
  const groups = await sheetRows(xlsx.path, 'Điểm theo nhóm', 'Nhóm chỉ số')
  const online = groups.find((r) => r[0] === 'Dịch vụ công trực tuyến')!
  const rate = sum(rows, 'receivedOnline') / sum(rows, 'received')
  expect(online[4]).toBeCloseTo(rate, 10)
  expect(online[1]).toBeCloseTo(Math.round(Math.min(1, rate / 0.8) * 12 * 100) / 100, 10) // points of 12

  // The groups table alone, as CSV: every group, the rate in percent as the workbook has it.
  const csv = await exportFile(page, 'Bảng — CSV', 'Xuất bảng: Điểm theo nhóm chỉ số')
  expect(csv.name).toMatch(new RegExp(`_diem-theo-nhom_${period}\\.csv$`))
  const lines = readFileSync(csv.path, 'utf8').split('\r\n\r\n')[0]!.split('\r\n')
  expect(lines).toHaveLength(7) // the header and six groups, publicity said to be unmeasurable
  expect(lines.find((l) => l.startsWith('Dịch vụ công trực tuyến,'))!.split(',')[4]).toBe(
    String(Math.round(rate * 10000) / 100),
  )

  const pptx = await exportFile(page, 'Cả trang — trình chiếu PPTX')
  const slides = await readSlides(readFileSync(pptx.path))
  const rendered = checkPages(
    officeToPdf(pptx.path, pptx.name, info.outputPath('index-pptx')),
    info.outputPath('index-pptx', 'slide'),
  )
  expect(rendered).toHaveLength(slides.length)
  expect(rendered[1]!.text).toContain('không phải điểm chính thức')

  const pdf = await exportFile(page, 'Cả trang — tài liệu PDF (A4 ngang)')
  const pages = checkPages(pdf.path, info.outputPath('index-pdf', 'page'))
  expect(pages.every((p) => Math.round(p.width) === 842 && Math.round(p.height) === 595)).toBe(true)
})

test('the weekly view as XLSX, PPTX and PDF named after its week: the unit rate equals the weekly rows', async ({
  page,
}, info) => {
  test.setTimeout(240_000)
  await openSignedIn(page, 'vanphong', '/#/weekly')
  await expect(page.locator('tr[data-unit]').first()).toBeVisible()
  const meta = await api<{ lastWeek: string }>(page, '/meta')
  const unit = new URL(page.url().replace('#/', '')).searchParams.get('unit')
  const { rows } = await api<{ rows: Row[] }>(
    page,
    `/stats?unit=${unit}&depth=0&grain=week&from=${meta.lastWeek}&to=${meta.lastWeek}`,
  )

  const xlsx = await exportFile(page, 'Cả trang — bảng tính XLSX')
  expect(xlsx.name).toMatch(new RegExp(`_theo-doi-hang-tuan_${meta.lastWeek}\\.xlsx$`))
  const [own] = await sheetRows(xlsx.path, 'Toàn đơn vị', 'Đơn vị')
  expect(own![1]).toBeCloseTo(sum(rows, 'receivedOnline') / sum(rows, 'received'), 10)
  expect(own![6]).toBe(sum(rows, 'received'))
  await expect(page.locator('#toolbar-metric')).toHaveCount(1) // the weekly view reads the metric: it keeps it

  const csv = await exportFile(page, 'Bảng — CSV (Excel tiếng Việt)', /^Xuất bảng: /)
  expect(csv.name).toMatch(new RegExp(`_theo-doi-hang-tuan_${meta.lastWeek}\\.csv$`))

  const pptx = await exportFile(page, 'Cả trang — trình chiếu PPTX')
  const slides = await readSlides(readFileSync(pptx.path))
  const rendered = checkPages(
    officeToPdf(pptx.path, pptx.name, info.outputPath('weekly-pptx')),
    info.outputPath('weekly-pptx', 'slide'),
  )
  expect(rendered).toHaveLength(slides.length)

  const pdf = await exportFile(page, 'Cả trang — tài liệu PDF (A4 ngang)')
  expect(pdf.name).toMatch(new RegExp(`_${meta.lastWeek}\\.pdf$`))
  checkPages(pdf.path, info.outputPath('weekly-pdf', 'page'))
})
