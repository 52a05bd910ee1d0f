import { describe, expect, it } from 'vitest'
import { ARCHIPELAGOS, MAP_LEGEND_H, bandColours, choroplethOption } from '../../src/charts/choropleth'
import { PALETTE } from '../../src/charts/palette'
import { documentMapSize, namedRegions } from '../../src/charts/map-size'
import { CHART_FONT_FAMILY } from '../../src/charts/font'

describe('choroplethOption', () => {
  const option = choroplethOption({
    map: 'geo/districts-2024-87.json',
    items: [
      { code: '874', id: 'd874', name: 'Huyện Thanh Bình', band: 'far', tooltip: 'Huyện Thanh Bình: 15,8%' },
      { code: '866', id: 'd866', name: 'Thành phố Cao Lãnh', band: 'met', tooltip: 'x' },
    ],
    ariaDescription: 'bản đồ',
  })
  const [series] = option.series as Array<{
    map: string
    nameProperty: string
    data: Array<{ name: string; id: string; itemStyle: { areaColor: string; decal: { symbol: string } } }>
  }>

  it('joins on the GSO code and carries the unit id for drill-down', () => {
    expect(series!.nameProperty).toBe('code')
    expect(series!.map).toBe('geo/districts-2024-87.json')
    expect(series!.data.map((d) => [d.name, d.id])).toEqual([
      ['874', 'd874'],
      ['866', 'd866'],
    ])
  })

  it('colours and patterns by band', () => {
    expect(series!.data[0]!.itemStyle.areaColor).toBe(bandColours(PALETTE).far)
    expect(series!.data[0]!.itemStyle.decal.symbol).toBe('rect')
    expect(series!.data[1]!.itemStyle).toMatchObject({ areaColor: bandColours(PALETTE).met, decal: { symbol: 'none' } })
  })

  it("writes its labels and tooltips in the page's font stack", () => {
    const styles = [option.textStyle, (option.tooltip as { textStyle?: unknown }).textStyle] as Array<{
      fontFamily?: string
    }>
    for (const style of styles) expect(style.fontFamily).toBe(CHART_FONT_FAMILY)
  })
})

describe('choroplethOption with a unit named like markup', () => {
  const name = '<img src=x onerror="alert(1)"> Xã <b>Thử</b>'
  const option = choroplethOption({
    map: 'geo/districts-2024-87.json',
    items: [{ code: '874', id: 'd874', name, band: 'far', tooltip: `${name}: 15,8%` }],
    ariaDescription: 'bản đồ',
  })
  const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter
  const [series] = option.series as Array<{ data: Array<Record<string, unknown>> }>

  it('shows the name in its tooltip as text: no element, every character escaped', () => {
    // A data item's own `tooltip` would be ECharts' template for it, used instead of the formatter.
    expect(series!.data[0]).not.toHaveProperty('tooltip')
    const html = formatter({ data: series!.data[0] })
    expect(html).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Xã &lt;b&gt;Thử&lt;/b&gt;: 15,8%')
    expect(html).not.toContain('<')
  })
})

describe('choroplethOption: what the map says on hover and where the archipelagos are', () => {
  const name = 'Tỉnh <b>Khánh Hòa</b> & "Trường Sa"'
  const option = choroplethOption({
    map: 'geo/provinces-2024.json',
    items: [{ code: '56', id: 'p56', name, band: 'met', tooltip: `${name}: 51,0%` }],
    ariaDescription: 'bản đồ',
    places: [
      { name: 'Quần đảo Hoàng Sa', coord: ARCHIPELAGOS.hoangSa },
      { name: 'Quần đảo Trường Sa', coord: ARCHIPELAGOS.truongSa },
    ],
  })
  type Series = {
    data: Array<Record<string, unknown>>
    emphasis: { label: { show: boolean; formatter: (params: unknown) => string } }
    markPoint: {
      data: Array<{ name: string; coord: number[] }>
      label: { show: boolean; formatter: (params: unknown) => string }
    }
  }
  const [series] = option.series as Series[]

  it("labels a hovered region with its unit's name, not the GSO code it joins on, and as text", () => {
    expect(series!.emphasis.label.show).toBe(true)
    const label = series!.emphasis.label.formatter({ name: '56', data: series!.data[0] })
    expect(label).toBe(name) // drawn on the canvas as it is: neither the code nor "&lt;b&gt;"
    expect(label).not.toBe('56')
  })

  it('marks Hoàng Sa and Trường Sa with their names, at their places off the coast', () => {
    expect(series!.markPoint.label.show).toBe(true)
    const marks = series!.markPoint.data.map((d) => [series!.markPoint.label.formatter(d), d.coord])
    expect(marks).toEqual([
      ['Quần đảo Hoàng Sa', [111.9, 16.4]],
      ['Quần đảo Trường Sa', [114.2, 9.6]],
    ])
    // East of the mainland's coast (about 109.5°E at their latitudes), north of 7°N.
    for (const [, [lng, lat]] of marks as Array<[string, number[]]>) expect(lng! > 110 && lat! > 7).toBe(true)
  })

  it("marks nothing on a map given no places (a province's districts)", () => {
    const plain = (choroplethOption({ map: 'm', items: [], ariaDescription: '' }).series as object[])[0]
    expect(plain).not.toHaveProperty('markPoint')
  })
})

