// A chart's box as the browser last laid it out (ResizeObserver). Read from the report, never from the
// element: reading it in the task that has just rendered would lay the page out in the middle of it.
import { onBeforeUnmount, onMounted, shallowRef, type Ref, type ShallowRef } from 'vue'

export interface BoxSize {
  width: number
  height: number
}

export interface UseChartSizeReturn {
  /** The last reported content box in whole pixels; null until the first report (after the next layout). */
  size: Readonly<ShallowRef<BoxSize | null>>
}

/** Follows `target`'s content box from mount to unmount; `onResize` runs after each report, the first too. */
export function useChartSize(target: Readonly<Ref<HTMLElement | null>>, onResize: () => void): UseChartSizeReturn {
  const size = shallowRef<BoxSize | null>(null)
  let observer: ResizeObserver | null = null
  onMounted(() => {
    if (!target.value) return
    observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect
      if (box) size.value = { width: Math.round(box.width), height: Math.round(box.height) }
      onResize()
    })
    observer.observe(target.value)
  })
  onBeforeUnmount(() => observer?.disconnect())
  return { size }
}
