// Every screen full, fitting and legible: what applies to the unit in view, in words a reader can place.
import { expect, test } from '@playwright/test'
import { openSignedIn } from './helpers'

test('the central account is named for the central level, on the sign-in list and in its menu', async ({ page }) => {
  await page.goto('/#/overview')
  const choice = page.getByRole('button', { name: /trunguong/ })
  await expect(choice).toContainText('Cấp trung ương')
  await expect(choice).not.toContainText('Lãnh đạo tỉnh')
  await openSignedIn(page, 'trunguong')
  await page.getByRole('button', { name: 'Phạm Quốc Dũng' }).click()
  await expect(page.getByText('Cấp trung ương · trunguong')).toBeVisible()
})
