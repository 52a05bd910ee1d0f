// A long table's window: only the rows in (or near) its scrolling box are drawn, with a spacer above and below
// that keeps the scroll bar true. Off, every row is drawn; while the page is printed, too (paper has no scroll).
// The windowing library loads only for a table that windows (the country's lagging list): the first screen's tables
// draw every row and do not carry it.
import type { Virtualizer } from '@tanstack/vue-virtual'
import {
  computed,
  effectScope,
  onBeforeUnmount,
  onScopeDispose,
  ref,
  shallowRef,
  toValue,
  watch,
  type ComputedRef,
  type MaybeRefOrGetter,
  type Ref,
} from 'vue'

/** Rows drawn while the windowing library loads: the top of the list, the rest held by the spacer below. */
const FIRST_ROWS = 30

export interface VirtualRows {
  /** The indexes of the rows drawn, in order. */
  indexes: ComputedRef<number[]>
  /** The spacers' heights in px (0 when every row is drawn). */
  padTop: ComputedRef<number>
  padBottom: ComputedRef<number>
}

/** `rowHeight` in px, or null for no window (every row drawn). */
export function useVirtualRows(
  count: MaybeRefOrGetter<number>,
  scroller: () => HTMLElement | null,
  rowHeight: MaybeRefOrGetter<number | null>,
): VirtualRows {
  const isPrinting = ref(false)
  const onBefore = () => (isPrinting.value = true)
  const onAfter = () => (isPrinting.value = false)
  if (typeof window !== 'undefined') {
    window.addEventListener('beforeprint', onBefore)
    window.addEventListener('afterprint', onAfter)
    onBeforeUnmount(() => {
      window.removeEventListener('beforeprint', onBefore)
      window.removeEventListener('afterprint', onAfter)
    })
  }
  const isWindowed = computed(() => toValue(rowHeight) !== null && !isPrinting.value)
  const options = computed(() => ({
    count: isWindowed.value ? toValue(count) : 0,
    getScrollElement: scroller,
    estimateSize: () => toValue(rowHeight) ?? 0,
    overscan: 12,
  }))
  // Held in an object: a ref in a ref would be unwrapped.
  const loaded = shallowRef<{ virtualizer: Ref<Virtualizer<HTMLElement, Element>> } | null>(null)
  const scope = effectScope()
  let isDisposed = false
  onScopeDispose(() => {
    isDisposed = true
    scope.stop()
  })
  watch(
    () => toValue(rowHeight) !== null,
    async (isWanted) => {
      if (!isWanted || loaded.value) return
      const { useVirtualizer } = await import('@tanstack/vue-virtual')
      const virtualizer = isDisposed || loaded.value ? undefined : scope.run(() => useVirtualizer(options))
      if (virtualizer) loaded.value = { virtualizer }
    },
    { immediate: true },
  )
  const items = computed(() => loaded.value?.virtualizer.value.getVirtualItems() ?? null)
  const all = computed(() => Array.from({ length: toValue(count) }, (_, i) => i))
  const firstRows = computed(() => all.value.slice(0, FIRST_ROWS))
  return {
    indexes: computed(() =>
      !isWindowed.value ? all.value : items.value ? items.value.map((item) => item.index) : firstRows.value,
    ),
    padTop: computed(() => (isWindowed.value ? (items.value?.[0]?.start ?? 0) : 0)),
    padBottom: computed(() => {
      if (!isWindowed.value) return 0
      if (!items.value || !loaded.value)
        return Math.max(0, toValue(count) - firstRows.value.length) * (toValue(rowHeight) ?? 0)
      return loaded.value.virtualizer.value.getTotalSize() - (items.value[items.value.length - 1]?.end ?? 0)
    }),
  }
}
