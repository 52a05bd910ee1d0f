// Builds and servers for the bench: the app (with and without mocks), the reference page, the mock API.
import { spawn, type ChildProcess } from 'node:child_process'
import { build, preview, type PreviewServer } from 'vite'
import { bundle } from '../../server/cli/bundle'
import { nodeArgumentsOf } from './npm-script'

export const BENCH_DIR = '.bench'
const VUE_FLAGS = {
  __VUE_OPTIONS_API__: 'false',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
}

/** The app as deployed: `INCLUDE_MOCKS=false` drops the mock API; a manifest says which chunk is which. */
export async function buildApp(outDir: string, includeMocks: boolean): Promise<void> {
  process.env.INCLUDE_MOCKS = String(includeMocks)
  await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir, emptyOutDir: true, manifest: true } })
  delete process.env.INCLUDE_MOCKS
}

export async function buildReference(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: 'test/bench/reference',
    base: './',
    logLevel: 'error',
    define: VUE_FLAGS,
    build: { outDir: `${process.cwd()}/${outDir}`, emptyOutDir: true, manifest: true, target: 'es2022' },
  })
}

/** Serves a built folder like `vite preview` does for the e2e tests (same CSP), `/api` proxied to `apiPort`. */
export async function serveBuild(
  outDir: string,
  port: number,
  apiPort: number,
  isReference = false,
): Promise<PreviewServer> {
  return preview({
    configFile: isReference ? false : 'vite.config.ts',
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', proxy: { '/api': `http://127.0.0.1:${apiPort}` } },
  })
}

/** The bundle `npm run mock:serve` runs, made once for the run (as its "premock:serve" does). */
let mockBundle: Promise<string> | null = null

/** `npm run mock:serve` as a child process (with its Node flags), ready when it answers. */
export async function startMockApi(port: number, dataset: 'demo' | 'national'): Promise<ChildProcess> {
  await (mockBundle ??= bundle('mock'))
  const child = spawn(
    process.execPath,
    [...nodeArgumentsOf('mock:serve'), '--port', String(port), '--dataset', dataset],
    {
      stdio: 'ignore',
    },
  )
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/openapi.json`)).ok) return child
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  child.kill()
  throw new Error(`The mock API on port ${port} did not start`)
}

export async function signIn(apiPort: number, username: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${apiPort}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  })
  if (!response.ok) throw new Error(`Sign-in of ${username}: HTTP ${response.status}`)
  return ((await response.json()) as { token: string }).token
}
