// Failures are shown, bounded and quick: an error with a retry, never a request loop or a long wait.
import { expect, test, type Page } from '@playwright/test'
import { api, openSignedIn, sum, viPercent, withConfig, type Row } from './helpers'

const LAGGING = '/#/lagging?unit=p87&from=2021-01&to=2021-06&cmp=prev&metric=onlineRate'

/** Counts the page's requests of the API path `path` ("/stats"), from now on. */
function countRequests(page: Page, path: string) {
  const counter = { count: 0 }
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/api/v1${path}`) counter.count++
  })
  return counter
}

for (const fault of ['500', '403', 'malformed']) {
  test(
    `lagging page, /stats answering ${fault} on every request: the error with a retry shows,` +
      ' and at most a handful of requests go out in 10 s',
    async ({ page }) => {
      await withConfig(page, { mockFaults: `stats=${fault}` })
      const stats = countRequests(page, '/stats')
      await openSignedIn(page, 'lanhdao.tinh', LAGGING)
      const alert = page.getByRole('alert').filter({ hasText: 'Không tải được số liệu' })
      await expect(alert).toBeVisible()
      await expect(alert.getByRole('button', { name: 'Thử lại' })).toBeVisible()
      await page.waitForTimeout(10_000)
      await expect(alert).toBeVisible()
      await expect(page.getByText('Đang tải số liệu')).toHaveCount(0)
      // The first step's two requests (the demo province's sums over the period and over its baseline, grain=period),
      // and one retry of a 5xx each at most.
      expect(stats.count).toBeLessThanOrEqual(4)
    },
  )
}

test(
  'lagging page: after a 5xx failed twice (an attempt and its ' +
    'one retry), "Thử lại" loads the list once the server is back',
  async ({ page }) => {
    // Both requests of the first step (the period's and the baseline's sums) fail, each in its attempt and its retry.
    await withConfig(page, { mockFaults: 'stats=500*4' })
    await openSignedIn(page, 'lanhdao.tinh', LAGGING)
    const alert = page.getByRole('alert').filter({ hasText: 'Không tải được số liệu' })
    await expect(alert).toContainText('Máy chủ báo lỗi 500 (stats)')
    await alert.getByRole('button', { name: 'Thử lại' }).click()
    await expect(page.getByTestId('lagging-table')).toBeVisible()
    await expect(alert).toHaveCount(0)
  },
)

test('a hung /stats request shows its error within 20 s (one overall deadline, no retry of a timeout)', async ({
  page,
}) => {
  await withConfig(page, { mockFaults: 'stats=hang' })
  await openSignedIn(page, 'lanhdao.tinh', LAGGING)
  const started = Date.now()
  const alert = page.getByRole('alert').filter({ hasText: 'Không tải được số liệu' })
  await expect(alert).toContainText('Máy chủ không trả lời kịp (stats).', { timeout: 20_000 })
  expect(Date.now() - started).toBeLessThan(20_000)
})

test(
  '/me failing after a reload: the header says so with a retry where the menu was, ' +
    'the page keeps working, and "Thử lại" brings back the menu and the export',
  async ({ page }) => {
    await openSignedIn(page, 'vanphong', '/#/overview?unit=d874&from=2021-01&to=2021-06')
    await expect(page.getByRole('button', { name: 'Lê Minh Châu' })).toBeVisible()
    // From the reload on, /me fails twice (an attempt and its one retry), then answers again.
    await page
      .context()
      .route('**/config.json', (route) =>
        route.fulfill({ json: { apiBaseUrl: '/api/v1', mocks: true, mockDataset: 'demo', mockFaults: 'me=500*2' } }),
      )
    const me = countRequests(page, '/me')
    await page.reload()
    const header = page.getByRole('banner')
    const failed = header.getByRole('alert')
    await expect(failed).toHaveText(/Không tải được thông tin tài khoản\./)
    await expect(header.getByRole('button', { name: 'Lê Minh Châu' })).toHaveCount(0)
    const { rows } = await api<{ rows: Row[] }>(page, '/stats?unit=d874&depth=1&from=2021-01&to=2021-06')
    await expect(page.locator('[data-metric="onlineRate"] [data-testid="kpi-value"]')).toHaveText(
      viPercent(sum(rows, 'receivedOnline') / sum(rows, 'received')),
    )
    expect(me.count).toBe(2)
    await failed.getByRole('button', { name: 'Thử lại' }).click()
    await expect(header.getByRole('button', { name: 'Lê Minh Châu' })).toBeVisible()
    await expect(failed).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Xuất số liệu và báo cáo' })).toBeVisible()
  },
)
