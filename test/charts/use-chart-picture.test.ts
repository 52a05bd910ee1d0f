// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, shallowRef, useTemplateRef } from 'vue'
import type { ChartRecipe } from '../../src/charts/recipes'
import type { BoxSize } from '../../src/charts/use-chart-size'
import { useChartPicture, type UseChartPictureReturn } from '../../src/charts/use-chart-picture'

// The worker, answered by hand: each request waits until the test resolves or rejects it.
const requests: Array<{ size: BoxSize; resolve: (svg: string) => void; reject: (error: Error) => void }> = []
let canDraw = true
let workerStarts = 0
vi.mock('../../src/charts/picture-client', () => ({
  canDrawPictures: () => canDraw,
  startPictureWorker: () => {
    workerStarts += 1
    return null
  },
  requestPicture: (_recipe: unknown, size: BoxSize) =>
    new Promise<string>((resolve, reject) => {
      requests.push({ size, resolve, reject })
    }),
}))

const recipe = { kind: 'trend' } as unknown as ChartRecipe
const svg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg"><text>${text}</text></svg>`
const settle = async () => {
  for (let i = 0; i < 3; i++) await nextTick()
}

beforeEach(() => {
  requests.length = 0
  canDraw = true
  workerStarts = 0
})
afterEach(() => vi.restoreAllMocks())

function mountPictured(
  options: { recipe?: ChartRecipe | null; isLive?: () => boolean; use?: typeof useChartPicture } = {},
) {
  const size = shallowRef<BoxSize | null>(null)
  const onShown = vi.fn()
  const onFailure = vi.fn()
  let result: UseChartPictureReturn | null = null
  const wrapper = mount(
    defineComponent({
      setup() {
        result = (options.use ?? useChartPicture)({
          recipe: () => (options.recipe === undefined ? recipe : options.recipe),
          size: () => size.value,
          pictureHost: useTemplateRef<HTMLElement>('host'),
          isLive: options.isLive ?? (() => false),
          isPrinting: () => false,
          onShown,
          onFailure,
        })
        return () => h('div', [result!.hasPicture.value ? h('div', { ref: 'host', class: 'host' }) : null])
      },
    }),
  )
  return { wrapper, size, onShown, onFailure, picture: result! }
}

describe('useChartPicture', () => {
  it('asks one picture per recipe and size, none before a size is known or while hidden, and shows it', async () => {
    const { wrapper, size, onShown, picture } = mountPictured()
    expect(picture.drawsPictures.value).toBe(true)
    // the worker is started at mount, before any size is known (its fetch is not held behind later requests)
    expect(workerStarts).toBe(1)
    picture.refresh()
    size.value = { width: 0, height: 0 }
    picture.refresh()
    expect(requests).toHaveLength(0)
    size.value = { width: 600, height: 280 }
    picture.refresh()
    picture.refresh()
    expect(requests.map((r) => r.size)).toEqual([{ width: 600, height: 280 }])
    requests[0]!.resolve(svg('first'))
    await settle()
    expect(picture.hasPicture.value).toBe(true)
    expect(wrapper.find('.host').text()).toBe('first')
    expect(onShown).toHaveBeenCalledTimes(1)
  })

  it('shows only the latest answer, and goes live only when the latest request fails', async () => {
    const { wrapper, size, onShown, onFailure, picture } = mountPictured()
    size.value = { width: 600, height: 280 }
    picture.refresh()
    size.value = { width: 320, height: 280 }
    picture.refresh()
    requests[1]!.resolve(svg('latest'))
    requests[0]!.resolve(svg('stale'))
    await settle()
    expect(wrapper.find('.host').text()).toBe('latest')
    expect(onShown).toHaveBeenCalledTimes(1)
    size.value = { width: 500, height: 280 }
    picture.refresh()
    size.value = { width: 400, height: 280 }
    picture.refresh()
    requests[2]!.reject(new Error('stale failure'))
    await settle()
    expect(onFailure).not.toHaveBeenCalled()
    requests[3]!.reject(new Error('worker failed'))
    await settle()
    expect(onFailure).toHaveBeenCalledTimes(1)
  })

  it('draws no pictures without a recipe or a worker, nor once stopped (an answer on its way is dropped)', async () => {
    expect(mountPictured({ recipe: null }).picture.drawsPictures.value).toBe(false)
    canDraw = false
    expect(mountPictured().picture.drawsPictures.value).toBe(false)
    expect(workerStarts).toBe(0) // no worker started for a chart that draws no pictures
    canDraw = true
    const { size, onShown, picture } = mountPictured()
    size.value = { width: 600, height: 280 }
    picture.refresh()
    picture.stop()
    requests[0]!.resolve(svg('late'))
    await settle()
    expect(picture.hasPicture.value).toBe(false)
    expect(onShown).not.toHaveBeenCalled()
    picture.refresh()
    expect(requests).toHaveLength(1)
  })

  it('asks nothing once the chart is live', () => {
    const { size, picture } = mountPictured({ isLive: () => true })
    size.value = { width: 600, height: 280 }
    picture.refresh()
    expect(requests).toHaveLength(0)
  })

  it(
    'on the next load, shows the picture it kept of the same recipe and size without the worker, ' +
      'and starts the worker once it is shown',
    async () => {
      // A build names its drawing code (the worker's file) on early.js's tag: pictures are kept under it.
      const tag = document.createElement('script')
      tag.dataset.pictureWorker = './assets/picture-worker-A1.js'
      document.head.append(tag)
      sessionStorage.clear()
      const freshLoad = async () => {
        vi.resetModules()
        return (await import('../../src/charts/use-chart-picture')).useChartPicture
      }
      try {
        const first = mountPictured({ use: await freshLoad() })
        expect(workerStarts).toBe(1) // nothing kept: the worker is started at mount
        first.size.value = { width: 600, height: 280 }
        first.picture.refresh()
        requests[0]!.resolve(svg('drawn'))
        await settle()
        first.wrapper.unmount()

        const next = mountPictured({ use: await freshLoad() })
        expect(workerStarts).toBe(1) // a picture kept here: not started at mount
        next.size.value = { width: 600, height: 280 }
        next.picture.refresh()
        await settle()
        expect(requests).toHaveLength(1)
        expect(next.wrapper.find('.host').text()).toBe('drawn')
        expect(next.onShown).toHaveBeenCalledTimes(1)
        expect(workerStarts).toBe(2) // started once the kept picture is shown, for the pictures to come
        // another size: not kept, asked of the worker
        next.size.value = { width: 320, height: 280 }
        next.picture.refresh()
        expect(requests.map((r) => r.size)).toEqual([
          { width: 600, height: 280 },
          { width: 320, height: 280 },
        ])
      } finally {
        tag.remove()
        sessionStorage.clear()
      }
    },
  )
})
