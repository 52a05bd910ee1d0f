// One session for every tab of the app in this browser. The token stays in each tab's own sessionStorage
// (gone with the tab; never localStorage, never a URL): a tab opened without one asks the tabs already
// open over a BroadcastChannel (same origin only) and keeps the answer in its sessionStorage; a sign-out in
// one tab ends the session in every tab. Signed-in tabs hold a shared Web Lock: a new tab asks only when
// some tab holds it, so a lone tab starts at once; and a browser does not freeze a tab that holds a lock.
import { watch } from 'vue'

const NAME = 'tien-do-dvctt.session'
/** A safety net: how long a new tab waits when a tab holds the session but does not answer. */
const ANSWER_WAIT_MS = 1000

type Message = { type: 'ask' } | { type: 'give'; token: string; user: string | null } | { type: 'end' }

const isMessage = (data: unknown): data is Message => {
  const message = data as Partial<Message> | null
  if (typeof message !== 'object' || message === null) return false
  if (message.type === 'give') return typeof message.token === 'string' && message.token !== ''
  return message.type === 'ask' || message.type === 'end'
}

const post = (channel: BroadcastChannel, message: Message) => channel.postMessage(message)

/** What sharing needs of the session (the session store): its token, and why it ended ('signedOut': here). */
export interface ShareableSession {
  readonly token: string | null
  readonly user: string | null
  readonly endedBecause: string | null
  start(token: string, user: string | null): void
}

export interface ShareOptions {
  /** The session was ended in another tab: end it here too. */
  onEndedElsewhere: () => void
  /** For tests; by default the browser's (none: nothing is shared). */
  channel?: BroadcastChannel | null
  locks?: LockManager | null
}

/** Shares `session` with this browser's other tabs; resolves once this tab has the session it starts with. */
export function shareSession(session: ShareableSession, options: ShareOptions): Promise<void> {
  const channel =
    options.channel !== undefined
      ? options.channel
      : typeof BroadcastChannel === 'undefined'
        ? null
        : new BroadcastChannel(NAME)
  const locks =
    options.locks !== undefined ? options.locks : typeof navigator === 'undefined' ? null : (navigator.locks ?? null)
  if (!channel || !locks) return Promise.resolve()

  channel.addEventListener('message', ({ data }: MessageEvent) => {
    if (!isMessage(data) || !session.token) return
    if (data.type === 'ask') post(channel, { type: 'give', token: session.token, user: session.user })
    if (data.type === 'end') options.onEndedElsewhere()
  })

  let release: (() => void) | null = null
  watch(
    () => session.token,
    (token, previous) => {
      if (token && !release) {
        const held = new Promise<void>((resolve) => {
          release = resolve
        })
        locks.request(NAME, { mode: 'shared' }, () => held).catch(() => undefined)
      } else if (!token && release) {
        release()
        release = null
      }
      // This tab's own sign-out ends every tab's session (an expiry or an end from elsewhere is not announced).
      if (!token && previous && session.endedBecause === 'signedOut') post(channel, { type: 'end' })
    },
    { immediate: true },
  )

  return session.token ? Promise.resolve() : askOpenTabs(session, channel, locks)
}

/** A tab without a session takes the session of a tab already open, if there is one. */
async function askOpenTabs(session: ShareableSession, channel: BroadcastChannel, locks: LockManager): Promise<void> {
  const { held = [] } = await locks.query().catch(() => ({ held: [] }))
  if (session.token || !held.some((lock) => lock.name === NAME)) return
  await new Promise<void>((resolve) => {
    const finish = () => {
      clearTimeout(timer)
      channel.removeEventListener('message', onMessage)
      resolve()
    }
    const onMessage = ({ data }: MessageEvent) => {
      if (!isMessage(data) || data.type !== 'give') return
      if (!session.token) session.start(data.token, data.user)
      finish()
    }
    const timer = setTimeout(finish, ANSWER_WAIT_MS)
    channel.addEventListener('message', onMessage)
    post(channel, { type: 'ask' })
  })
}
