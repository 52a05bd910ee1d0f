// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { createAppRouter, safeRedirect } from '../../src/router'

describe('safeRedirect', () => {
  it.each([
    ['/overview?unit=d874', '/overview?unit=d874'],
    ['//evil.example/x', '/overview'],
    ['https://evil.example', '/overview'],
    [undefined, '/overview'],
    [['/a', '/b'], '/overview'],
  ])('%j → %s', (value, expected) => {
    expect(safeRedirect(value)).toBe(expected)
  })
})

describe('the guard', () => {
  it('sends a signed-out visitor to sign-in with the asked-for page', async () => {
    const router = createAppRouter(() => false)
    await router.push('/targets?x=1')
    expect(router.currentRoute.value.name).toBe('sign-in')
    expect(router.currentRoute.value.query.redirect).toBe('/targets?x=1')
  })

  it('does not call the bare home page an asked-for page', async () => {
    const router = createAppRouter(() => false)
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('sign-in')
    expect(router.currentRoute.value.query.redirect).toBeUndefined()
  })

  it('lets a signed-in user through and keeps them off the sign-in page', async () => {
    const router = createAppRouter(() => true)
    await router.push('/sign-in?redirect=/lagging')
    expect(router.currentRoute.value.name).toBe('lagging')
    await router.push('/no/such/page')
    expect(router.currentRoute.value.name).toBe('overview')
  })
})

describe('screen changes', () => {
  // Resolves after the tasks already queued (setTimeout 0: node has no scheduler.yield).
  const taskLater = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
  // Microtasks only: what a navigation settles in without a task of its own.
  const microtasks = async () => {
    for (let i = 0; i < 50; i++) await Promise.resolve()
  }

  it('draws a new screen a task after its code has arrived; a change of view on the same screen at once', async () => {
    const router = createAppRouter(() => true)
    // both screens' code in already: what is left of a navigation is the guards and the change
    await router.push('/lagging')
    await router.push('/overview')

    let arrived = false
    void router.push('/lagging').then(() => {
      arrived = true
    })
    await microtasks()
    // the screen changes only in the next task
    expect(router.currentRoute.value.name).toBe('overview')
    await taskLater()
    await microtasks()
    expect(router.currentRoute.value.name).toBe('lagging')
    expect(arrived).toBe(true)

    void router.push('/lagging?unit=d874')
    await microtasks()
    expect(router.currentRoute.value.query.unit).toBe('d874')
  })
})
