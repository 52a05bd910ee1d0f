// The 'view-complete' mark `npm run bench` times the national screens by: set only once a screen's final figures
// are drawn, never for a value the screen is still waiting to replace.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, shallowRef, type EffectScope } from 'vue'
import { useCompleteMark } from '../../../src/features/shared/use-render-marks'
import { useStaged } from '../../../src/features/shared/use-staged'

const marks = () => performance.getEntriesByName('view-complete').length
// A frame: after the tasks queued so far (node has no requestAnimationFrame; the mark waits for one).
const frame = () => new Promise<void>((resolve) => setTimeout(resolve, 5))

let scope: EffectScope | null = null
beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 1))
  performance.clearMarks('view-complete')
})
afterEach(() => {
  scope?.stop()
  vi.unstubAllGlobals()
})

function marked<T>(setup: () => T): T {
  scope = effectScope()
  return scope.run(setup)!
}

describe('useCompleteMark', () => {
  it('marks nothing while the screen passes null, and once a frame after it passes its figures', async () => {
    const shown = marked(() => {
      const shown = shallowRef<object | null>(null)
      useCompleteMark(() => shown.value)
      return shown
    })
    await frame()
    expect(marks()).toBe(0)
    shown.value = { figures: 1 }
    await nextTick()
    expect(marks()).toBe(0) // not before the frame that shows them
    await frame()
    expect(marks()).toBe(1)
  })

  it('marks only the last of values that follow each other before a frame', async () => {
    const shown = marked(() => {
      const shown = shallowRef<object | null>(null)
      useCompleteMark(() => shown.value)
      return shown
    })
    shown.value = { first: true }
    await nextTick()
    shown.value = { second: true }
    await frame()
    await frame()
    expect(marks()).toBe(1)
  })

  it('waits for the stages still to be drawn', async () => {
    // A frame that comes at once: only the wait for the stages holds the mark back.
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queueMicrotask(() => callback(0)))
    const { source, staged } = marked(() => {
      const source = shallowRef<number | null>(null)
      const staged = useStaged(() => source.value)
      useCompleteMark(() => source.value)
      return { source, staged }
    })
    const observed: Array<number | null> = []
    const observer = new PerformanceObserver(() => observed.push(staged.value))
    observer.observe({ entryTypes: ['mark'] })
    source.value = 7
    for (let i = 0; i < 5; i++) await frame()
    observer.disconnect()
    expect(marks()).toBe(1)
    expect(observed[0]).toBe(7)
  })
})
