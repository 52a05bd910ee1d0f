// The core journey. It runs twice: on the in-browser mock API, and on a build without mocks that
// talks over HTTP to `npm run mock:serve` — the app must work against any server following the contract.
import { expect, test } from '@playwright/test'
import { api, openSignedIn, sum, viPercent, type Row } from './helpers'

test('core journey: sign in, province overview, drill down to Thanh Bình, figures equal the rows', async ({ page }) => {
  // old Đồng Tháp in H1 2021 (three tiers, before the reform of 2025-07), as its leader sees it
  await openSignedIn(page, 'lanhdao.tinh', '/#/overview?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate')
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()
  await expect(page.locator('[data-metric="onlineRate"]').getByTestId('kpi-value')).toHaveText(/^\d+,\d%$/)

  await page.getByRole('button', { name: 'Huyện, thị xã, thành phố' }).click()
  await page.getByRole('link', { name: 'Xem chi tiết Huyện Thanh Bình' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Huyện Thanh Bình' })).toBeVisible()
  await page.getByLabel('Từ tháng').selectOption('2021-01')
  await page.getByLabel('Đến tháng').selectOption('2021-06')
  await expect(page).toHaveURL(/unit=d874&from=2021-01&to=2021-06/)

  const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=1&from=2021-01&to=2021-06')
  await expect(page.locator('[data-metric="onlineRate"]').getByTestId('kpi-value')).toHaveText(
    viPercent(sum(rows, 'receivedOnline') / sum(rows, 'received')),
  )
  await expect(page.locator('[data-tier="districtDesks"]')).toContainText('76.574')
})
