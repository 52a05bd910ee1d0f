// A screen whose figures all arrive at once (its rows) would draw every widget in one
// long task: on a cheap phone, hundreds of milliseconds in which no tap or frame gets through. Staged,
// it draws in steps: what depends on `useStaged(source)` draws a task after `source` has a value.
import { nextTick, shallowRef, watch, type ShallowRef } from 'vue'
import { nextTask } from '../../next-task'

let pending = 0
let waiting: Array<() => void> = []

/** Resolves once no staged value is waiting for its task (and the values handed on are rendered). */
export function stagesSettled(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))
}

/**
 * `source`'s value, handed on a task later when it first appears (null at once: nothing to draw).
 * A change of a value already shown (a new period, say) is handed on at once: widgets already there
 * only update, and every one of them shows the new view in the same frame. A value already there when
 * the screen is set up is handed on at once too, so a screen opened on data at hand draws in one go.
 */
export function useStaged<T>(source: () => T | null): ShallowRef<T | null> {
  const initial = source()
  const staged = shallowRef<T | null>(initial)
  let generation = 0
  watch(source, async (value) => {
    const current = ++generation
    if (value === null || staged.value !== null) {
      staged.value = value
      return
    }
    pending += 1
    try {
      await nextTask()
      if (current === generation) staged.value = value
      // Whatever follows from this value (a later stage among it) has started before others are told.
      await nextTick()
    } finally {
      pending -= 1
    }
    if (pending === 0) {
      const resolved = waiting
      waiting = []
      for (const resolve of resolved) resolve()
    }
  })
  return staged
}
