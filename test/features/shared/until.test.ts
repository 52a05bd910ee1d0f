// "Once this holds, or after so long at most": the overview's children's rows wait for the trend's first frame.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, shallowRef, type EffectScope } from 'vue'
import { untilAtMost } from '../../../src/features/shared/until'

let scope: EffectScope
beforeEach(() => {
  vi.useFakeTimers()
  scope = effectScope()
})
afterEach(() => {
  scope.stop()
  vi.useRealTimers()
})

/** Whether the promise has settled, after the microtasks queued so far. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false
  void promise.then(() => (done = true))
  await nextTick()
  await Promise.resolve()
  return done
}

describe('untilAtMost', () => {
  it('resolves when the condition comes to hold, before the time is up', async () => {
    const holds = shallowRef(false)
    const waited = scope.run(() => untilAtMost(() => holds.value, 1000))!
    await vi.advanceTimersByTimeAsync(400)
    expect(await settled(waited)).toBe(false)
    holds.value = true
    expect(await settled(waited)).toBe(true)
    // the timer went with it
    expect(vi.getTimerCount()).toBe(0)
  })

  it('resolves when the time is up if the condition never holds, and watches it no longer', async () => {
    const holds = shallowRef(false)
    let reads = 0
    const waited = scope.run(() =>
      untilAtMost(() => {
        reads += 1
        return holds.value
      }, 1000),
    )!
    await vi.advanceTimersByTimeAsync(999)
    expect(await settled(waited)).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await settled(waited)).toBe(true)
    const readsThen = reads
    holds.value = true
    await nextTick()
    expect(reads).toBe(readsThen)
  })

  it('resolves at once when the condition already holds', async () => {
    const waited = scope.run(() => untilAtMost(() => true, 1000))!
    expect(await settled(waited)).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
  })
})