describe('the map as documents show it (PNG, SVG, slides, PDF)', () => {
  const legend = {
    met: 'Đạt chỉ tiêu',
    near: 'Dưới chỉ tiêu không quá 10 điểm %',
    far: 'Dưới chỉ tiêu hơn 10 điểm %',
    none: 'Không có số liệu hoặc chỉ tiêu',
  }
  const square = (x: number) => [
    [
      [x, 10],
      [x + 1, 10],
      [x + 1, 11],
      [x, 11],
      [x, 10],
    ],
  ]
  const shapes = {
    type: 'FeatureCollection',
    features: ['874', '866'].map((code, i) => ({
      type: 'Feature',
      properties: { code },
      geometry: { type: 'Polygon', coordinates: square(105 + i) },
    })),
  }

  it('carries its legend under the map: every band in its colour and words, the map kept above it', async () => {
    const { registerBoundaries } = await import('../../src/charts/map-registry')
    const { titledChartSvg } = await import('../../src/charts/chart-picture')
    const map = registerBoundaries({ url: 'test/two-squares.json', shapes } as never)
    const option = choroplethOption({
      map,
      legend,
      items: [
        { code: '874', id: 'd874', name: 'Huyện Thanh Bình', band: 'far', tooltip: '' },
        { code: '866', id: 'd866', name: 'Thành phố Cao Lãnh', band: 'met', tooltip: '' },
      ],
      ariaDescription: 'bản đồ',
    })
    const svg = titledChartSvg(option, { width: 800, height: 420 }, { title: 'Bản đồ', subtitle: '', source: '' })
    for (const words of Object.values(legend)) expect(svg).toContain(`>${words}</text>`)
    for (const colour of Object.values(bandColours(PALETTE))) expect(svg.toLowerCase()).toContain(colour.toLowerCase())
    const [series] = option.series as Array<{ bottom?: number }>
    expect(series!.bottom).toBeGreaterThanOrEqual(MAP_LEGEND_H)
  })

  it("names every unit on the document's map as text (no hover on paper); the screen's map names none", async () => {
    const { registerBoundaries } = await import('../../src/charts/map-registry')
    const { titledChartSvg } = await import('../../src/charts/chart-picture')
    const map = registerBoundaries({ url: 'test/two-squares-named.json', shapes } as never)
    const items = [
      { code: '874', id: 'd874', name: 'Huyện <Thanh> Bình', band: 'far' as const, tooltip: '', isNamed: true },
      { code: '866', id: 'd866', name: 'Thành phố Cao Lãnh', band: 'met' as const, tooltip: '', isNamed: true },
      { code: '999', id: 'd999', name: 'Xã Nhỏ', band: 'met' as const, tooltip: '' },
    ]
    const size = { width: 800, height: 420 }
    const words = { title: 'Bản đồ', subtitle: '', source: '' }
    const paper = titledChartSvg(choroplethOption({ map, legend, items, ariaDescription: '' }), size, words)
    expect(paper).toContain('>Huyện &lt;Thanh&gt; Bình</text>')
    expect(paper).toContain('>Thành phố Cao Lãnh</text>')
    expect(paper).not.toContain('>874</text>') // the code the map joins on is never shown
    expect(paper).not.toContain('Xã Nhỏ</text>') // a region without room for its name
    const screen = titledChartSvg(choroplethOption({ map, items, ariaDescription: '' }), size, words)
    expect(screen).not.toContain('Thành phố Cao Lãnh</text>')
  })
})

