// The view's state lives in the URL: read it, correct the impossible (with a notice), write changes back.
import { computed, ref, watch, type Ref } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { parseViewQuery, viewQuery, type Correction, type ViewContext, type ViewState } from '../../domain/view-state'
import { isNavigating } from './navigation'

const sameQuery = (a: LocationQuery, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([key, value]) => a[key] === value)

/** `keep`: query keys of the screen's own (a week) that the canonical URL carries along as they are. */
export function useViewState(context: Ref<ViewContext | null>, keep: readonly string[] = []) {
  const route = useRoute()
  const router = useRouter()
  // The screen this state belongs to: never rewrite another screen's URL (the user may be leaving).
  const ownRoute = route.name
  const corrections = ref<Correction[]>([])
  const parsed = computed(() => (context.value ? parseViewQuery(route.query, context.value) : null))
  const kept = (): Record<string, string> => {
    const out: Record<string, string> = {}
    for (const key of keep) if (typeof route.query[key] === 'string') out[key] = route.query[key]
    return out
  }
  // The same view (its URL only completed, say) keeps the same object, so nothing recomputes for it.
  const state = computed<ViewState | null>((previous) => {
    const next = parsed.value?.state ?? null
    return next && previous && sameQuery(viewQuery(previous), viewQuery(next)) ? previous : next
  })

  // Keep the URL complete and valid, so that a reload or a shared link gives this same view.
  watch(
    parsed,
    (result) => {
      if (!result || route.name !== ownRoute || isNavigating(router)) return
      if (result.corrections.length > 0) corrections.value = result.corrections
      const canonical = { ...viewQuery(result.state), ...kept() }
      if (!sameQuery(route.query, canonical)) void router.replace({ name: ownRoute, query: canonical })
    },
    { immediate: true },
  )

  function update(patch: Partial<ViewState>) {
    if (!state.value) return
    corrections.value = []
    void router.push({ name: ownRoute, query: { ...viewQuery({ ...state.value, ...patch }), ...kept() } })
  }

  /** The reader has seen the correction notice. */
  function dismissCorrections() {
    corrections.value = []
  }

  return { state, corrections, update, dismissCorrections }
}
