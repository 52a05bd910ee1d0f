// A chart off screen is drawn (or redrawn) when it comes near the viewport, before printing, or never: a
// deferred one (below the first screen) is not even created before that. A cheap phone's first screen,
// and a change of period, are not held up by charts nobody can see.
import { onBeforeUnmount, onMounted, shallowRef, toValue, type MaybeRefOrGetter, type Ref } from 'vue'

/** How near the viewport counts as near. */
export const NEAR_VIEW_MARGIN = '200px'

export interface UseChartVisibilityOptions {
  /** Below the first screen: not drawn at mount, only once near the viewport (or mounted while printing). */
  isDeferred: MaybeRefOrGetter<boolean>
  /** Whether the page is being printed now (src/printing.ts knows). */
  isPrinting: () => boolean
  /** The chart is near the viewport (or the browser cannot tell): draw what is due. */
  onNear: () => void
  /** The page is about to be printed. */
  onPrint: () => void
}

export interface UseChartVisibilityReturn {
  /** Near the viewport as last reported; true until a report says otherwise. */
  isNearView: Readonly<Ref<boolean>>
}

/** Calls `onNear` as `target` comes near the viewport and `onPrint` before printing, from mount to unmount. */
export function useChartVisibility(
  target: Readonly<Ref<HTMLElement | null>>,
  options: UseChartVisibilityOptions,
): UseChartVisibilityReturn {
  const isNearView = shallowRef(true)
  let observer: IntersectionObserver | null = null
  onMounted(() => {
    if (!target.value) return
    if (typeof IntersectionObserver !== 'function') return options.onNear()
    // Mounted while the page is being printed (a section revealed for print): drawn at once.
    if (!toValue(options.isDeferred) || options.isPrinting()) options.onNear()
    observer = new IntersectionObserver(
      (entries) => {
        isNearView.value = entries.some((entry) => entry.isIntersecting)
        if (isNearView.value) options.onNear()
      },
      { rootMargin: NEAR_VIEW_MARGIN },
    )
    observer.observe(target.value)
    window.addEventListener('beforeprint', options.onPrint)
  })
  onBeforeUnmount(() => {
    observer?.disconnect()
    window.removeEventListener('beforeprint', options.onPrint)
  })
  return { isNearView }
}
