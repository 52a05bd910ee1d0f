// A build made with INCLUDE_MOCKS=false carries no mock code, no demo accounts and no service worker.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openSignedIn } from './helpers'

const DIST = 'dist-nomocks'

test('the no-mocks build has no mock code, demo accounts or worker, and asks for no mocks', async ({ page }) => {
  const assets = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'))
  expect(assets.length).toBeGreaterThan(3)
  for (const file of assets) {
    const text = readFileSync(join(DIST, 'assets', file), 'utf8')
    for (const needle of ['lanhdao.tinh', 'chutich.thanhbinh', 'trunguong', 'setupWorker', 'mockServiceWorker']) {
      expect(text.includes(needle), `${file} contains ${needle}`).toBe(false)
    }
  }
  expect(readdirSync(DIST)).not.toContain('mockServiceWorker.js')
  expect(JSON.parse(readFileSync(join(DIST, 'config.json'), 'utf8'))).toMatchObject({ mocks: false })

  // and the page lists no demo accounts
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  await expect(page.getByText('Tài khoản dùng thử')).toHaveCount(0)
})

test('a signed-in start asks who, which months and which units once each, before the app\'s code has run', async ({ page }) => {
  await openSignedIn(page, 'lanhdao.tinh')
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()
  const asked: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (/\/api\/v1\/(me|meta|units)$/.test(path) || /\/assets\/framework-.*\.js$/.test(path)) asked.push(path.split('/').pop()!.replace(/-.*/, ''))
  })
  // the app's code arrives late, as on a slow phone
  await page.route(/\/assets\/framework-.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    asked.push('framework loaded')
    await route.continue()
  })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Tỉnh Đồng Tháp' })).toBeVisible()
  await expect(page.locator('[data-metric="onlineRate"]').getByTestId('kpi-value')).toHaveText(/^\d+,\d%$/)
  expect(asked.filter((a) => ['me', 'meta', 'units'].includes(a)).sort()).toEqual(['me', 'meta', 'units'])
  // asked by early.js while the code was still arriving
  expect(asked.indexOf('me')).toBeLessThan(asked.indexOf('framework loaded'))
})
