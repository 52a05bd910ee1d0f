// The size of a map's picture for documents: the shape's own proportions plus the legend's strip, so the
// picture carries no empty margins beside a tall province or above a wide one.
import { MAP_LEGEND_H } from './choropleth'
import { boxOf, type Box } from './geo-box'

type Size = { width: number; height: number }

/** ECharts draws a map's latitude at this share of longitude (its default `aspectScale`). */
const ASPECT_SCALE = 0.75
/** Two columns of the legend's words fit in this width. */
const MIN_WIDTH = 640

/** Longitude and latitude spans of GeoJSON shapes, or null when there are none. */
export function geoSpan(shapes: unknown): { lon: number; lat: number } | null {
  const features = (shapes as { features?: Array<{ geometry?: { coordinates?: unknown } }> })?.features ?? []
  const box = boxOf(features.map((feature) => feature.geometry?.coordinates))
  return box ? { lon: box.x1 - box.x0, lat: box.y1 - box.y0 } : null
}

/** The map at the height it has on screen (its width if the shape is wide), then its legend underneath. */
export function documentMapSize(shapes: unknown, box: Size): Size {
  const span = geoSpan(shapes)
  if (!span) return box
  const aspect = (span.lon * ASPECT_SCALE) / span.lat
  const margin = 16
  let mapH = box.height - MAP_LEGEND_H - margin
  let mapW = mapH * aspect
  if (mapW > box.width - margin) {
    mapW = box.width - margin
    mapH = mapW / aspect
  }
  return { width: Math.round(Math.max(MIN_WIDTH, mapW + margin)), height: Math.round(mapH + MAP_LEGEND_H + margin) }
}

/**
 * The codes of the regions whose names a document's map can carry without writing one over another: the largest
 * regions first, each name a box of its length at `fontPx` centred on its region, kept when it overlaps no name
 * kept before and stays inside the map (drawn `widthPx` wide). A crowded town's small communes stay unnamed; the
 * map's table names every unit.
 */
export function namedRegions(shapes: unknown, names: ReadonlyMap<string, string>, widthPx = 650, fontPx = 8) {
  const features =
    (shapes as { features?: Array<{ properties?: { code?: unknown }; geometry?: { coordinates?: unknown } }> })
      ?.features ?? []
  const regions = features.flatMap((feature) => {
    const code = feature.properties?.code
    const box = boxOf(feature.geometry?.coordinates)
    const name = typeof code === 'string' ? names.get(code) : undefined
    return box && name !== undefined ? [{ code: code as string, box, name }] : []
  })
  const whole = boxOf(
    regions.map((r) => [
      [r.box.x0, r.box.y0],
      [r.box.x1, r.box.y1],
    ]),
  )
  const out = new Set<string>()
  if (!whole) return out
  // Pixels per degree: longitude across the width; latitude drawn at ASPECT_SCALE's proportion (documentMapSize).
  const perLon = widthPx / (whole.x1 - whole.x0)
  const perLat = perLon / ASPECT_SCALE
  const area = (b: Box) => (b.x1 - b.x0) * (b.y1 - b.y0)
  const placed: Box[] = []
  for (const region of [...regions].sort((a, b) => area(b.box) - area(a.box))) {
    const cx = ((region.box.x0 + region.box.x1) / 2 - whole.x0) * perLon
    const cy = (whole.y1 - (region.box.y0 + region.box.y1) / 2) * perLat
    const [w, h] = [region.name.length * fontPx * 0.55 + 4, fontPx + 4]
    const label = { x0: cx - w / 2, x1: cx + w / 2, y0: cy - h / 2, y1: cy + h / 2 }
    if (label.x0 < 0 || label.x1 > widthPx) continue
    if (placed.some((p) => p.x0 < label.x1 && label.x0 < p.x1 && p.y0 < label.y1 && label.y0 < p.y1)) continue
    placed.push(label)
    out.add(region.code)
  }
  return out
}
