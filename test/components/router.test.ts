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
