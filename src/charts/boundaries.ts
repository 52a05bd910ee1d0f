// Boundary files (GeoJSON), fetched once per URL. Fetching needs no ECharts: a map's boundaries can
// arrive while the browser is idle, and ECharts be loaded only when the map is drawn (map-registry.ts).

export interface Boundaries {
  url: string
  shapes: unknown
}

const fetched = new Map<string, Promise<Boundaries>>()

export function fetchBoundaries(url: string, signal?: AbortSignal): Promise<Boundaries> {
  const known = fetched.get(url)
  if (known) return known
  const loading = fetch(url, { signal }).then(async (response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
    return { url, shapes: (await response.json()) as unknown }
  })
  fetched.set(url, loading)
  // A failed or abandoned fetch is not remembered: the next view asks again.
  loading.catch(() => fetched.delete(url))
  return loading
}

/**
 * The boundary file of a unit's children, relative to the app, or null where there is none: the provinces
 * (the country's view) and each province's districts (2024 units). Districts' communes have no file.
 */
export function childBoundaryPath(unit: { kind: string; code: string }): string | null {
  if (unit.kind === 'country') return 'geo/provinces-2024.json'
  if (unit.kind === 'province') return `geo/districts-2024-${unit.code}.json`
  return null
}
