// A chart as a picture for documents (loaded on demand): drawn again off screen by ECharts, with a
// legend (on screen the legend is HTML beside the chart), as SVG with its title, unit, period and
// source line as real text, or as a PNG data URL for slides, PDF pages and PNG files.
import { GraphicComponent, LegendPlainComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { LabelLayout } from 'echarts/features'
import { SVGRenderer } from 'echarts/renderers'
import { escapeMarkup } from './markup'
import type { ChartOption } from './registry'

// LabelLayout: names left out where they would cover one another (a document's map, choropleth.ts). echarts/core
// installs it itself, but as a side effect its package does not declare: in the app's bundle it was dropped.
use([SVGRenderer, LegendPlainComponent, GraphicComponent, LabelLayout])

/** The option as documents show it: no animation, and a legend on top when two or more series have names. */
export function documentOption(option: ChartOption): ChartOption {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : []
  const named = series.filter((s) => typeof s.name === 'string' && s.name.length > 0)
  if (named.length < 2) return { ...option, animation: false }
  const grid = Array.isArray(option.grid) ? option.grid[0] : option.grid
  return {
    ...option,
    animation: false,
    legend: { top: 0, type: 'plain' },
    ...(grid ? { grid: { ...grid, top: Math.max(Number(grid.top ?? 0), 44) } } : {}),
  }
}

export function titledChartSvg(
  option: ChartOption,
  size: { width: number; height: number },
  text: { title: string; subtitle: string; source: string },
): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
  chart.setOption(documentOption(option))
  const inner = chart.renderToSVGString().replace(/^<\?xml[^>]*>/, '')
  chart.dispose()
  const top = 64
  const height = size.height + top + 32
  const font = 'font-family="Noto Sans, Segoe UI, Roboto, Arial, sans-serif"'
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${height}"` +
    ` viewBox="0 0 ${size.width} ${height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="16" y="28" ${font} font-size="18" font-weight="bold" fill="#1f2937">${escapeMarkup(text.title)}</text>` +
    `<text x="16" y="50" ${font} font-size="12" fill="#4b5563">${escapeMarkup(text.subtitle)}</text>` +
    `<svg x="0" y="${top}" width="${size.width}" height="${size.height}">${inner}</svg>` +
    `<text x="16" y="${height - 10}" ${font} font-size="11" fill="#4b5563">${escapeMarkup(text.source)}</text></svg>`
  )
}

/** The chart as a PNG data URL on white at `pixelRatio`, drawn off screen (canvas renderer of the app). */
export function chartPngDataUrl(
  option: ChartOption,
  size: { width: number; height: number },
  pixelRatio: number,
): string {
  const box = document.createElement('div')
  box.style.cssText = `position:absolute;left:-10000px;top:0;width:${size.width}px;height:${size.height}px`
  document.body.append(box)
  const chart = init(box, null, {
    renderer: 'canvas',
    width: size.width,
    height: size.height,
    devicePixelRatio: pixelRatio,
  })
  try {
    chart.setOption(documentOption(option))
    return chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: '#ffffff' })
  } finally {
    chart.dispose()
    box.remove()
  }
}
