import { expect, test } from '@playwright/test'
import { openSignedIn } from './helpers'

test.use({ viewport: { width: 360, height: 780 } })

test('on a 360 px phone no screen scrolls sideways (tables scroll inside their box)', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  for (const path of ['overview', 'targets', 'lagging']) {
    await page.goto(`/#/${path}?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate`)
    await expect(page.locator('main table:visible').first()).toBeVisible()
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }))
    expect(widths.page, path).toBeLessThanOrEqual(widths.view)
  }
})
