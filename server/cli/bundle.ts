// `npm start`'s and `npm run mock:serve`'s first step (their "pre" scripts): the server's TypeScript, or the mock
// API's, bundled into one JavaScript file under .build/, which the script then runs with plain Node. The process that
// serves then carries no TypeScript loader: tsx's (`node --import tsx`) is a thread with a JavaScript heap of its own
// and the compiled sources, ~40–50 MB of RSS for nothing once started (QUALITY.md: RSS < 300 MB; national dataset,
// 20 clients: the server's peak on PGlite 283–302 → 232–253 MB, mock:serve's 261–265 → 220–224 MB).
// Packages stay where npm put them (imported from node_modules); only the project's own code is bundled, at every
// start (under a second), so the bundle is never older than the sources.
import { build } from 'esbuild'
import { cpSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Each bundle: its source, where package.json's script runs it from (dir/file; .build/ is ignored by git), and the
 * folders it reads beside itself at run time (the server's migrations, db/open.ts), copied there.
 */
export const BUNDLES: Record<'server' | 'mock', { source: string; dir: string; file: string; beside: string[] }> = {
  server: { source: 'server/main.ts', dir: '.build/server', file: 'main.mjs', beside: ['server/db/migrations'] },
  mock: { source: 'mocks/http-server.ts', dir: '.build/mock', file: 'http-server.mjs', beside: [] },
}

export type BundleName = keyof typeof BUNDLES

/** Bundles one entry point into `dir` (within the project, where its packages are found). Where the bundle is. */
export async function bundle(name: BundleName, dir: string = BUNDLES[name].dir): Promise<string> {
  const { source, file, beside } = BUNDLES[name]
  const out = join(dir, file)
  rmSync(dir, { recursive: true, force: true })
  await build({
    entryPoints: [source],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    banner: { js: `// Made from ${source} by server/cli/bundle.ts at each start: edit the sources, not this.` },
  })
  for (const folder of beside) cpSync(folder, join(dir, basename(folder)), { recursive: true })
  return out
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const name = process.argv[2]
  if (name !== 'server' && name !== 'mock') throw new Error('usage: tsx server/cli/bundle.ts server|mock')
  await bundle(name)
}
