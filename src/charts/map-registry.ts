// The map chart, loaded only when a map is shown (boundaries are large and most views never need them).
import { MapChart } from 'echarts/charts'
import { VisualMapComponent } from 'echarts/components'
import { registerMap, use } from 'echarts/core'

use([MapChart, VisualMapComponent])

const registered = new Set<string>()

/** Fetches a boundary file once and registers it under its URL. */
export async function loadBoundaries(url: string, signal?: AbortSignal): Promise<string> {
  if (registered.has(url)) return url
  const response = await fetch(url, { signal })
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  registerMap(url, await response.json())
  registered.add(url)
  return url
}
