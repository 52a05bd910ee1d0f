/// <reference lib="webworker" />
// Draws charts' first pictures off the page's thread: a cheap phone stays free to lay out and answer
// taps while ECharts (cold, its first time) works out axes and labels. See picture-client.ts.
import { setPlatformAPI } from 'echarts/core'
import { chartSvg } from './chart-svg'
import type { PictureReply, PictureRequest } from './picture-client'

// ECharts measures label text on a canvas; a worker has OffscreenCanvas, with the same fonts.
const measuring = new OffscreenCanvas(1, 1)
setPlatformAPI({ createCanvas: () => measuring as unknown as HTMLCanvasElement })

self.addEventListener('message', (event: MessageEvent<PictureRequest>) => {
  const { id, recipe, size } = event.data
  let reply: PictureReply
  try {
    reply = { id, svg: chartSvg(recipe, size) }
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(reply)
})
