// Maps drawn by ECharts' SVG renderer from real boundary files (public/geo/), as documents and the screen show them:
// what is written and how the shapes are laid out, measured in the SVG.
import { readFileSync } from 'node:fs'
import { init } from 'echarts/core'
import { describe, expect, it } from 'vitest'
import { titledChartSvg } from '../../src/charts/chart-picture' // also the SVG renderer
import { choroplethOption, type ChoroplethItem } from '../../src/charts/choropleth'
import { withInsets } from '../../src/charts/map-insets'
import { registerBoundaries } from '../../src/charts/map-registry'
import { documentMapSize, geoSpan, namedRegions } from '../../src/charts/map-size'

type Shapes = { features: Array<{ properties: { code: string; fullName: string } }> }

const LEGEND = { met: 'Đạt', near: 'Gần đạt', far: 'Xa', none: 'Không có số liệu' }

/** A boundary file of public/geo/, registered with ECharts under a name of the test's own. */
function boundaries(file: string, name: string, { insets = false } = {}) {
  const read = JSON.parse(readFileSync(`public/geo/${file}.json`, 'utf8')) as unknown
  const shapes = (insets ? withInsets(read) : read) as Shapes
  return { shapes, map: registerBoundaries({ url: `test/${name}.json`, shapes } as never) }
}

/** Every region as a unit meeting its target, named `name(region)` (none: unnamed). */
const itemsOf = (shapes: Shapes, extra: (code: string) => Partial<ChoroplethItem> = () => ({})): ChoroplethItem[] =>
  shapes.features.map((f) => ({
    code: f.properties.code,
    id: f.properties.code,
    name: '',
    band: 'met',
    tooltip: '',
    ...extra(f.properties.code),
  }))

/** The map as a document's picture, at the size documentMapSize gives it in a 900 × 600 box. */
function documentPicture(shapes: Shapes, map: string, items: ChoroplethItem[]) {
  const size = documentMapSize(shapes, { width: 900, height: 600 })
  const option = choroplethOption({ map, legend: LEGEND, items, ariaDescription: '' })
  return { size, svg: titledChartSvg(option, size, { title: '', subtitle: '', source: '' }) }
}

/** Width and height of the regions' outlines (straight segments only: the legend's swatches have rounded corners). */
function drawnSize(svg: string) {
  const points = [...svg.matchAll(/<path d="(M[\d.\sMLZ-]+)"/g)].flatMap(([, d]) =>
    [...d!.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)] as const),
  )
  const span = (values: number[]) => Math.max(...values) - Math.min(...values)
  return { width: span(points.map(([x]) => x)), height: span(points.map(([, y]) => y)) }
}

/** A map's width over its height as ECharts draws it (a degree of longitude 0.75 × one of latitude). */
function geoAspect(shapes: unknown) {
  const { lon, lat } = geoSpan(shapes)!
  return (lon * 0.75) / lat
}

describe("a city's document map: the names written never cover one another", () => {
  // Hồ Chí Minh City after the reform (public/geo/communes-2025-79.json): 168 wards and communes, the wards of the
  // old city small and close together, so that the regions' boxes (namedRegions) place names that ECharts draws
  // elsewhere, at each region's own centre.
  it('leaves out a name ECharts would draw over one already written', () => {
    const { shapes, map } = boundaries('communes-2025-79', 'communes-2025-79')
    const names = new Map(shapes.features.map((f) => [f.properties.code, f.properties.fullName]))
    const roomy = namedRegions(shapes, names)
    const items = itemsOf(shapes, (code) => ({ name: names.get(code)!, isNamed: roomy.has(code) }))
    const { svg } = documentPicture(shapes, map, items)
    // Each name's box, centred where it is written, 8 px high and at most 0.4 em a character wide: narrower than
    // any font draws these names, so that two boxes that meet are names that overlap on the page.
    const boxes = [...svg.matchAll(/font-size:8px[^>]*transform="translate\(([\d.]+) ([\d.]+)\)"[^>]*>([^<]+)</g)].map(
      ([, x, y, text]) => {
        const w = text!.length * 8 * 0.4
        return { text, x0: Number(x) - w / 2, x1: Number(x) + w / 2, y0: Number(y) - 4, y1: Number(y) + 4 }
      },
    )
    expect(boxes.length).toBeGreaterThan(10) // the city is named where there is room
    const overlapping = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .flatMap((b) => (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 ? [`${a.text} / ${b.text}`] : [])),
    )
    expect(overlapping).toEqual([])
  })

  it('keeps the proportions of a tall city in a box as wide as its legend (not pressed flat to fill it)', () => {
    const { shapes, map } = boundaries('communes-2025-79', 'communes-2025-79-shape')
    const { svg, size } = documentPicture(shapes, map, itemsOf(shapes))
    const drawn = drawnSize(svg)
    // ECharts draws a degree of longitude 0.75 × as long as one of latitude, as documentMapSize does.
    expect(drawn.width / drawn.height).toBeCloseTo(geoAspect(shapes), 1)
    expect(drawn.width).toBeLessThan(size.width / 2) // the city is narrow: the legend's width is not the map's
  })
})

describe('the map on screen fills a wide panel as far as its proportions allow', () => {
  it('draws Đà Nẵng and its Hoàng Sa inset across most of a 1300 × 420 panel, not a square of its height', () => {
    const { shapes, map } = boundaries('districts-2024-48', 'districts-2024-48-insets', { insets: true })
    const chart = init(null, null, { renderer: 'svg', ssr: true, width: 1300, height: 420 })
    chart.setOption({ ...choroplethOption({ map, items: itemsOf(shapes), ariaDescription: '' }), tooltip: undefined })
    const { width, height } = drawnSize(chart.renderToSVGString())
    chart.dispose()
    expect(height).toBeGreaterThan(390) // the panel's height, less its margins
    expect(width).toBeGreaterThan(700) // the map is twice as wide as tall: far wider than a square of 412 px
    expect(width / height).toBeCloseTo(geoAspect(shapes), 1)
  })
})
