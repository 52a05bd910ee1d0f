// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, useTemplateRef } from 'vue'
import {
  NEAR_VIEW_MARGIN,
  useChartVisibility,
  type UseChartVisibilityReturn,
} from '../../src/charts/use-chart-visibility'
import { report, stubObserver } from './observers'

afterEach(() => vi.unstubAllGlobals())

function mountWatched(options: { isDeferred: boolean; isPrinting?: boolean }) {
  const onNear = vi.fn()
  const onPrint = vi.fn()
  let result: UseChartVisibilityReturn | null = null
  const wrapper = mount(
    defineComponent({
      setup() {
        result = useChartVisibility(useTemplateRef<HTMLElement>('box'), {
          isDeferred: options.isDeferred,
          isPrinting: () => options.isPrinting ?? false,
          onNear,
          onPrint,
        })
        return () => h('div', { ref: 'box' })
      },
    }),
  )
  return { wrapper, onNear, onPrint, isNearView: () => result!.isNearView.value }
}

describe('useChartVisibility', () => {
  it('draws a chart of the first screen at mount, then again each time it comes near the viewport', () => {
    const observers = stubObserver('IntersectionObserver')
    const { onNear, isNearView } = mountWatched({ isDeferred: false })
    expect(onNear).toHaveBeenCalledTimes(1)
    expect(observers[0]?.options).toEqual({ rootMargin: NEAR_VIEW_MARGIN })
    report(observers, () => ({ isIntersecting: false }))
    expect(isNearView()).toBe(false)
    expect(onNear).toHaveBeenCalledTimes(1)
    report(observers, () => ({ isIntersecting: true }))
    expect(isNearView()).toBe(true)
    expect(onNear).toHaveBeenCalledTimes(2)
  })

  it('leaves a deferred chart undrawn until it comes near, unless the page is being printed', () => {
    const observers = stubObserver('IntersectionObserver')
    expect(mountWatched({ isDeferred: true }).onNear).not.toHaveBeenCalled()
    const printed = mountWatched({ isDeferred: true, isPrinting: true })
    expect(printed.onNear).toHaveBeenCalledTimes(1)
    report(observers, () => ({ isIntersecting: true }))
    expect(printed.onNear).toHaveBeenCalledTimes(2)
  })

  it('draws at once where the browser cannot tell what is near', () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    expect(mountWatched({ isDeferred: true }).onNear).toHaveBeenCalledTimes(1)
  })

  it('hears the page about to be printed while mounted, and stops listening when unmounted', () => {
    const observers = stubObserver('IntersectionObserver')
    const { wrapper, onPrint } = mountWatched({ isDeferred: true })
    window.dispatchEvent(new Event('beforeprint'))
    expect(onPrint).toHaveBeenCalledTimes(1)
    wrapper.unmount()
    window.dispatchEvent(new Event('beforeprint'))
    expect(onPrint).toHaveBeenCalledTimes(1)
    expect(observers.map((o) => o.isConnected)).toEqual([false])
  })
})
