// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useSessionStore } from '../../src/stores/session'

describe('session store', () => {
  beforeEach(() => {
    sessionStorage.clear()
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('keeps the token in sessionStorage only, and forgets it on sign-out', () => {
    const session = useSessionStore()
    session.start('tok-1', 'lanhdao.tinh')
    expect(sessionStorage.getItem('tien-do-dvctt.token')).toBe('tok-1')
    expect(JSON.stringify(localStorage)).not.toContain('tok-1')
    session.end('signedOut')
    expect(session.isSignedIn).toBe(false)
    expect(sessionStorage.getItem('tien-do-dvctt.token')).toBeNull()
  })

  it('picks up the token of this tab after a reload and says why a session ended', () => {
    sessionStorage.setItem('tien-do-dvctt.token', 'tok-2')
    const session = useSessionStore()
    expect(session.isSignedIn).toBe(true)
    session.end('expired')
    expect(session.endedBecause).toBe('expired')
  })

  it('remembers where a session ended and whose it was, until the next sign-in', () => {
    const session = useSessionStore()
    session.start('tok-3', 'lanhdao.tinh')
    session.end('expired', '/overview?unit=d874')
    expect(session.departure()).toEqual({ user: 'lanhdao.tinh', path: '/overview?unit=d874' })
    expect(sessionStorage.getItem('tien-do-dvctt.user')).toBeNull()
    session.start('tok-4', 'chutich.thanhbinh')
    expect(session.departure()).toBeNull()
    session.end('signedOut')
    expect(session.departure()).toBeNull()
  })
})
