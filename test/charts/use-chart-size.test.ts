// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, useTemplateRef } from 'vue'
import { useChartSize, type UseChartSizeReturn } from '../../src/charts/use-chart-size'
import { report, stubObserver } from './observers'

afterEach(() => vi.unstubAllGlobals())

function mountSized(onResize: () => void) {
  let result: UseChartSizeReturn | null = null
  const wrapper = mount(
    defineComponent({
      setup() {
        result = useChartSize(useTemplateRef<HTMLElement>('box'), onResize)
        return () => h('div', { ref: 'box' })
      },
    }),
  )
  return { wrapper, size: () => result!.size.value }
}

describe('useChartSize', () => {
  it('knows no size before the first report, then each reported box in whole pixels, calling back each time', () => {
    const observers = stubObserver('ResizeObserver')
    const onResize = vi.fn()
    const { size } = mountSized(onResize)
    expect(size()).toBeNull()
    expect(onResize).not.toHaveBeenCalled()
    report(observers, () => ({ contentRect: { width: 640.4, height: 279.6 } }))
    expect(size()).toEqual({ width: 640, height: 280 })
    report(observers, () => ({ contentRect: { width: 0, height: 0 } }))
    expect(size()).toEqual({ width: 0, height: 0 })
    expect(onResize).toHaveBeenCalledTimes(2)
  })

  it('stops following the box when the chart is unmounted', () => {
    const observers = stubObserver('ResizeObserver')
    const { wrapper } = mountSized(() => undefined)
    wrapper.unmount()
    expect(observers.map((o) => o.isConnected)).toEqual([false])
  })
})
