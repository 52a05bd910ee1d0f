// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, shallowRef, useTemplateRef } from 'vue'
import type { ChartOption } from '../../src/charts/registry'
import { useLiveChart, type UseLiveChartReturn } from '../../src/charts/use-live-chart'

// ECharts, recorded: what each created chart was given, and its handlers.
interface FakeChart {
  setOption: ReturnType<typeof vi.fn>
  dispose: ReturnType<typeof vi.fn>
  handlers: Record<string, (params?: unknown) => void>
}
const charts: FakeChart[] = []
vi.mock('../../src/charts/registry', () => ({
  init: () => {
    const chart: FakeChart = { setOption: vi.fn(), dispose: vi.fn(), handlers: {} }
    charts.push(chart)
    return {
      ...chart,
      getWidth: () => 0,
      getHeight: () => 0,
      resize: vi.fn(),
      on: (event: string, handler: (params?: unknown) => void) => {
        chart.handlers[event] = handler
      },
    }
  },
}))

const twoSeries = { series: [{ type: 'line' }, { type: 'line' }] } as ChartOption

function mountLive() {
  const option = shallowRef<ChartOption>(twoSeries)
  const onFinished = vi.fn()
  const onSelect = vi.fn()
  let result: UseLiveChartReturn | null = null
  const wrapper = mount(
    defineComponent({
      setup() {
        result = useLiveChart({
          host: useTemplateRef<HTMLElement>('host'),
          option: () => option.value,
          beforeDraw: () => undefined,
          isPrinting: () => false,
          onFinished,
          onSelect,
        })
        return () => h('div', { ref: 'host' })
      },
    }),
  )
  return { wrapper, option, onFinished, onSelect, live: result! }
}

describe('useLiveChart', () => {
  it('creates the chart once however often it is asked, and draws its option', async () => {
    charts.length = 0
    const { live } = mountLive()
    expect(live.isLive()).toBe(false)
    expect(live.resize()).toBe(false)
    live.start()
    live.start()
    expect(live.isLive()).toBe(true)
    await vi.waitFor(() => expect(charts[0]?.setOption).toHaveBeenCalledWith(twoSeries, { lazyUpdate: true }))
    expect(charts).toHaveLength(1)
    expect(live.resize()).toBe(true)
  })

  it('merges a new option of the same shape, replaces series and axes when their number changes', async () => {
    charts.length = 0
    const { option, live } = mountLive()
    live.start()
    await vi.waitFor(() => expect(charts[0]?.setOption).toHaveBeenCalledTimes(1))
    live.draw()
    expect(charts[0]!.setOption).toHaveBeenCalledTimes(1)
    const samePeriod = { series: [{ type: 'line' }, { type: 'bar' }] } as ChartOption
    option.value = samePeriod
    live.draw()
    expect(charts[0]!.setOption).toHaveBeenLastCalledWith(samePeriod, {})
    const oneSeries = { series: { type: 'line' } } as ChartOption
    option.value = oneSeries
    live.draw()
    expect(charts[0]!.setOption).toHaveBeenLastCalledWith(oneSeries, { replaceMerge: ['series', 'xAxis', 'yAxis'] })
  })

  it('hands on finished frames and clicks on a data item with an id, and disposes the chart on unmount', async () => {
    charts.length = 0
    const { wrapper, onFinished, onSelect, live } = mountLive()
    live.start()
    await vi.waitFor(() => expect(charts[0]?.setOption).toHaveBeenCalled())
    charts[0]!.handlers.finished!()
    charts[0]!.handlers.click!({ data: { id: 'd870' } })
    charts[0]!.handlers.click!({ data: { value: 3 } })
    expect(onFinished).toHaveBeenCalledTimes(1)
    expect(onSelect.mock.calls).toEqual([['d870']])
    wrapper.unmount()
    expect(charts[0]!.dispose).toHaveBeenCalled()
  })
})
