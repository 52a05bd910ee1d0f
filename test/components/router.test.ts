// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { createAppRouter, returnAddress, safeRedirect } from '../../src/router'

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

describe('returnAddress', () => {
  const left = { user: 'lanhdao.tinh', path: '/overview?unit=d874&from=2021-01' }

  it('returns a user to the page their own session ended on', () => {
    expect(returnAddress(left.path, left, 'lanhdao.tinh')).toBe(left.path)
  })

  it('never applies the page another user left to the next user who signs in', () => {
    expect(returnAddress(left.path, left, 'chutich.thanhbinh')).toBeNull()
    expect(returnAddress(left.path, { user: null, path: left.path }, 'chutich.thanhbinh')).toBeNull()
  })

  it('takes anyone to a page they asked for themselves (a link opened signed out), never to another site', () => {
    expect(returnAddress('/lagging?unit=p87', left, 'chutich.thanhbinh')).toBe('/lagging?unit=p87')
    expect(returnAddress('/targets', null, 'vanphong')).toBe('/targets')
    expect(returnAddress('//evil.example', null, 'vanphong')).toBe('/overview')
  })
})

describe('the guard', () => {
  it('waits for a session another tab may give before sending a visitor to sign in', async () => {
    let signedIn = false
    let give!: () => void
    const router = createAppRouter(
      () => signedIn,
      new Promise<void>((resolve) => {
        give = resolve
      }),
    )
    const arrived = router.push('/targets?unit=d874')
    await new Promise((resolve) => setTimeout(resolve, 0)) // the other tab answers a task later
    signedIn = true
    give()
    await arrived
    expect(router.currentRoute.value.fullPath).toBe('/targets?unit=d874')
  })

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
