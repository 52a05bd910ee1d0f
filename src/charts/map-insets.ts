// Islands far off a province's coast — Côn Đảo off Hồ Chí Minh City, Hoàng Sa off Đà Nẵng, Bạch Long
// Vĩ off Hải Phòng — drawn where they lie leave most of the map open sea and the rest small: Hồ Chí Minh
// City's 167 other wards and communes took the top third of its picture. Such a region is moved beside
// the others, in a frame of its own (an inset, as printed maps of Vietnam show them). Done once to fetched
// boundaries (boundaries.ts), so that the map on screen, its picture in documents, that picture's size and
// the names written on it all see the same shapes.

import { boxOf, type Box } from './geo-box'

interface Feature {
  type?: string
  properties?: Record<string, unknown>
  geometry?: { type?: string; coordinates?: unknown }
}

/** A region is remote when the sea to its nearest neighbour is wider than this share of the other regions' extent. */
const REMOTE_GAP = 0.3
/** Room around an island inside its frame, as a share of the island's larger side. */
const FRAME_PADDING = 0.15
/** An island's larger side in its inset at most this share of the map's larger side (else drawn smaller). */
const INSET_SHARE = 0.35
/** A corner of the map is free for a frame when the regions' boxes cover at most this share of it. */
const FREE_CORNER = 0.15

/** The property that marks a frame drawn around a moved region (its code is `inset-frame-…`). */
export const INSET_PROPERTY = 'inset'

const union = (boxes: Box[]): Box => ({
  x0: Math.min(...boxes.map((b) => b.x0)),
  y0: Math.min(...boxes.map((b) => b.y0)),
  x1: Math.max(...boxes.map((b) => b.x1)),
  y1: Math.max(...boxes.map((b) => b.y1)),
})
const gapBetween = (a: Box, b: Box) =>
  Math.hypot(Math.max(0, b.x0 - a.x1, a.x0 - b.x1), Math.max(0, b.y0 - a.y1, a.y0 - b.y1))
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0))
const area = (b: Box) => (b.x1 - b.x0) * (b.y1 - b.y0)

/** The coordinates scaled by `scale` about the box's lower left corner, that corner moved to (x, y). */
function placed(node: unknown, box: Box, scale: number, x: number, y: number): unknown {
  if (!Array.isArray(node)) return node
  if (typeof node[0] === 'number' && typeof node[1] === 'number')
    return [x + (node[0] - box.x0) * scale, y + (node[1] - box.y0) * scale, ...node.slice(2)]
  return node.map((child) => placed(child, box, scale, x, y))
}

/**
 * The shapes with each remote region moved into a frame beside the others: in a corner of the others' box that
 * their regions leave free, else just right of it; smaller when it would be larger than INSET_SHARE of the map; the
 * frame added as a region of its own (first, so that the island is drawn over it). Shapes without a remote region
 * are returned as they are.
 */
export function withInsets(shapes: unknown): unknown {
  const features = (shapes as { features?: unknown })?.features
  if (!Array.isArray(features) || features.length < 3) return shapes
  const boxes = (features as Feature[]).map((feature) => boxOf(feature.geometry?.coordinates))
  const known = boxes.flatMap((box, i) => (box ? [{ box, i }] : []))
  const remote = known.filter(({ box, i }) => {
    const others = known.filter((other) => other.i !== i).map((other) => other.box)
    if (others.length < 2) return false
    const extent = union(others)
    const span = Math.max(extent.x1 - extent.x0, extent.y1 - extent.y0)
    return Math.min(...others.map((other) => gapBetween(box, other))) > REMOTE_GAP * span
  })
  if (remote.length === 0) return shapes
  const isRemote = new Set(remote.map((r) => r.i))
  const rest = known.filter((k) => !isRemote.has(k.i)).map((k) => k.box)
  let map = union(rest)
  const taken: Box[] = [...rest]
  const frames: Feature[] = []
  const out = [...(features as Feature[])]
  for (const { box, i } of remote) {
    // At the map's scale, unless the island would be larger than INSET_SHARE of the map: then smaller (Hoàng Sa's
    // islands spread wider than Đà Nẵng's land), as insets are.
    const side = Math.max(box.x1 - box.x0, box.y1 - box.y0)
    const scale = Math.min(1, (INSET_SHARE * Math.max(map.x1 - map.x0, map.y1 - map.y0)) / side)
    const pad = FRAME_PADDING * side * scale
    const [w, h] = [(box.x1 - box.x0) * scale + 2 * pad, (box.y1 - box.y0) * scale + 2 * pad]
    const corners: Box[] = [
      { x0: map.x0, y0: map.y0, x1: map.x0 + w, y1: map.y0 + h }, // bottom left
      { x0: map.x1 - w, y0: map.y0, x1: map.x1, y1: map.y0 + h }, // bottom right
      { x0: map.x0, y0: map.y1 - h, x1: map.x0 + w, y1: map.y1 }, // top left
      { x0: map.x1 - w, y0: map.y1 - h, x1: map.x1, y1: map.y1 }, // top right
    ]
    const covered = (frame: Box) => taken.reduce((sum, b) => sum + overlap(frame, b), 0) / area(frame)
    const best = corners.reduce((a, b) => (covered(b) < covered(a) ? b : a))
    const gap = 0.02 * Math.max(map.x1 - map.x0, map.y1 - map.y0)
    // In a corner only when the frame is at most three quarters of the map's width and height (an archipelago
    // larger than the land, Hoàng Sa off Đà Nẵng, goes beside it).
    const fits = w <= 0.75 * (map.x1 - map.x0) && h <= 0.75 * (map.y1 - map.y0)
    const frame =
      fits && covered(best) <= FREE_CORNER
        ? best
        : { x0: map.x1 + gap, y0: map.y0, x1: map.x1 + gap + w, y1: map.y0 + h }
    const feature = out[i]!
    out[i] = {
      ...feature,
      geometry: {
        ...feature.geometry,
        coordinates: placed(feature.geometry?.coordinates, box, scale, frame.x0 + pad, frame.y0 + pad),
      },
    }
    frames.push({
      type: 'Feature',
      properties: { code: `inset-frame-${frames.length + 1}`, [INSET_PROPERTY]: true },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [frame.x0, frame.y0],
            [frame.x1, frame.y0],
            [frame.x1, frame.y1],
            [frame.x0, frame.y1],
            [frame.x0, frame.y0],
          ],
        ],
      },
    })
    taken.push(frame)
    map = union([map, frame])
  }
  return { ...(shapes as object), features: [...frames, ...out] }
}

/** The codes of the frames withInsets drew (regions a map colours as nothing and names not). */
export function insetFrameCodes(shapes: unknown): string[] {
  const features = (shapes as { features?: unknown })?.features
  if (!Array.isArray(features)) return []
  return (features as Feature[]).flatMap((feature) =>
    feature.properties?.[INSET_PROPERTY] === true && typeof feature.properties.code === 'string'
      ? [feature.properties.code]
      : [],
  )
}
