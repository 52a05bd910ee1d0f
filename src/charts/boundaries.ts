// Boundary files (GeoJSON), fetched once per URL. Fetching needs no ECharts: a map's boundaries can
// arrive while the browser is idle, and ECharts be loaded only when the map is drawn (map-registry.ts).
// Islands far off the coast are moved into insets as they arrive (map-insets.ts, loaded with them: not in the
// first screen's code).

export interface Boundaries {
  url: string
  shapes: unknown
  /** The codes of the insets' frames among the shapes (regions drawn as a line, never a unit). */
  frames: string[]
}

const fetched = new Map<string, Promise<Boundaries>>()

export function fetchBoundaries(url: string, signal?: AbortSignal): Promise<Boundaries> {
  const known = fetched.get(url)
  if (known) return known
  const insets = import('./map-insets')
  const loading = fetch(url, { signal }).then(async (response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
    const [{ withInsets, insetFrameCodes }, json] = await Promise.all([insets, response.json() as Promise<unknown>])
    const shapes = withInsets(json)
    return { url, shapes, frames: insetFrameCodes(shapes) }
  })
  fetched.set(url, loading)
  // A failed or abandoned fetch is not remembered: the next view asks again.
  loading.catch(() => fetched.delete(url))
  return loading
}

/** The new provinces (from 2025-07) whose communes have a boundary file (../shared/data/geo). */
const COMMUNES_2025 = new Set(['24', '79', '82'])

/**
 * The boundary file of a unit's children, relative to the app, or null where there is none. Before the reform of
 * 2025-07: the 63 provinces (the country's view) and each province's districts. After it (`isAfterReform`, the
 * view shows the new structure): the 34 provinces, and the communes of the new provinces that have a file.
 * A unit from 2025-07 on (validFrom) is of the new structure whatever the period.
 */
export function childBoundaryPath(
  unit: { kind: string; code: string; validFrom?: string | null | undefined },
  isAfterReform = false,
): string | null {
  const isNew = isAfterReform || unit.validFrom != null
  if (unit.kind === 'country') return isNew ? 'geo/provinces-2025.json' : 'geo/provinces-2024.json'
  if (unit.kind === 'province') {
    if (!isNew) return `geo/districts-2024-${unit.code}.json`
    return COMMUNES_2025.has(unit.code) ? `geo/communes-2025-${unit.code}.json` : null
  }
  return null
}
