// The built app: its files, a config.json that turns the mocks off, and index.html for any other page path.
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'

/** What the app reads at start (src/main.ts): the real API on this site, no mocks. */
export const RUNTIME_CONFIG = { apiBaseUrl: '/api/v1', mocks: false }

export function serveApp(app: Hono, distDir: string) {
  const index = readFileSync(join(distDir, 'index.html'), 'utf8')
  app.get('/config.json', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(RUNTIME_CONFIG)
  })
  // The mock worker (MSW's and the demo's wrapper around it) has no place in a site whose API is real.
  for (const file of ['/mockServiceWorker.js', '/mock-worker.js']) app.get(file, (c) => c.notFound())
  app.use(
    '/*',
    serveStatic({
      root: relative(process.cwd(), distDir) || '.',
      onFound: (path, c) => {
        // Hashed file names never change content: cache them for good; the rest is checked each time.
        c.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
      },
    }),
  )
  // Any other page path is the app's (history routes, should it use them): index.html.
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound()
    c.header('Cache-Control', 'no-cache')
    return c.html(index)
  })
}
