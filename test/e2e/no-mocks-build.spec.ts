// A build made with INCLUDE_MOCKS=false carries no mock code, no demo accounts and no service worker.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

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
