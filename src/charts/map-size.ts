// The size of a map's picture for documents: the shape's own proportions plus the legend's strip, so the
// picture carries no empty margins beside a tall province or above a wide one.
import { MAP_LEGEND_H } from './choropleth'

type Size = { width: number; height: number }

/** ECharts draws a map's latitude at this share of longitude (its default `aspectScale`). */
const ASPECT_SCALE = 0.75
/** Two columns of the legend's words fit in this width. */
const MIN_WIDTH = 640

/** Longitude and latitude spans of GeoJSON shapes, or null when there are none. */
export function geoSpan(shapes: unknown): { lon: number; lat: number } | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  const visit = (node: unknown): void => {
    if (!Array.isArray(node)) return
    if (typeof node[0] === 'number' && typeof node[1] === 'number') {
      ;[x0, x1, y0, y1] = [Math.min(x0, node[0]), Math.max(x1, node[0]), Math.min(y0, node[1]), Math.max(y1, node[1])]
      return
    }
    node.forEach(visit)
  }
  const features = (shapes as { features?: Array<{ geometry?: { coordinates?: unknown } }> })?.features ?? []
  for (const feature of features) visit(feature.geometry?.coordinates)
  return x1 > x0 && y1 > y0 ? { lon: x1 - x0, lat: y1 - y0 } : null
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
