import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium-flags'

// E2E_PORT_OFFSET moves every port (several checkouts on one machine can run their tests at once).
const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0)
const MOCKED = 4173 + OFFSET
const REAL = 4174 + OFFSET
const API = 8787 + OFFSET

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    // The built app with the mock API in the browser (dist/ from `npm run build`).
    { name: 'mocked', testIgnore: /no-mocks-build/, use: { baseURL: `http://127.0.0.1:${MOCKED}/` } },
    // A build without any mock code, talking over HTTP to `npm run mock:serve` through a same-origin proxy.
    {
      name: 'real-api',
      testMatch: /(journey|no-mocks-build)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${REAL}/` },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${MOCKED} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${MOCKED}/config.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx tsx mocks/http-server.ts --port ${API}`,
      url: `http://127.0.0.1:${API}/api/v1/openapi.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command:
        `INCLUDE_MOCKS=false npx vite build --outDir dist-nomocks --emptyOutDir --logLevel warn` +
        ` && API_PROXY=http://127.0.0.1:${API} npx vite preview --outDir dist-nomocks` +
        ` --port ${REAL} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${REAL}/config.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
})
