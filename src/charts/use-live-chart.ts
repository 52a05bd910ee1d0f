// The live ECharts instance: created once, when first wanted; its option merged, not rebuilt, on change.
import { onBeforeUnmount, type Ref } from 'vue'
import { nextTask } from '../next-task'
import type { ChartOption, ECharts } from './registry'

export interface UseLiveChartOptions {
  /** Where ECharts draws (it empties its element). */
  host: Readonly<Ref<HTMLElement | null>>
  option: () => ChartOption
  /** What ECharts must know before the option can be drawn (a map's boundaries). */
  beforeDraw: () => Promise<void> | undefined
  isPrinting: () => boolean
  /** A frame is finished. */
  onFinished: () => void
  /** A data item carrying an id (a unit) was clicked. */
  onSelect: (id: string) => void
}

export interface UseLiveChartReturn {
  /** The live chart exists or is being created. */
  isLive: () => boolean
  /** Creates the live chart and draws the option; once. */
  start: () => void
  /** Draws the option if it changed since it was last drawn. */
  draw: () => void
  /** Follows the host's size, if it changed; false when there is no live chart yet. */
  resize: () => boolean
}

const seriesCount = (option: ChartOption) =>
  Array.isArray(option.series) ? option.series.length : option.series ? 1 : 0

/** The live chart in `host`, disposed on unmount. */
export function useLiveChart(options: UseLiveChartOptions): UseLiveChartReturn {
  let chart: ECharts | null = null
  let drawn: ChartOption | null = null
  let isStarting = false
  let isUnmounted = false
  const stepAside = () => (options.isPrinting() ? Promise.resolve() : nextTask())

  // ECharts itself is fetched and evaluated only now, so a page's first frame — headings, figures — does
  // not wait for it. Loading, creating, reading the option and painting are each their own task (one long
  // task on a cheap phone otherwise), except while printing, when the chart must be drawn before the page
  // is laid out.
  function start() {
    if (chart || isStarting || !options.host.value) return
    isStarting = true
    void Promise.all([import('./registry'), options.beforeDraw()]).then(async ([{ init }]) => {
      await stepAside()
      if (isUnmounted || !options.host.value) return
      chart = init(options.host.value, undefined, { renderer: 'canvas' })
      chart.on('finished', options.onFinished)
      chart.on('click', (params) => {
        const id = (params.data as { id?: unknown } | undefined)?.id
        if (typeof id === 'string') options.onSelect(id)
      })
      await stepAside()
      if (isUnmounted || !chart) return
      // Painted at the next frame (lazyUpdate), a task of its own, unless printing.
      chart.setOption((drawn = options.option()), { lazyUpdate: !options.isPrinting() })
    })
  }

  // Merged rather than rebuilt: axes, grid, tooltip and a map's regions are kept and only what changed is
  // redrawn (rebuilding the overview's charts took most of a period change). When the series change in
  // number, they and the axes are replaced whole, so none of the old ones linger.
  function draw() {
    const option = options.option()
    if (!chart || !drawn || drawn === option) return
    const isSameShape = seriesCount(option) === seriesCount(drawn)
    chart.setOption(option, isSameShape ? {} : { replaceMerge: ['series', 'xAxis', 'yAxis'] })
    drawn = option
  }

  function resize(): boolean {
    if (!chart) return false
    const host = options.host.value
    if (host && (host.clientWidth !== chart.getWidth() || host.clientHeight !== chart.getHeight())) chart.resize()
    return true
  }

  onBeforeUnmount(() => {
    isUnmounted = true
    chart?.dispose()
    chart = null
  })

  return { isLive: () => chart !== null || isStarting, start, draw, resize }
}
