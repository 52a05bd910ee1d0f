import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { isNavigating, trackNavigation } from '../../../src/features/shared/navigation'

const Empty = defineComponent({ render: () => null })

describe('isNavigating', () => {
  it('is true between leaving one address and arriving at the next, and false after, also when one fails', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any*', component: Empty }] })
    trackNavigation(router)
    const seen: boolean[] = []
    router.beforeResolve((to) => {
      seen.push(isNavigating(router))
      if (to.path === '/fails') throw new Error('guard failed')
    })
    await router.push('/a')
    expect(seen).toEqual([true])
    expect(isNavigating(router)).toBe(false)
    await router.push('/fails').catch(() => undefined)
    expect(seen).toEqual([true, true])
    expect(isNavigating(router)).toBe(false)
  })

  it('is false for a router it was never told to follow', () => {
    expect(isNavigating(createRouter({ history: createMemoryHistory(), routes: [] }))).toBe(false)
  })
})
