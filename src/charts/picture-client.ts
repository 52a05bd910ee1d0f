// The page's side of picture-worker.ts: one worker for every chart, started ahead of the first chart (by
// public/early.js for a signed-in start, else by prepareCharts), asked for SVG markup by id. Where a browser has no
// module workers or OffscreenCanvas, or the worker fails, `canDrawPictures()` turns false and charts are drawn live
// on the page instead.
import type { PictureSize } from './chart-svg'
import type { ChartRecipe } from './recipes'

export interface PictureRequest {
  id: number
  recipe: ChartRecipe
  size: PictureSize
}
export type PictureReply = { id: number; svg: string } | { id: number; error: string }

/** Where public/early.js leaves the worker it started, and the error it reported before the app listened. */
const EARLY_WORKER = '__tienDoPictureWorker'
type EarlyWindow = { [EARLY_WORKER]?: { worker: Worker; error: string | null } }

let worker: Worker | null = null
let isBroken = false
let lastId = 0
const pending = new Map<number, { resolve: (svg: string) => void; reject: (error: Error) => void }>()

export function canDrawPictures(): boolean {
  return !isBroken && typeof Worker === 'function' && typeof OffscreenCanvas === 'function'
}

function failAll(error: Error) {
  isBroken = true
  for (const { reject } of pending.values()) reject(error)
  pending.clear()
  worker?.terminate()
  worker = null
}

/** Starts the worker (it fetches and evaluates ECharts in the background); harmless to call again. */
export function startPictureWorker(): Worker | null {
  if (worker || !canDrawPictures()) return worker
  try {
    // The one public/early.js started for a signed-in start, once: a worker of its own after a failure.
    const early = (window as EarlyWindow)[EARLY_WORKER]
    delete (window as EarlyWindow)[EARLY_WORKER]
    if (early?.error) throw new Error(early.error)
    worker =
      early?.worker ??
      new Worker(new URL('./picture-worker.ts', import.meta.url), { type: 'module', name: 'chart-pictures' })
  } catch (error) {
    failAll(error instanceof Error ? error : new Error(String(error)))
    return null
  }
  worker.addEventListener('message', (event: MessageEvent<PictureReply>) => {
    const reply = event.data
    const waiting = pending.get(reply.id)
    if (!waiting) return
    pending.delete(reply.id)
    if ('svg' in reply) waiting.resolve(reply.svg)
    else waiting.reject(new Error(reply.error))
  })
  worker.addEventListener('error', (event) => failAll(new Error(event.message || 'chart picture worker failed')))
  return worker
}

/** SVG markup of the recipe at `size`, drawn in the worker. Rejects if the worker cannot draw it. */
export function requestPicture(recipe: ChartRecipe, size: PictureSize): Promise<string> {
  const target = startPictureWorker()
  if (!target) return Promise.reject(new Error('no chart picture worker'))
  const id = (lastId += 1)
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    // A plain copy: Vue's reactive proxies cannot be cloned.
    target.postMessage({ id, recipe: JSON.parse(JSON.stringify(recipe)) as ChartRecipe, size } satisfies PictureRequest)
  })
}