describe('choroplethOption with the frame of an inset (map-insets.ts)', () => {
  const option = choroplethOption({
    map: 'geo/communes-2025-79.json',
    items: [{ code: '26734', id: 'c1', name: 'Đặc khu Côn Đảo', band: 'met', tooltip: 'Đặc khu Côn Đảo: 90,0%' }],
    frames: ['inset-frame-1'],
    legend: { met: 'Đạt', near: 'Gần đạt', far: 'Xa', none: 'Không có số liệu' },
    ariaDescription: 'bản đồ',
  })
  const [series] = option.series as Array<{ data: Array<Record<string, unknown>> }>

  it('draws the frame as a line only: no fill, no name, nothing on hover, no unit to open', () => {
    const frame = series!.data.find((d) => d.name === 'inset-frame-1')!
    expect(frame).toMatchObject({
      silent: true,
      label: { show: false },
      tooltip: { show: false },
      emphasis: { disabled: true },
      itemStyle: { areaColor: 'rgba(0,0,0,0)', borderWidth: 1 },
    })
    expect(frame.id).toBeUndefined()
    expect(series!.data.filter((d) => d.id !== undefined).map((d) => d.name)).toEqual(['26734'])
  })
})

describe('namedRegions', () => {
  const box = (code: string, x: number, y: number, w: number, h: number) => ({
    properties: { code },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + w, y],
          [x + w, y + h],
          [x, y + h],
          [x, y],
        ],
      ],
    },
  })
  // A map 10° wide drawn 650 px wide: 65 px a degree across, 86,7 px a degree of latitude (aspect 0.75).
  it('names the largest regions first and leaves out a name that would cover one already written', () => {
    const shapes = {
      features: [
        box('big', 0, 0, 6, 6), // centre (3, 3)
        box('small-inside', 2.9, 2.9, 0.2, 0.2), // same centre: its name would cover big's
        box('apart', 7, 7, 3, 3), // centre (8.5, 8.5): far from big's name
      ],
    }
    const names = new Map([
      ['big', 'Xã Lớn'],
      ['small-inside', 'Xã Nhỏ'],
      ['apart', 'Xã Xa'],
    ])
    expect([...namedRegions(shapes, names)].sort()).toEqual(['apart', 'big'])
  })
  it("leaves out a name that would run past the map's edge, and a region with no unit", () => {
    const shapes = { features: [box('edge', 0, 0, 0.2, 5), box('wide', 0.2, 0, 9.8, 5), box('nobody', 5, 6, 4, 4)] }
    // 'edge' centred 6,5 px from the left: a 40-character name (180 px) would start off the map
    const names = new Map([
      ['edge', 'Phường Có Tên Rất Dài Để Thử Chạy Ra Ngoài'],
      ['wide', 'Xã Rộng'],
    ])
    expect([...namedRegions(shapes, names)]).toEqual(['wide'])
    expect(namedRegions({ features: [] }, names).size).toBe(0)
  })
})

describe('documentMapSize', () => {
  const shapes = (lon: number, lat: number) => ({
    features: [
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [100, 10],
              [100 + lon, 10],
              [100 + lon, 10 + lat],
            ],
          ],
        },
      },
    ],
  })

  it("a tall province's picture is as narrow as its shape (no empty sides), the legend's strip below", () => {
    const size = documentMapSize(shapes(1, 1.5), { width: 1300, height: 420 })
    const mapH = size.height - MAP_LEGEND_H - 16
    expect(size.height).toBe(420)
    expect(size.width).toBe(640) // the shape is 0.5 × as wide as tall: ~200 px, but the legend needs 640
    const wide = documentMapSize(shapes(6, 1), { width: 1300, height: 420 })
    expect(wide.width).toBe(1300)
    expect((wide.width - 16) / (wide.height - MAP_LEGEND_H - 16)).toBeCloseTo(6 * 0.75, 1)
    expect(mapH).toBeGreaterThan(0)
  })
})
