// The compile hint goes first in the first screen's files and the picture worker's, and nowhere else.
import { describe, expect, it } from 'vitest'
import { COMPILE_HINT, compileHints } from '../../vite.config'

interface FakeChunk {
  type: 'chunk'
  name: string
  isEntry: boolean
  code: string
}

function run(chunkNames: string[], chunks: FakeChunk[]) {
  const plugin = compileHints(chunkNames)
  const hook = plugin.generateBundle as { order: string; handler: (options: unknown, bundle: unknown) => void }
  const bundle = Object.fromEntries(chunks.map((chunk) => [`${chunk.name}.js`, chunk]))
  hook.handler.call({}, {}, bundle)
  return bundle
}

describe('compileHints', () => {
  it('puts the hint first in the entry and the named chunks, after what other plugins wrote', () => {
    const bundle = run(
      ['framework', 'overview'],
      [
        { type: 'chunk', name: 'index', isEntry: true, code: 'const __vite__mapDeps=1;import"./framework.js"' },
        { type: 'chunk', name: 'framework', isEntry: false, code: 'export const a=1' },
        { type: 'chunk', name: 'overview', isEntry: false, code: 'export const b=2' },
        { type: 'chunk', name: 'LaggingPage', isEntry: false, code: 'export const c=3' },
      ],
    )
    expect(bundle['index.js']!.code).toBe(`${COMPILE_HINT}const __vite__mapDeps=1;import"./framework.js"`)
    expect(bundle['framework.js']!.code.startsWith(COMPILE_HINT)).toBe(true)
    expect(bundle['overview.js']!.code.startsWith(COMPILE_HINT)).toBe(true)
    // a screen loaded on demand runs a part of its code: compiled as it is called
    expect(bundle['LaggingPage.js']!.code).toBe('export const c=3')
  })

  it("runs after the other plugins, in builds only; the worker's file is its entry", () => {
    const plugin = compileHints([])
    expect(plugin.apply).toBe('build')
    expect(plugin.enforce).toBe('post')
    expect((plugin.generateBundle as { order: string }).order).toBe('post')
    const bundle = run([], [{ type: 'chunk', name: 'picture-worker', isEntry: true, code: 'self.onmessage=null' }])
    expect(bundle['picture-worker.js']!.code).toBe(`${COMPILE_HINT}self.onmessage=null`)
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n')
  })
})
