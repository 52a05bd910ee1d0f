// Units on their real boundaries, coloured by target band; joined on the official code, never on names.
import type { TargetBand } from '../domain/lagging'
import { PALETTE, type Palette } from './palette'
import type { ChartOption } from './registry'
import { chartTextStyle } from './font'
import { escapeMarkup, NAME_TOOLTIP_BOX } from './markup'

export interface ChoroplethItem {
  /** The feature's `code` property (GSO code). */
  code: string
  /** The unit id, for click-to-drill-down. */
  id: string
  name: string
  band: TargetBand
  /** Shown on hover: plain text (it is escaped, never read as markup). */
  tooltip: string
  /** Named on a document's map (its region has room for the name). */
  isNamed?: boolean
}

/** Each band's colour on a palette's background. */
export const bandColours = (p: Palette): Record<TargetBand, string> => ({
  met: p.met,
  near: p.near,
  far: p.notMet,
  none: p.noData,
})
// Patterns as well as colours, so the bands can be told apart without colour vision.
const BAND_DECALS: Record<TargetBand, object> = {
  met: { symbol: 'none' },
  near: { symbol: 'circle', symbolSize: 0.5, dashArrayX: 6, dashArrayY: 6, color: 'rgba(0,0,0,0.25)' },
  far: {
    symbol: 'rect',
    dashArrayX: [1, 0],
    dashArrayY: [3, 4],
    rotation: -Math.PI / 4,
    color: 'rgba(255,255,255,0.5)',
  },
  none: { symbol: 'none' },
}

/** Where the country's two archipelagos lie (longitude, latitude): named on the country's map, where their
 *  islands are specks too small to see or to point at. */
export const ARCHIPELAGOS = { hoangSa: [111.9, 16.4], truongSa: [114.2, 9.6] } as const

export interface ChoroplethPlace {
  /** Shown beside its marker, as text. */
  name: string
  coord: readonly [number, number]
}

export interface ChoroplethInput {
  /** The name under which the boundaries were registered. */
  map: string
  items: ChoroplethItem[]
  ariaDescription: string
  palette?: Palette
  /** Places marked and named on the map (the archipelagos on the country's). */
  places?: ChoroplethPlace[]
  /** For documents, where the screen's HTML legend is not: each band's words, drawn under the map. */
  legend?: Record<TargetBand, string>
  /** Regions that are the frames of insets (map-insets.ts): drawn as a line, never a unit. */
  frames?: readonly string[]
}

/** The height of the legend's strip under a document's map: two rows of two bands. */
export const MAP_LEGEND_H = 52

/** The bands' swatches and words under the map, two to a row (a drawn legend: ECharts' own lists series). */
export function mapLegendGraphic(words: Record<TargetBand, string>, palette: Palette) {
  const colours = bandColours(palette)
  const bands: TargetBand[] = ['met', 'near', 'far', 'none']
  return {
    type: 'group',
    left: 12,
    bottom: 6,
    children: bands.flatMap((band, i) => {
      const x = (i % 2) * 300
      const y = Math.floor(i / 2) * 22
      return [
        {
          type: 'rect',
          shape: { x, y, width: 14, height: 14, r: 2 },
          style: { fill: colours[band], stroke: palette.axis, lineWidth: 1 },
        },
        {
          type: 'text',
          x: x + 20,
          y: y + 1,
          style: { text: words[band], fill: palette.text, fontSize: 12, fontFamily: 'Noto Sans, Arial, sans-serif' },
        },
      ]
    }),
  }
}

// A map region's data item: its name is the code it joins on; what a reader sees is the unit's name.
type RegionData = { unitName?: unknown; hoverText?: unknown } | undefined
const textOf = (value: unknown) => (typeof value === 'string' ? value : '')

