import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { INSET_PROPERTY, insetFrameCodes, withInsets } from '../../src/charts/map-insets'
import { geoSpan } from '../../src/charts/map-size'

type Feature = {
  type: string
  properties: Record<string, unknown>
  geometry: { type: string; coordinates: number[][][] }
}
type Shapes = { type: string; features: Feature[] }

const square = (code: string, x: number, y: number, side = 1): Feature => ({
  type: 'Feature',
  properties: { code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + side, y],
        [x + side, y + side],
        [x, y + side],
        [x, y],
      ],
    ],
  },
})
const boxOf = (feature: Feature) => {
  const points = feature.geometry.coordinates.flat()
  const xs = points.map((p) => p[0]!)
  const ys = points.map((p) => p[1]!)
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }
}

describe('withInsets', () => {
  // An L-shaped land of three squares (its bottom right corner is sea) and an island 6° south of it.
  const land = [square('a', 0, 1, 1), square('b', 0, 0, 1), square('c', 1, 1, 1)]
  const island = square('island', 1.4, -6, 0.2)

  it('moves an island far off the coast into a frame in a free corner of the land, its shape and size kept', () => {
    const shapes = { type: 'FeatureCollection', features: [...land, island] }
    const out = withInsets(shapes) as Shapes
    expect(out.features).toHaveLength(5)
    const [frame, ...rest] = out.features
    expect(frame!.properties).toEqual({ code: 'inset-frame-1', [INSET_PROPERTY]: true })
    expect(rest.slice(0, 3)).toEqual(land) // the land as it was
    const moved = rest[3]!
    expect(moved.properties).toEqual({ code: 'island' })
    const [before, after, box] = [boxOf(island), boxOf(moved), boxOf(frame!)]
    expect(after.x1 - after.x0).toBeCloseTo(before.x1 - before.x0, 9)
    expect(after.y1 - after.y0).toBeCloseTo(before.y1 - before.y0, 9)
    // inside its frame, the frame in the land's free corner (bottom right: x 1…2, y 0…1)
    expect(after.x0).toBeGreaterThan(box.x0)
    expect(after.x1).toBeLessThan(box.x1)
    expect(after.y0).toBeGreaterThan(box.y0)
    expect(after.y1).toBeLessThan(box.y1)
    expect(box).toEqual({ x0: expect.closeTo(1.74, 9), y0: 0, x1: 2, y1: expect.closeTo(0.26, 9) })
    expect(geoSpan(out)).toEqual({ lon: 2, lat: 2 }) // the land's extent: no sea between it and the island
    expect(insetFrameCodes(out)).toEqual(['inset-frame-1'])
    expect(shapes.features[3]).toBe(island) // the fetched shapes are not changed
  })

  it('puts the frame beside the land when no corner is free', () => {
    const full = [square('a', 0, 0), square('b', 1, 0), square('c', 0, 1), square('d', 1, 1)]
    const out = withInsets({ type: 'FeatureCollection', features: [...full, island] }) as Shapes
    const frame = boxOf(out.features[0]!)
    expect(frame.x0).toBeGreaterThan(2) // right of the land
    expect(frame.y0).toBe(0) // level with its bottom
  })

  it('draws an island spread wider than a third of the land smaller in its inset (Hoàng Sa off Đà Nẵng)', () => {
    const wide = square('archipelago', 0, -8, 1.5) // 1.5° across, beside a land 2° across
    const out = withInsets({ type: 'FeatureCollection', features: [...land, wide] }) as Shapes
    const moved = boxOf(out.features.find((f) => f.properties.code === 'archipelago')!)
    expect(moved.x1 - moved.x0).toBeCloseTo(0.35 * 2, 9) // 35 % of the land's extent
    expect(moved.y1 - moved.y0).toBeCloseTo(0.35 * 2, 9)
    const frame = boxOf(out.features[0]!)
    expect(moved.x0).toBeGreaterThan(frame.x0)
    expect(moved.y1).toBeLessThan(frame.y1)
  })

  it('leaves shapes with no remote region as they are (an island near the coast stays where it is)', () => {
    const near = { type: 'FeatureCollection', features: [...land, square('near', 2.3, 1, 0.2)] }
    expect(withInsets(near)).toBe(near)
    expect(insetFrameCodes(near)).toEqual([])
    const tooFew = { features: [land[0], island] }
    expect(withInsets(tooFew)).toBe(tooFew)
    expect(withInsets(null)).toBe(null)
  })

  it("draws Hồ Chí Minh City's Côn Đảo in an inset: the city's map spans its mainland only", () => {
    const shapes = JSON.parse(readFileSync('public/geo/communes-2025-79.json', 'utf8')) as Shapes
    const before = geoSpan(shapes)!
    const out = withInsets(shapes) as Shapes
    expect(insetFrameCodes(out)).toEqual(['inset-frame-1'])
    const conDao = out.features.find((f) => f.properties.fullName === 'Đặc khu Côn Đảo')!
    const others = out.features.filter((f) => f !== conDao && f.properties[INSET_PROPERTY] !== true)
    const after = geoSpan(out)!
    expect(before.lat).toBeGreaterThan(2.5) // Côn Đảo lies ~1.6° south of the mainland
    // Côn Đảo's frame is in a corner the mainland leaves free (its top right, north of Bà Rịa's coast): the map
    // spans the mainland alone, no longer 1.6° of sea
    const mainland = geoSpan({ features: others })!
    expect(after.lat).toBeCloseTo(mainland.lat, 9)
    expect(after.lon).toBeCloseTo(mainland.lon, 9)
    // Côn Đảo inside its frame, and no other region in it
    const frame = boxOf(out.features[0]!)
    const corners = (f: Feature) => {
      const points = (f.geometry.coordinates as unknown as unknown[]).flat(3) as number[]
      const xs = points.filter((_, i) => i % 2 === 0)
      const ys = points.filter((_, i) => i % 2 === 1)
      return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }
    }
    const inside = (b: ReturnType<typeof corners>) =>
      b.x0 > frame.x0 && b.x1 < frame.x1 && b.y0 > frame.y0 && b.y1 < frame.y1
    expect(inside(corners(conDao))).toBe(true)
    const inFrame = others.filter((f) => {
      const b = corners(f)
      return b.x1 > frame.x0 && b.x0 < frame.x1 && b.y1 > frame.y0 && b.y0 < frame.y1
    })
    expect(inFrame).toEqual([])
  })
})
