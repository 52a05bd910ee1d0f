// A period across the reorganisation of 1 July 2025 on the new province's overview: the trend marks 2025-07,
// on screen and in the meeting pack; the files say which structure they show. Pictures kept for a person to
// look at (PICTURES_DIR).
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { expect, test, type Page } from '@playwright/test'
import { openSignedIn } from './helpers'
import { structureNote } from './structure-note'

const VIEW = '/#/overview?unit=p2025-82&from=2025-01&to=2025-12&cmp=prev&metric=onlineRate'
const MARKER = 'Sắp xếp đơn vị hành chính'
const PICTURES = process.env.PICTURES_DIR
if (PICTURES) mkdirSync(PICTURES, { recursive: true })

async function exportFile(page: Page, item: string) {
  await page.getByRole('button', { name: 'Xuất số liệu và báo cáo' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: item, exact: true }).click()
  return (await (await download).path())!
}

test('the trend marks July 2025 and the meeting pack says the structure', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await openSignedIn(page, 'vanphong', VIEW)
  const chart = page.getByTestId('trend-chart')
  await expect(chart).toHaveAccessibleName(new RegExp(`${MARKER}: Tháng 7/2025$`))
  await chart.scrollIntoViewIfNeeded()
  if (PICTURES) await page.screenshot({ path: `${PICTURES}/trend-1366.png` })

  const pptx = await JSZip.loadAsync(readFileSync(await exportFile(page, 'Cả trang — trình chiếu PPTX')))
  const slides = await Promise.all(
    Object.keys(pptx.files)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .map((n) => pptx.file(n)!.async('string')),
  )
  const structure = await structureNote(page, 'after') // a period to 2025-12: the new units, from Tháng 7/2025
  expect(slides.join('\n')).toContain(`<a:t>${structure}</a:t>`)
  expect(slides.some((xml) => xml.includes(`<a:t>${MARKER}</a:t>`) && xml.includes('graphicFrame'))).toBe(true)

  const pdf = await exportFile(page, 'Cả trang — tài liệu PDF (A4 ngang)')
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain(structure)
  if (PICTURES) {
    execFileSync('cp', [pdf, `${PICTURES}/overview.pdf`])
    execFileSync('cp', [await exportFile(page, 'Cả trang — trình chiếu PPTX'), `${PICTURES}/overview.pptx`])
  }
})

test('no mark where the period lies after the reorganisation', async ({ page }) => {
  await openSignedIn(page, 'vanphong', '/#/overview?unit=p2025-82&from=2025-09&to=2026-11&cmp=prev&metric=onlineRate')
  const chart = page.getByTestId('trend-chart')
  await expect(chart).toHaveAccessibleName(/Tháng 11\/2026/)
  await expect(chart).not.toHaveAccessibleName(new RegExp(MARKER))
})
