import { keepsPictureHere } from './kept-pictures'
import { canDrawPictures, startPictureWorker } from './picture-client'

// Called when the signed-in frame mounts, while the page's data is on its way: the worker that draws charts'
// first pictures starts fetching and evaluating ECharts off the page's thread now, so that the first chart's
// picture does not wait for it. (Started in the browser's first idle moment, it began only after the first screen
// on a busy start: the bench's cold load to 'dashboard-ready', median of 14 loads, 744 ms; started here, 716 ms over
// 21 loads; Lighthouse's LCP the same, 2111–2116 ms.)
// On a signed-in start (a reload), public/early.js started it before the app's code ran, and it is taken here: the
// bench's cold load, medians of 24 loads, 588 → 539 ms (a worker's start waits for a free moment of the page's
// thread, and from here to the first screen there was none).
// Where there is no such worker, ECharts is evaluated on the page in an idle moment, ahead of the charts.
// Not on a reload that likely finds its first picture kept (kept-pictures.ts): the chart starts it when it needs it.
export function prepareCharts(): void {
  if (canDrawPictures() && keepsPictureHere()) return
  if (startPictureWorker() || typeof requestIdleCallback !== 'function') return
  requestIdleCallback(() => void import('./registry'), { timeout: 300 })
}
