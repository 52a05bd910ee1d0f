import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

// A build with INCLUDE_MOCKS=false leaves the mock API (and its demo accounts) out of dist/ entirely;
// the default build keeps it as a lazy chunk that config.json switches on.
const includeMocks = process.env.INCLUDE_MOCKS !== 'false'

/**
 * The Content-Security-Policy the built app runs under (no inline scripts, no eval). `vite preview`,
 * which the e2e tests drive, sends it; the README gives it for nginx; the built index.html carries it
 * as a meta tag (below). Styles may be inline (Vue style bindings, ECharts). An API on another origin
 * must be added to connect-src.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The policy as a meta tag in the built index.html, so that a static host that sends no header still
 * applies it. Without frame-ancestors, which a meta tag cannot carry (browsers ignore it, with a
 * warning). Build only: the dev server's hot reload is left as it is.
 */
function contentSecurityPolicyMeta(): Plugin {
  const content = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ')
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    // Written as is (no ' entities, so it reads like the header), after the charset, before anything it governs.
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*" \/>/
      if (!charset.test(html)) throw new Error('index.html: no <meta charset> for the CSP meta tag to follow')
      const meta = `<meta http-equiv="Content-Security-Policy" content="${content}" />`
      return html.replace(charset, (tag) => `${tag}\n    ${meta}`)
    },
  }
}

/** In a build without mocks: no service worker file, and a config.json that does not ask for mocks. */
function withoutMocks(): Plugin {
  let outDir = 'dist'
  return {
    name: 'without-mocks',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir
    },
    closeBundle() {
      for (const file of ['mockServiceWorker.js', 'mock-worker.js']) rmSync(join(outDir, file), { force: true })
      const configFile = join(outDir, 'config.json')
      const config = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>
      writeFileSync(configFile, `${JSON.stringify({ apiBaseUrl: config.apiBaseUrl, mocks: false }, null, 2)}\n`)
    },
  }
}

/**
 * The overview is where nearly every visit starts. Its code comes in two files — the framework and the
 * app's own first screen (layout, overview, what they share with the entry) — instead of fifteen small
 * chunks: over HTTP/1.1 (six connections) those queued behind each other and ahead of config.json and
 * the API. ECharts is not among them: the first screen's chart is a picture drawn in a worker (see
 * src/charts/picture-client.ts); the live charts' ECharts parts are one more chunk, loaded when a live
 * chart starts.
 */
const FIRST_SCREEN_GROUPS = [
  {
    name: 'framework',
    test: /[\\/]node_modules[\\/](@vue|vue|vue-router|pinia|@tanstack[\\/](vue-query|query-core)|vue-i18n|@intlify|zod)[\\/]/,
    priority: 3,
  },
  {
    // With the layout and the page, the few small pieces the page's panels (loaded after it) share with other
    // screens (2 KB), rather than six more chunks after it.
    name: 'overview',
    test: /[\\/]src[\\/](AppLayout\.vue|features[\\/]overview[\\/]OverviewPage\.vue|components[\\/](BaseDeferred|HistoryGapMark)\.vue|features[\\/]shared[\\/]table-export-menu\.ts|export[\\/]figures-table\.ts|charts[\\/]markup\.ts)$/,
    priority: 1,
  },
]
/**
 * The overview's panels below its first screen (ranking, lagging list, tier split, map), loaded after it: their own
 * modules in one chunk rather than one each (over HTTP/1.1 those queued ahead of the chart worker); what they share
 * with other screens stays out of it, so those screens do not load the panels.
 */
const OVERVIEW_PANELS_GROUP = {
  name: 'overview-panels',
  test: /[\\/]src[\\/]features[\\/]overview[\\/](Overview(Ranking|Lagging|Tiers|Map)\.vue|overview-panels\.ts|(ranking|lagging|map)-columns\.ts|tiers-table\.ts)/,
  priority: 0,
  includeDependenciesRecursively: false,
}
const LIVE_CHART_GROUP = { name: 'charts', test: /[\\/]src[\\/]charts[\\/]registry\.ts$/, priority: 2 }

/**
 * Names the chart-picture worker's file (src/charts/picture-worker.ts, hashed) on index.html's early.js, which starts
 * it for a signed-in start before the app's code runs (public/early.js).
 */
function namePictureWorker(): Plugin {
  return {
    name: 'name-picture-worker',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const worker = Object.values(context.bundle ?? {}).find((output) =>
          /(^|\/)picture-worker-[\w-]+\.js$/.test(output.fileName),
        )
        const tag = 'src="./early.js"'
        if (!worker) throw new Error('name-picture-worker: no picture-worker file in the bundle')
        if (!html.includes(tag)) throw new Error(`name-picture-worker: no ${tag} in index.html`)
        return html.replace(tag, `${tag} data-picture-worker="./${worker.fileName}"`)
      },
    },
  }
}

/**
 * V8's compile hint for a whole file (Chromium 136 on; other engines read a comment): its functions are compiled
 * as the file streams in, on a background thread, rather than each on its first call on the page's thread. Given to
 * the files whose code a signed-in start runs nearly all of (the entry, the first screen's two chunks) and to the
 * chart picture worker's (ECharts, compiled before its first picture is asked, not while the page waits for it).
 * The bench's cold load, medians of 15–20 loads: 519 → 475, 498 → 474, 570 → 547 ms (the reference page 336–379).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'
export function compileHints(chunkNames: readonly string[]): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    enforce: 'post',
    // After Vite's own additions (it prepends its list of preloaded dependencies): the hint must come first.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle))
          if (output.type === 'chunk' && (output.isEntry || chunkNames.includes(output.name)))
            output.code = COMPILE_HINT + output.code
      },
    },
  }
}

/** Preloads from index.html the first-screen chunks the entry does not import statically. */
function preloadFirstScreen(): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        return Object.values(context.bundle ?? {})
          .filter(
            (output) =>
              output.type === 'chunk' &&
              FIRST_SCREEN_GROUPS.some((group) => group.name === output.name) &&
              !html.includes(output.fileName),
          )
          .map((chunk) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
            injectTo: 'head' as const,
          }))
      },
    },
  }
}

export default defineConfig({
  base: './',
  plugins: [
    vue(),
    contentSecurityPolicyMeta(),
    preloadFirstScreen(),
    namePictureWorker(),
    compileHints(FIRST_SCREEN_GROUPS.map((group) => group.name)),
    ...(includeMocks ? [] : [withoutMocks()]),
  ],
  define: {
    __INCLUDE_MOCKS__: JSON.stringify(includeMocks),
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    // Messages go through src/i18n/compile-message.ts; vue-i18n's own compiler stays out of the bundle.
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
  },
  // The chart picture worker (a module worker, so built as one): its one file, ECharts' parts for a picture, is
  // compiled ahead (compileHints).
  worker: { format: 'es', plugins: () => [compileHints([])] },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [...FIRST_SCREEN_GROUPS, OVERVIEW_PANELS_GROUP, LIVE_CHART_GROUP] },
      },
    },
  },
  server: { port: 5173 },
  // API_PROXY=http://127.0.0.1:8787 serves the API same-origin, as a reverse proxy would in production.
  preview: {
    port: 4173,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    proxy: process.env.API_PROXY ? { '/api': process.env.API_PROXY } : undefined,
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
})
