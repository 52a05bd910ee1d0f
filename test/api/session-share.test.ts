import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import type { SignOutReason } from '../../src/stores/session'
import { shareSession } from '../../src/api/session-share'

/** One browser: a BroadcastChannel bus (a message reaches every other tab, a task later) and its Web Locks. */
function browser() {
  const tabs = new Set<EventTarget>()
  const posted: unknown[] = []
  const held: Array<{ name: string }> = []
  const channel = () => {
    const target = new EventTarget()
    tabs.add(target)
    return Object.assign(target, {
      postMessage(data: unknown) {
        posted.push(data)
        const others = [...tabs].filter((other) => other !== target)
        for (const other of others) setTimeout(() => other.dispatchEvent(new MessageEvent('message', { data })))
      },
    }) as unknown as BroadcastChannel
  }
  const locks = {
    request(name: string, _options: LockOptions, callback: () => Promise<void>) {
      const lock = { name }
      held.push(lock)
      return callback().then(() => void held.splice(held.indexOf(lock), 1))
    },
    query: async () => ({ held: [...held], pending: [] }),
  } as unknown as LockManager
  return { channel, locks, posted, held }
}

function tab(token: string | null = null, user: string | null = null) {
  const session = reactive({
    token,
    user,
    endedBecause: null as SignOutReason | null,
    start(newToken: string, username: string | null) {
      Object.assign(session, { token: newToken, user: username, endedBecause: null })
    },
    end(reason: SignOutReason) {
      Object.assign(session, { token: null, user: null, endedBecause: reason })
    },
  })
  return session
}

const open = (b: ReturnType<typeof browser>, session: ReturnType<typeof tab>) =>
  shareSession(session, {
    channel: b.channel(),
    locks: b.locks,
    onEndedElsewhere: () => session.end('signedOutElsewhere'),
  })

describe('sharing the session between tabs', () => {
  it('a tab opened without a session takes the session of a tab already open, with its user', async () => {
    const b = browser()
    await open(b, tab('tok-1', 'lanhdao.tinh'))
    const fresh = tab()
    await open(b, fresh)
    expect(fresh.token).toBe('tok-1')
    expect(fresh.user).toBe('lanhdao.tinh')
    expect(b.held).toHaveLength(2) // both now answer a tab opened later
  })

  it('a lone tab asks no one and starts at once, signed out', async () => {
    const b = browser()
    const lone = tab()
    await open(b, lone)
    expect(lone.token).toBeNull()
    expect(b.posted).toEqual([])
  })

  it('signing out in one tab ends the session in every other tab; then a new tab finds none to take', async () => {
    const b = browser()
    const first = tab('tok-1', 'vanphong')
    const second = tab()
    await open(b, first)
    await open(b, second)
    first.end('signedOut')
    await expect.poll(() => second.token).toBeNull()
    expect(second.endedBecause).toBe('signedOutElsewhere')
    expect(b.held).toHaveLength(0)

    const later = tab()
    await open(b, later)
    expect(later.token).toBeNull()
  })

  it('an expiry in one tab is not announced: the other tabs learn it from the API themselves', async () => {
    const b = browser()
    const first = tab('tok-1', 'vanphong')
    const second = tab('tok-1', 'vanphong')
    await open(b, first)
    await open(b, second)
    first.end('expired')
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(second.token).toBe('tok-1')
    expect(b.posted).toEqual([])
  })
})
