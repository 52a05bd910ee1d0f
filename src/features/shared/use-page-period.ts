// A page whose period is its own (weeks chosen by a preset, the index's one week) names it for the header, which
// otherwise reads the URL's months; leaving the page gives the header back to the URL.
import { onScopeDispose, watchEffect } from 'vue'
import { usePagePeriodStore } from '../../stores/page-period'

export function usePagePeriod(label: () => string | null): void {
  const store = usePagePeriodStore()
  watchEffect(() => {
    store.label = label()
  })
  onScopeDispose(() => {
    store.label = null
  })
}