export function choroplethOption(input: ChoroplethInput): ChartOption {
  const palette = input.palette ?? PALETTE
  const colours = bandColours(palette)
  return {
    ...(input.legend ? { graphic: [mapLegendGraphic(input.legend, palette)] } : {}),
    aria: { enabled: true, label: { description: input.ariaDescription } },
    animation: false,
    textStyle: chartTextStyle(palette),
    tooltip: {
      trigger: 'item',
      backgroundColor: palette.surface,
      borderColor: palette.axis,
      textStyle: chartTextStyle(palette),
      ...NAME_TOOLTIP_BOX,
      // ECharts writes a formatter's answer into the page as HTML: the unit's name is text.
      formatter: (params) => escapeMarkup(textOf((params as { data?: RegionData }).data?.hoverText)),
    },
    series: [
      {
        type: 'map',
        map: input.map,
        nameProperty: 'code',
        // Fill the panel (above a document's legend) as far as the map's own proportions allow: the
        // country's box is wide because Hoàng Sa and Trường Sa are (and must be) shown. Not pressed to the box
        // (a tall city, Hồ Chí Minh City with Côn Đảo, was drawn flat to a document legend's width), nor held
        // to a square of the box's shorter side (a wide map, Đà Nẵng beside its Hoàng Sa inset, used 411 of a
        // 1300 px panel on screen).
        top: 8,
        bottom: input.legend ? MAP_LEGEND_H + 8 : 8,
        left: 8,
        right: 8,
        preserveAspect: 'contain',
        roam: true,
        selectedMode: false,
        // On screen a unit is named when hovered; a document has no hover: a unit is named on it, small, where its
        // region has room for the name (`isNamed`; the small communes of a town are left to the map's table), and
        // not where ECharts finds it would still cover a name already written (`isNamed` guesses from the regions'
        // boxes; a city's many small wards are closer than their boxes say).
        ...(input.legend ? { labelLayout: { hideOverlap: true } } : {}),
        label: input.legend
          ? {
              show: true,
              fontSize: 8,
              color: palette.text,
              textBorderColor: palette.surface,
              textBorderWidth: 2,
              formatter: (params: { data?: RegionData }) => textOf(params.data?.unitName),
            }
          : { show: false },
        itemStyle: { borderColor: palette.surface, borderWidth: 1, areaColor: colours.none },
        // The hovered unit's name, not the code the map joins on. Drawn as text on the canvas (and escaped by
        // ECharts in an SVG export): not markup, so not escaped here, where it would show as "&amp;".
        emphasis: {
          label: {
            show: true,
            color: '#111827',
            formatter: (params: { data?: RegionData }) => textOf(params.data?.unitName),
          },
          itemStyle: { areaColor: '#fde68a' },
        },
        ...(input.places?.length ? { markPoint: placeMarks(input.places, palette) } : {}),
        data: [
          ...input.items.map((item) => ({
            // Not `tooltip`: ECharts would read a data item's `tooltip` as its own template, markup and all.
            name: item.code,
            id: item.id,
            unitName: item.name,
            hoverText: item.tooltip,
            ...(input.legend && !item.isNamed ? { label: { show: false } } : {}),
            itemStyle: { areaColor: colours[item.band], decal: BAND_DECALS[item.band] },
          })),
          ...(input.frames ?? []).map((code) => ({
            name: code,
            silent: true,
            label: { show: false },
            tooltip: { show: false },
            emphasis: { disabled: true },
            itemStyle: { areaColor: 'rgba(0,0,0,0)', borderColor: palette.axis, borderWidth: 1 },
          })),
        ],
      },
    ],
  } as ChartOption
}

/** Each place as a small marker with its name beside it, in the text's colour on a light ground. */
function placeMarks(places: ChoroplethPlace[], palette: Palette) {
  return {
    silent: true,
    symbol: 'circle',
    symbolSize: 7,
    itemStyle: { color: palette.text },
    label: {
      show: true,
      position: 'bottom',
      distance: 4,
      fontSize: 11,
      color: palette.text,
      backgroundColor: palette.surface,
      padding: [1, 3],
      borderRadius: 3,
      formatter: (params: { name?: string }) => params.name ?? '',
    },
    data: places.map((place) => ({ name: place.name, coord: [...place.coord] })),
  }
}
