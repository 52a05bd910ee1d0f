// Sessions and the data version remembered for a moment (server/store/remembering-store.ts): asked once within
// the window, asked again past it or after a write through the store that changes them.
import { describe, expect, it } from 'vitest'
import { rememberingStore } from '../../server/store/remembering-store'
import type { Store } from '../../server/store/store'
import type { User } from '../../src/api/contract'

const USER: User = {
  username: 'lanhdao.tinh',
  displayName: 'Lãnh đạo tỉnh',
  role: 'province_leader',
  scopeUnitId: 'p01',
  canExport: true,
  canImport: false,
  canSetTargets: false,
}

/** A store that counts what it is asked: sessions live until revoked, the version as set. */
function countingStore() {
  const asked = { sessions: 0, versions: 0 }
  const live = new Set(['token-a', 'token-b'])
  let version = 1
  let release: (() => void) | null = null
  const store = {
    async sessionUser(hash: string) {
      asked.sessions++
      const found = live.has(hash) ? USER : null
      if (release !== null) await new Promise<void>((done) => (release = done))
      return found
    },
    async dataVersion() {
      asked.versions++
      return String(version)
    },
    async revokeSession(hash: string) {
      live.delete(hash)
    },
    async setDisabled() {
      live.clear()
      return true
    },
    async applyImport() {
      version++
      return {} as never
    },
    async revertImport() {
      version++
      return null
    },
  } as unknown as Store
  return {
    store,
    asked,
    /** The next session read (made at once) answers only when `go()` is called. */
    holdNextRead() {
      release = () => {}
      return {
        go: () => {
          const answer = release
          release = null
          answer?.()
        },
      }
    },
  }
}

const at = (ms: number) => ({ now: new Date(ms), idleSince: new Date(ms - 3_600_000) })

describe('rememberingStore', () => {
  it('asks the database for a session once within sessionMs, and again past it', async () => {
    const { store, asked } = countingStore()
    const remembering = rememberingStore(store, { sessionMs: 5_000, versionMs: 1_000 })
    expect(await remembering.sessionUser('token-a', at(10_000))).toEqual(USER)
    expect(await remembering.sessionUser('token-a', at(14_999))).toEqual(USER)
    expect(asked.sessions).toBe(1)
    await remembering.sessionUser('token-a', at(15_000))
    expect(asked.sessions).toBe(2)
    // A clock moved back (a test's, an NTP step) is not taken as within the window.
    await remembering.sessionUser('token-a', at(1_000))
    expect(asked.sessions).toBe(3)
  })

  it('does not remember a token that is not live: signing in after it is seen at once', async () => {
    const { store, asked } = countingStore()
    const remembering = rememberingStore(store, { sessionMs: 5_000, versionMs: 1_000 })
    expect(await remembering.sessionUser('token-x', at(0))).toBeNull()
    expect(await remembering.sessionUser('token-x', at(1))).toBeNull()
    expect(asked.sessions).toBe(2)
  })

  it('forgets sessions at a sign-out or an account disabled through it', async () => {
    const { store } = countingStore()
    const remembering = rememberingStore(store, { sessionMs: 60_000, versionMs: 1_000 })
    await remembering.sessionUser('token-a', at(0))
    await remembering.sessionUser('token-b', at(0))
    await remembering.revokeSession('token-a', new Date(1))
    expect(await remembering.sessionUser('token-a', at(2))).toBeNull()
    expect(await remembering.sessionUser('token-b', at(2))).toEqual(USER)
    await remembering.setDisabled('lanhdao.tinh', true, new Date(3))
    expect(await remembering.sessionUser('token-b', at(4))).toBeNull()
  })

  it('asks the data version once within versionMs, and again past it or after an import or a revert', async () => {
    const { store, asked } = countingStore()
    let clock = 0
    const remembering = rememberingStore(store, { sessionMs: 5_000, versionMs: 1_000, now: () => clock })
    expect(await remembering.dataVersion()).toBe('1')
    clock = 999
    expect(await remembering.dataVersion()).toBe('1')
    expect(asked.versions).toBe(1)
    await remembering.applyImport([], {} as never)
    expect(await remembering.dataVersion()).toBe('2')
    await remembering.revertImport('1', 'x')
    expect(await remembering.dataVersion()).toBe('3')
    expect(asked.versions).toBe(3)
    clock = 2_000
    await remembering.dataVersion()
    expect(asked.versions).toBe(4)
  })

  it('does not keep a session read that a sign-out overtook', async () => {
    const { store, asked, holdNextRead } = countingStore()
    const remembering = rememberingStore(store, { sessionMs: 60_000, versionMs: 1_000 })
    const held = holdNextRead()
    const before = remembering.sessionUser('token-a', at(0)) // finds the session live, answers after the sign-out
    await remembering.revokeSession('token-a', new Date(1))
    held.go()
    expect(await before).toEqual(USER)
    expect(await remembering.sessionUser('token-a', at(2))).toBeNull()
    expect(asked.sessions).toBe(2)
  })

  it('does not keep a failed version read', async () => {
    const { store } = countingStore()
    let fails = true
    const flaky = {
      ...store,
      dataVersion: async () => {
        if (fails) throw new Error('connection lost')
        return '7'
      },
    }
    const remembering = rememberingStore(flaky, { sessionMs: 5_000, versionMs: 60_000, now: () => 0 })
    await expect(remembering.dataVersion()).rejects.toThrow('connection lost')
    fails = false
    expect(await remembering.dataVersion()).toBe('7')
  })
})
