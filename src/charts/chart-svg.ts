// A chart as SVG for documents (loaded on demand): drawn by ECharts' SVG renderer off screen, with its
// title, unit, period and source line as real text.
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import type { ChartOption } from './registry'

use([SVGRenderer])

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

export function titledChartSvg(option: ChartOption, size: { width: number; height: number }, text: { title: string; subtitle: string; source: string }): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
  chart.setOption({ ...option, animation: false })
  const inner = chart.renderToSVGString().replace(/^<\?xml[^>]*>/, '')
  chart.dispose()
  const top = 64
  const height = size.height + top + 32
  const font = 'font-family="Noto Sans, Segoe UI, Roboto, Arial, sans-serif"'
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${height}" viewBox="0 0 ${size.width} ${height}">`
    + `<rect width="100%" height="100%" fill="#ffffff"/>`
    + `<text x="16" y="28" ${font} font-size="18" font-weight="bold" fill="#1f2937">${escapeXml(text.title)}</text>`
    + `<text x="16" y="50" ${font} font-size="12" fill="#4b5563">${escapeXml(text.subtitle)}</text>`
    + `<svg x="0" y="${top}" width="${size.width}" height="${size.height}">${inner}</svg>`
    + `<text x="16" y="${height - 10}" ${font} font-size="11" fill="#4b5563">${escapeXml(text.source)}</text></svg>`
}
