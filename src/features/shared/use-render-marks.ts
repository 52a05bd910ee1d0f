// Performance marks for `npm run bench`: how long a screen takes from "its data is here" to "every
// visible widget shows it" (DOM patched and the next frame, in which the charts paint, drawn).
import { nextTick, watch, type WatchSource } from 'vue'
import { stagesSettled } from './use-staged'

/** The measure the benchmark reads after changing the period or the unit. */
const VIEW_UPDATE_MEASURE = 'view-update'

/**
 * Each time `figuresInput` becomes a new non-null value (new rows or a new view), marks the moment and
 * measures until the page shows it. A later change supersedes one still being drawn.
 */
export function useRenderMarks(figuresInput: WatchSource<unknown>) {
  let generation = 0
  // 'sync': the mark is taken when the data lands, before Vue renders anything for it.
  watch(
    figuresInput,
    async (value) => {
      if (value === null || value === undefined || typeof requestAnimationFrame !== 'function') return
      const current = ++generation
      const start = performance.now()
      await nextTick()
      // A screen that draws in stages (use-staged.ts) shows the change when its last stage is drawn.
      await stagesSettled()
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
      if (current !== generation) return
      performance.measure(VIEW_UPDATE_MEASURE, { start, end: performance.now() })
    },
    { flush: 'sync' },
  )
}

/** The mark the benchmark reads for "the screen is complete": its final figures drawn, none provisional. */
const VIEW_COMPLETE_MARK = 'view-complete'

/**
 * Marks `view-complete` once the page shows `shown` (DOM patched, staged widgets drawn, the next frame painted),
 * each time it becomes a new non-null value. A screen passes null while anything it will show is still to come:
 * a first step's rows, the months before the window that a run of months behind needs, a stage not yet worked out.
 */
export function useCompleteMark(shown: WatchSource<unknown>) {
  let generation = 0
  watch(shown, async (value) => {
    if (value === null || value === undefined || typeof requestAnimationFrame !== 'function') return
    const current = ++generation
    await nextTick()
    await stagesSettled()
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
    if (current === generation) performance.mark(VIEW_COMPLETE_MARK)
  })
}
