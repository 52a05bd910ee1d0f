// What lies below the first screen waits until the first screen is drawn: it is revealed when it comes
// near the viewport, when the browser is next idle, or at once before printing or presenting —
// whichever comes first. Each reveal is its own task, so none of them holds up the first frame.
import { onBeforeUnmount, onMounted, shallowRef, type Ref } from 'vue'
import { isBeingPrinted } from '../printing'

const REVEAL_ALL = 'app:reveal-all'

/** Reveals everything still waiting (before presenting the page's sections, for instance). */
export function revealAll() {
  window.dispatchEvent(new Event(REVEAL_ALL))
}

export interface RevealOptions {
  /** How near the viewport counts as near. */
  rootMargin?: string
  /** The longest wait for an idle moment, in ms; `null` waits for the viewport (or print) alone. */
  idleTimeout?: number | null
}

/**
 * `isRevealed` turns true (once) when `target` comes near the viewport, when the browser is idle, before
 * printing or on `revealAll()`. Where the browser cannot tell (no IntersectionObserver), at once.
 */
export function useReveal(
  target: Ref<HTMLElement | null>,
  { rootMargin = '300px', idleTimeout = 1500 }: RevealOptions = {},
) {
  const canWait = typeof IntersectionObserver === 'function' && typeof requestIdleCallback === 'function'
  const isRevealed = shallowRef(!canWait || isBeingPrinted())
  let observer: IntersectionObserver | null = null
  let idle: number | null = null

  function reveal() {
    isRevealed.value = true
    stop()
  }
  function stop() {
    observer?.disconnect()
    observer = null
    if (idle !== null) cancelIdleCallback(idle)
    idle = null
    window.removeEventListener('beforeprint', reveal)
    window.removeEventListener(REVEAL_ALL, reveal)
  }

  onMounted(() => {
    if (isRevealed.value) return
    window.addEventListener('beforeprint', reveal)
    window.addEventListener(REVEAL_ALL, reveal)
    if (idleTimeout !== null) idle = requestIdleCallback(reveal, { timeout: idleTimeout })
    if (!target.value) return
    observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) reveal()
      },
      { rootMargin },
    )
    observer.observe(target.value)
  })
  onBeforeUnmount(stop)

  return { isRevealed }
}
