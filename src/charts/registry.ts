// The only module that imports ECharts: exactly the parts the app draws with (tree-shaken).
import { BarChart, LineChart } from 'echarts/charts'
import {
  AriaComponent, GridComponent, LegendPlainComponent, TooltipComponent,
} from 'echarts/components'
import { init, use, type ComposeOption, type ECharts } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import type { BarSeriesOption, LineSeriesOption, MapSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption,
} from 'echarts/components'

// The plain legend wraps its items onto more lines on a phone; the scrolling one is not needed.
use([BarChart, LineChart, GridComponent, TooltipComponent, LegendPlainComponent, AriaComponent, CanvasRenderer])

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | MapSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
  | AriaComponentOption
>

export { init, type ECharts }
