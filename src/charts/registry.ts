// The only module that imports ECharts: exactly the parts the app draws with (tree-shaken).
import { BarChart, LineChart } from 'echarts/charts'
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import { init, use, type ComposeOption, type ECharts } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import type { BarSeriesOption, LineSeriesOption, MapSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components'

// No legend component: on screen legends are HTML beside the chart (they wrap on a phone, read out
// to screen readers and follow dark mode); documents add one (chart-picture.ts, loaded with them).
use([BarChart, LineChart, GridComponent, MarkLineComponent, TooltipComponent, AriaComponent, CanvasRenderer])

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>

export { init, type ECharts }
