// A long table's window: only the rows in (or near) its scrolling box are drawn, with a spacer above and below
// that keeps the scroll bar true. Off, every row is drawn; while the page is printed, too (paper has no scroll).
import { useVirtualizer } from '@tanstack/vue-virtual'
import { computed, onBeforeUnmount, ref, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'

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
  const virtualizer = useVirtualizer(
    computed(() => ({
      count: isWindowed.value ? toValue(count) : 0,
      getScrollElement: scroller,
      estimateSize: () => toValue(rowHeight) ?? 0,
      overscan: 12,
    })),
  )
  const items = computed(() => virtualizer.value.getVirtualItems())
  const all = computed(() => Array.from({ length: toValue(count) }, (_, i) => i))
  return {
    indexes: computed(() => (isWindowed.value ? items.value.map((item) => item.index) : all.value)),
    padTop: computed(() => (isWindowed.value ? (items.value[0]?.start ?? 0) : 0)),
    padBottom: computed(() =>
      isWindowed.value ? virtualizer.value.getTotalSize() - (items.value[items.value.length - 1]?.end ?? 0) : 0,
    ),
  }
}
