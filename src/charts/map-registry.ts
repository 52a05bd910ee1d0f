// The map chart, loaded only when a map is drawn (boundaries are large and most views never need them).
import { MapChart } from 'echarts/charts'
import { MarkPointComponent, VisualMapComponent } from 'echarts/components'
import { registerMap, use } from 'echarts/core'
import type { Boundaries } from './boundaries'

// Mark points: the archipelagos named on the country's map.
use([MapChart, VisualMapComponent, MarkPointComponent])

const registered = new Set<string>()

/** Registers fetched boundaries with ECharts under their URL (once), the name a map option uses. */
export function registerBoundaries({ url, shapes }: Boundaries): string {
  if (!registered.has(url)) registerMap(url, shapes as Parameters<typeof registerMap>[1])
  registered.add(url)
  return url
}
