// The choices remembered on this device (the language, light or dark): kept in localStorage, and a copy of them in
// the tab's sessionStorage. A start reads the copy when the tab has one (a reload, the usual way back to fresh
// figures): a page's first use of localStorage is a synchronous call to the browser, and at the start the browser is
// busy with the page's requests (18 ms blocked in a traced cold load) — the bench's cold load, medians of 25 loads in
// one run: 543 ms → 518 (trimmed means 548 → 516). sessionStorage the start reads anyway (the session). A tab without
// a copy (its first start) reads localStorage and makes one. After the first screen the copy is checked against
// localStorage (another tab may have changed a choice meanwhile) and follows it from then on; a change is handed to
// the listeners.
// public/early.js reads the copy the same way for the boot screen's title (COPY_KEY there).

export const PREFERENCE_KEYS = ['tien-do-dvctt.locale', 'tien-do-dvctt.theme'] as const
export type PreferenceKey = (typeof PREFERENCE_KEYS)[number]
/** The tab's copy in sessionStorage: `{ key: value }` of the keys localStorage holds. */
export const COPY_KEY = 'tien-do-dvctt.preferences'

type Choices = Partial<Record<PreferenceKey, string>>
type Listener = (key: PreferenceKey, value: string | null) => void
type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export interface DevicePreferences {
  getItem(key: PreferenceKey): string | null
  /** Remembers a choice on this device. */
  setItem(key: PreferenceKey, value: string): void
  /** Forgets a choice on this device. */
  removeItem(key: PreferenceKey): void
  /** Called with each choice changed elsewhere, once `follow` has started. */
  onChange(listener: Listener): void
  /** Checks the copy against localStorage now, handing on what differs, then follows its changes. */
  follow(): void
}

const isPreferenceKey = (key: string | null): key is PreferenceKey =>
  (PREFERENCE_KEYS as readonly (string | null)[]).includes(key)

/** Storage that may be missing or blocked (it throws then): what it gives, else nothing. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read()
  } catch {
    return undefined
  }
}

export function createDevicePreferences(
  local: () => StorageLike | undefined,
  session: () => StorageLike | undefined,
  events: Pick<EventTarget, 'addEventListener'> | undefined = globalThis.window,
): DevicePreferences {
  const listeners: Listener[] = []

  const fromLocal = (): Choices => {
    const choices: Choices = {}
    for (const key of PREFERENCE_KEYS) {
      const value = attempt(() => local()?.getItem(key))
      if (typeof value === 'string') choices[key] = value
    }
    return choices
  }
  const keep = (choices: Choices) => attempt(() => session()?.setItem(COPY_KEY, JSON.stringify(choices)))
  /** The tab's copy; made from localStorage when the tab has none (or an unreadable one). */
  const choices = (): Choices => {
    const saved = attempt(() => JSON.parse(session()?.getItem(COPY_KEY) ?? 'null') as unknown)
    if (!saved || typeof saved !== 'object' || Array.isArray(saved)) {
      const made = fromLocal()
      keep(made)
      return made
    }
    const copy: Choices = {}
    for (const key of PREFERENCE_KEYS) {
      const value = (saved as Record<string, unknown>)[key]
      if (typeof value === 'string') copy[key] = value
    }
    return copy
  }
  /** Takes localStorage's choices as the copy, handing on those that changed. */
  const adopt = (now: Choices) => {
    const before = choices()
    keep(now)
    for (const key of PREFERENCE_KEYS)
      if (before[key] !== now[key]) for (const listener of listeners) listener(key, now[key] ?? null)
  }
  const write = (key: PreferenceKey, value: string | null) => {
    const next = { ...choices() }
    if (value === null) delete next[key]
    else next[key] = value
    keep(next)
    attempt(() => (value === null ? local()?.removeItem(key) : local()?.setItem(key, value)))
  }

  let following = false
  return {
    getItem: (key) => choices()[key] ?? null,
    setItem: (key, value) => write(key, value),
    removeItem: (key) => write(key, null),
    onChange: (listener) => void listeners.push(listener),
    follow() {
      if (following) return
      following = true
      adopt(fromLocal())
      // Another tab's change (a page is not told of its own); `key` null: localStorage cleared.
      events?.addEventListener('storage', (event) => {
        const { key, storageArea } = event as StorageEvent
        if (storageArea === attempt(() => local()) && (key === null || isPreferenceKey(key))) adopt(fromLocal())
      })
    },
  }
}

/** This page's: localStorage and sessionStorage where they exist. */
export const devicePreferences = createDevicePreferences(
  () => globalThis.localStorage,
  () => globalThis.sessionStorage,
)
