import { expect, type Page } from '@playwright/test'

export const TOKEN_KEY = 'tien-do-dvctt.token'

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, username: string, password = 'demo') {
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
}

/** Opens the app at `path` and signs in (the guard sends us to the sign-in page first). */
export async function openSignedIn(page: Page, username: string, path = '/#/overview') {
  await page.goto(path)
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  await signIn(page, username)
  // signed in once the app has left the sign-in page (the token is stored by then)
  await page.waitForURL((url) => !url.hash.startsWith('#/sign-in'))
}

/** Asks the API directly (through the same mock service worker), with the page's token. */
export async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(
    async ({ path, key }) => {
      const response = await fetch(`/api/v1${path}`, {
        headers: { Authorization: `Bearer ${sessionStorage.getItem(key)}` },
      })
      if (!response.ok) throw new Error(`${path}: ${response.status}`)
      return response.json()
    },
    { path, key: TOKEN_KEY },
  )
}

interface Row {
  unitId: string
  month: string
  [field: string]: number | string | boolean
}

/** Sums a field over rows, independently of the app's code. */
export function sum(rows: Row[], field: string): number {
  return rows.reduce((total, row) => total + (row[field] as number), 0)
}

/** vi-VN percentage with one decimal, as a person reads it: "9,9%". */
export const viPercent = (ratio: number) =>
  new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio)

export const viCount = (value: number) => new Intl.NumberFormat('vi-VN').format(value)

/** Replaces config.json for this page and any other of its context (e.g. to inject faults into the mock API). */
export async function withConfig(page: Page, config: Record<string, unknown>) {
  // The context's route, not the page's: after a reload the page is the mock worker's, and the requests it passes
  // on are the worker's own (which only the context's routes see).
  await page
    .context()
    .route('**/config.json', (route) =>
      route.fulfill({ json: { apiBaseUrl: '/api/v1', mocks: true, mockDataset: 'demo', ...config } }),
    )
}

export type { Row }

/**
 * Scrolls down the whole page a screen at a time, as a reader would, then back to the top: every panel's
 * rows and charts are drawn when they come near (BaseDeferred), so a check of the whole page reads them.
 */
export async function scrollThrough(page: Page) {
  for (let y = 0; ;) {
    const { height, view } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      view: window.innerHeight,
    }))
    if (y >= height) break
    y += view / 2
    await page.evaluate((top) => window.scrollTo(0, top), y)
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  }
  await page.evaluate(() => window.scrollTo(0, 0))
}
