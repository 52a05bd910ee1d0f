// The bounding box of GeoJSON coordinates (a map's document size, its names' room, its insets).

export type Box = { x0: number; y0: number; x1: number; y1: number }

/** The bounding box of GeoJSON coordinates (nested to any depth), or null when they span no area. */
export function boxOf(coordinates: unknown): Box | null {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity }
  const visit = (node: unknown): void => {
    if (!Array.isArray(node)) return
    if (typeof node[0] === 'number' && typeof node[1] === 'number') {
      ;[box.x0, box.x1] = [Math.min(box.x0, node[0]), Math.max(box.x1, node[0])]
      ;[box.y0, box.y1] = [Math.min(box.y0, node[1]), Math.max(box.y1, node[1])]
      return
    }
    node.forEach(visit)
  }
  visit(coordinates)
  return box.x1 > box.x0 && box.y1 > box.y0 ? box : null
}
