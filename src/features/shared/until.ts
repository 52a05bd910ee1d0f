// A promise for "once this holds": a file waits for figures the screen asks for late.
import { watch } from 'vue'

/** Resolves once `condition()` is true (at once if it already is). Call within a component's setup scope or later. */
export function until(condition: () => boolean): Promise<void> {
  if (condition()) return Promise.resolve()
  return new Promise<void>((resolve) => {
    const stop = watch(condition, (holds) => {
      if (!holds) return
      stop()
      resolve()
    })
  })
}

/** Resolves once `condition()` is true, or `maxMs` after the call if it is not by then (its watch then stops). */
export function untilAtMost(condition: () => boolean, maxMs: number): Promise<void> {
  if (condition()) return Promise.resolve()
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer)
      stop()
      resolve()
    }
    const timer = setTimeout(done, maxMs)
    const stop = watch(condition, (holds) => {
      if (holds) done()
    })
  })
}
