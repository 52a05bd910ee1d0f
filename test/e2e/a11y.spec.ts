import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { scrollThrough } from './helpers'

// Each screen: its address, what shows once its figures are in, and what is drawn last (after scrolling
// through it, as rows and charts below the first screen are drawn when they come near).
const SCREENS = [
  [
    'overview',
    '/#/overview?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate',
    '#ranking-title',
    '.ranking__table',
  ],
  [
    'overview (province, map)',
    '/#/overview?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate',
    '#ranking-title',
    '[data-testid="map"]',
  ],
  [
    'tracker',
    '/#/targets?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate',
    // The heat-map's cells are drawn when near: on a phone it is more than a screen below the figures.
    '[data-testid="tracker-summary"]',
    '[data-testid="heatmap"]',
  ],
  [
    'service index',
    '/#/service-index?unit=p2025-82&from=2026-11&to=2026-11&cmp=prev&metric=onlineRate',
    '[data-testid="index-total"]',
    '[data-testid="resolution-chart"]',
  ],
  [
    'service index (week)',
    '/#/service-index?unit=p2025-82&from=2026-11&to=2026-11&cmp=prev&metric=onlineRate&week=2026-W48',
    '[data-testid="index-total"]',
    '[data-testid="resolution-chart"]',
  ],
  [
    'weekly',
    '/#/weekly?unit=p2025-82&from=2026-11&to=2026-11&cmp=prev&metric=onlineRate',
    '[data-testid="weekly-own"]',
    '.weekly__table',
  ],
  [
    'lagging',
    '/#/lagging?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate',
    '[data-testid="lagging-table"]',
    '[data-testid="lagging-table"]',
  ],
] as const

async function openWhole(page: Page, path: string, ready: string, last: string) {
  await page.goto(path)
  await expect(page.locator(ready)).toBeVisible()
  await scrollThrough(page)
  await expect(page.locator(last)).toBeVisible()
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
}

for (const width of [1366, 360]) {
  for (const language of ['vi', 'en'] as const) {
    test(`axe: no serious or critical violation on any screen — ${language}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto('/')
      if (language === 'en') {
        await page.evaluate(() => localStorage.setItem('tien-do-dvctt.locale', 'en'))
        await page.reload()
      }
      // the tab starts from its copy of the device's choices and then follows localStorage (device-preferences.ts)
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await expect(page.locator('#username')).toBeVisible()
      expect(await seriousViolations(page), 'sign-in').toEqual([])
      await page.locator('#username').fill('vanphong')
      await page.locator('#password').fill('demo')
      await page.locator('form button[type=submit]').click()
      await page.waitForURL((url) => !url.hash.startsWith('#/sign-in'))
      for (const [name, path, ready, last] of SCREENS) {
        await openWhole(page, path, ready, last)
        expect(await seriousViolations(page), name).toEqual([])
      }
    })
  }
}

test('axe: dark mode, the tables behind the charts, the folded phone toolbar and presentation mode', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.emulateMedia({ colorScheme: 'dark' }) // "Theo hệ thống" follows it
  await page.goto('/')
  await page.locator('#username').fill('vanphong')
  await page.locator('#password').fill('demo')
  await page.locator('form button[type=submit]').click()
  await page.waitForURL((url) => !url.hash.startsWith('#/sign-in'))
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  for (const [name, path, ready, last] of SCREENS) {
    await openWhole(page, path, ready, last)
    expect(await seriousViolations(page), `${name}, dark`).toEqual([])
  }
  // The province overview with every chart switched to its table.
  await openWhole(page, ...(SCREENS[1].slice(1) as [string, string, string]))
  for (const button of await page.getByRole('button', { name: 'Xem dạng bảng' }).all()) await button.click()
  expect(await seriousViolations(page), 'tables instead of charts, dark').toEqual([])
  await page.getByRole('button', { name: 'Trình chiếu' }).click()
  await expect(page.getByRole('button', { name: 'Dừng trình chiếu' })).toBeFocused()
  expect(await seriousViolations(page), 'presentation, dark').toEqual([])
  await page.keyboard.press('Escape')
  // A phone: the toolbar folded, then open.
  await page.setViewportSize({ width: 360, height: 780 })
  const fold = page.getByRole('button', { name: /Đổi đơn vị, kỳ, chỉ số/ })
  await expect(fold).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toBeHidden()
  await fold.click()
  await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toBeVisible()
  expect(await seriousViolations(page), 'phone toolbar open, dark').toEqual([])
})
