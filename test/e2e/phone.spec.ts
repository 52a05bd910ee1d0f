import { expect, test } from '@playwright/test'
import { openSignedIn } from './helpers'

test.use({ viewport: { width: 360, height: 780 } })

// Each screen's last section to render: measure once it is there.
const SCREENS = [
  ['overview', '.ranking__table'],
  ['targets', '[data-testid="heatmap"]'],
  ['lagging', '[data-testid="lagging-table"]'],
] as const

test('on a 360 px phone no screen scrolls sideways (tables scroll inside their box)', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  for (const [path, last] of SCREENS) {
    await page.goto(`/#/${path}?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate`)
    await expect(page.locator(last)).toBeVisible()
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }))
    expect(widths.page, path).toBeLessThanOrEqual(widths.view)
  }
})
