import { startPictureWorker } from './picture-client'

// Called when the browser is first idle: the worker that draws charts' first pictures starts fetching
// and evaluating ECharts off the page's thread, before the first chart asks. Where there is no such
// worker, ECharts is evaluated on the page now, ahead of the charts.
export async function prepareCharts(): Promise<void> {
  if (startPictureWorker()) return
  await import('./registry')
}
