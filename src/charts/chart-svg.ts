// A recipe drawn as SVG markup by ECharts' server-side renderer: no DOM needed, so it runs in a worker
// (picture-worker.ts) and in Node (tests). Only the parts a still picture needs: no tooltip, no aria
// (the chart's box carries the summary).
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, MarkLineComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { optionFromRecipe, type ChartRecipe } from './recipes'

use([BarChart, LineChart, GridComponent, MarkLineComponent, SVGRenderer])

export interface PictureSize {
  width: number
  height: number
}

export function chartSvg(recipe: ChartRecipe, size: PictureSize): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
  try {
    const { aria: _aria, tooltip: _tooltip, ...option } = optionFromRecipe(recipe)
    chart.setOption({ ...option, animation: false })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
