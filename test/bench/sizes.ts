// What a browser downloads: the overview route's first load (JS + CSS, gzip) and each lazy piece on top.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

interface ManifestChunk {
  file: string
  css?: string[]
  assets?: string[]
  imports?: string[]
  dynamicImports?: string[]
  isEntry?: boolean
}
type Manifest = Record<string, ManifestChunk>

const readManifest = (outDir: string): Manifest =>
  JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest

/** gzip at level 9, as Vite's build report counts it. */
export const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length

/** The files a chunk needs before it runs: itself, its static imports, their CSS. */
function closure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) throw new Error(`No chunk ${key} in the manifest`)
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  keys.forEach(visit)
  return files
}

const total = (outDir: string, files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + gzipSize(join(outDir, file)), 0)

export interface SizeReport {
  initial: { bytes: number; files: number }
  lazy: Array<{ name: string; bytes: number }>
  /** Worker scripts (bundled whole, each on its own), started by the app's code. */
  workers: Array<{ name: string; bytes: number }>
}

/**
 * The first load: every script, preload and stylesheet index.html names, and what those import
 * statically; then every dynamically imported chunk beyond it (named by its source).
 */
export function sizeReport(outDir: string): SizeReport {
  const manifest = readManifest(outDir)
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const named = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]!))
  const keys = Object.entries(manifest)
    .filter(([, chunk]) => named.has(chunk.file))
    .map(([key]) => key)
  const initial = new Set([...named, ...closure(manifest, keys)])
  const lazyKeys = new Set(Object.values(manifest).flatMap((chunk) => chunk.dynamicImports ?? []))
  const lazy = [...lazyKeys]
    .filter((key) => !initial.has(manifest[key]!.file))
    .map((key) => {
      const extra = [...closure(manifest, [key])].filter((file) => !initial.has(file))
      return { name: key, bytes: total(outDir, extra) }
    })
  const workerFiles = new Set(
    Object.values(manifest)
      .flatMap((chunk) => chunk.assets ?? [])
      .filter((file) => file.endsWith('.js')),
  )
  const workers = [...workerFiles].map((file) => ({
    name: file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '.js'),
    bytes: gzipSize(join(outDir, file)),
  }))
  return {
    initial: { bytes: total(outDir, initial), files: initial.size },
    lazy: lazy.sort((a, b) => b.bytes - a.bytes),
    workers,
  }
}

/** A static file the app fetches on demand (map boundaries, the service worker), gzip. */
export function staticFileSize(outDir: string, path: string): number | null {
  try {
    statSync(join(outDir, path))
    return gzipSize(join(outDir, path))
  } catch {
    return null
  }
}
