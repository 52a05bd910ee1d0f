// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, shallowRef } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import type { ViewContext, ViewState } from '../../../src/domain/view-state'
import { useViewState } from '../../../src/features/shared/use-view-state'

const context: ViewContext = {
  available: { from: '2020-01', to: '2022-12' },
  scopeId: 'p87',
  isKnownUnit: (id) => ['p87', 'd874'].includes(id),
}

// A screen that keeps every state object it is handed, in order.
async function openScreen(path: string) {
  const seen: Array<ViewState | null> = []
  let view: ReturnType<typeof useViewState> | null = null
  const Screen = defineComponent({
    setup() {
      view = useViewState(shallowRef(context))
      return () => {
        seen.push(view!.state.value)
        return h('p', view!.state.value?.unitId ?? '')
      }
    },
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/overview', name: 'overview', component: Screen }],
  })
  await router.push(path)
  mount(RouterView, { global: { plugins: [router] } })
  await router.isReady()
  // The URL is completed by a replace: let it land.
  await new Promise((resolve) => setTimeout(resolve, 0))
  return { router, seen, view: view! }
}

describe('useViewState', () => {
  it('completes the URL, and the same view keeps the same object (nothing recomputes for it)', async () => {
    const { router, seen, view } = await openScreen('/overview?unit=d874')
    expect(router.currentRoute.value.query).toEqual({
      unit: 'd874',
      from: '2022-12',
      to: '2022-12',
      cmp: 'prev',
      metric: 'onlineRate',
    })
    expect(new Set(seen).size).toBe(1)
    expect(view.state.value).toBe(seen[0])
  })

  it('a different view is a new object', async () => {
    const { router, view } = await openScreen('/overview')
    const before = view.state.value
    view.update({ metric: 'onTimeRate' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(router.currentRoute.value.query.metric).toBe('onTimeRate')
    expect(view.state.value).not.toBe(before)
    expect(view.state.value?.metric).toBe('onTimeRate')
  })
})
