import { expect, test } from '@playwright/test'
import { openSignedIn } from './helpers'

test('presentation mode: one section at a time, large, the next every N seconds, any key stops it', async ({ page }) => {
  await page.clock.install()
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  await expect(page.getByTestId('map')).toBeVisible()
  const slides = page.locator('[data-slide]')

  await page.getByRole('combobox', { name: 'Tự chuyển phần sau mỗi' }).selectOption({ label: 'mỗi 10 giây' })
  const fontBefore = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
  await page.getByRole('button', { name: 'Trình chiếu' }).click()

  // Every section, those not yet scrolled to included: KPIs, trend, ranking, lagging, tiers, map.
  const count = 6
  await expect(slides).toHaveCount(count)
  const status = page.getByRole('status').filter({ hasText: 'Trình chiếu ·' })
  await expect(status).toContainText('(1/6)')
  await expect(page.getByRole('navigation', { name: 'Các màn hình' })).toBeHidden()
  await expect(slides.nth(0)).toBeVisible()
  for (let i = 1; i < count; i += 1) await expect(slides.nth(i)).toBeHidden()
  expect(parseFloat(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(parseFloat(fontBefore))

  await page.clock.runFor(10_000)
  await expect(status).toContainText('Diễn biến theo tháng')
  await expect(status).toContainText('(2/6)')
  await expect(slides.nth(0)).toBeHidden()
  await expect(slides.nth(1)).toBeVisible()
  await expect(slides.nth(1).getByTestId('trend-chart').locator('svg, canvas').first()).toBeVisible()

  // After the last section, the first again.
  await page.clock.runFor(10_000 * (count - 1))
  await expect(status).toContainText('(1/6)')

  await page.keyboard.press('Space')
  await expect(status).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Các màn hình' })).toBeVisible()
  for (let i = 0; i < count; i += 1) await expect(slides.nth(i)).toBeVisible()
})

test('the tracker and the lagging list present their sections too', async ({ page }) => {
  await page.clock.install()
  await openSignedIn(page, 'lanhdao.tinh', '/#/targets?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  for (const [path, ready] of [['targets', '[data-testid="heatmap"]'], ['lagging', '[data-testid="lagging-table"]']] as const) {
    await page.goto(`/#/${path}?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate`)
    await expect(page.locator(ready)).toBeVisible()
    const slides = page.locator('[data-slide]')
    await expect(slides).toHaveCount(2)
    await page.getByRole('button', { name: 'Trình chiếu' }).click()
    await expect(slides.nth(0)).toBeVisible()
    await expect(slides.nth(1)).toBeHidden()
    await page.clock.runFor(15_000)
    await expect(slides.nth(0)).toBeHidden()
    await expect(slides.nth(1)).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(slides.nth(0)).toBeVisible()
  }
})
