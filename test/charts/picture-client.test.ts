// @vitest-environment jsdom
// The page's side of the chart-picture worker: it takes the worker public/early.js started for a signed-in start
// (once), starts its own otherwise, and draws live charts (no pictures) when the early one failed before it listened.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChartRecipe } from '../../src/charts/recipes'

class FakeWorker extends EventTarget {
  static made: FakeWorker[] = []
  posted: unknown[] = []
  isTerminated = false
  constructor(readonly url: string | URL) {
    super()
    FakeWorker.made.push(this)
  }
  postMessage(message: unknown) {
    this.posted.push(message)
  }
  terminate() {
    this.isTerminated = true
  }
}

type EarlyWindow = { __tienDoPictureWorker?: { worker: FakeWorker; error: string | null } }
const early = window as EarlyWindow
const recipe = { kind: 'metric-trend' } as unknown as ChartRecipe
const size = { width: 600, height: 300 }

/** picture-client.ts afresh (its worker is the module's own). */
const client = () => import('../../src/charts/picture-client')

beforeEach(() => {
  vi.resetModules()
  FakeWorker.made = []
  vi.stubGlobal('Worker', FakeWorker)
  vi.stubGlobal('OffscreenCanvas', class {})
})
afterEach(() => {
  delete early.__tienDoPictureWorker
  vi.unstubAllGlobals()
})

describe('the chart-picture worker', () => {
  it('is the one early.js started, taken once: pictures are asked of it and its answers read', async () => {
    const started = new FakeWorker('early')
    early.__tienDoPictureWorker = { worker: started, error: null }
    const { startPictureWorker, requestPicture } = await client()
    expect(startPictureWorker()).toBe(started)
    expect(early.__tienDoPictureWorker).toBeUndefined()
    expect(startPictureWorker()).toBe(started)
    expect(FakeWorker.made).toEqual([started])

    const svg = requestPicture(recipe, size)
    const [request] = started.posted as Array<{ id: number; size: typeof size }>
    expect(request!.size).toEqual(size)
    started.dispatchEvent(new MessageEvent('message', { data: { id: request!.id, svg: '<svg/>' } }))
    await expect(svg).resolves.toBe('<svg/>')
  })

  it('is started by the app where early.js started none', async () => {
    const { startPictureWorker, canDrawPictures } = await client()
    const worker = startPictureWorker()
    expect(FakeWorker.made).toHaveLength(1)
    expect(worker).toBe(FakeWorker.made[0])
    expect(String(FakeWorker.made[0]!.url)).toMatch(/picture-worker/)
    expect(canDrawPictures()).toBe(true)
  })

  it('is none when the early one failed before the app listened: charts are drawn live', async () => {
    const started = new FakeWorker('early')
    early.__tienDoPictureWorker = { worker: started, error: 'script failed' }
    const { startPictureWorker, canDrawPictures, requestPicture } = await client()
    expect(startPictureWorker()).toBeNull()
    expect(canDrawPictures()).toBe(false)
    await expect(requestPicture(recipe, size)).rejects.toThrow()
    expect(FakeWorker.made).toEqual([started]) // no second worker
  })
})
