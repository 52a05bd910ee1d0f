import { describe, expect, it } from 'vitest'
import { COPY_KEY, createDevicePreferences, type PreferenceKey } from '../src/device-preferences'

const LOCALE: PreferenceKey = 'tien-do-dvctt.locale'
const THEME: PreferenceKey = 'tien-do-dvctt.theme'

/** A Storage in memory that counts its reads. */
function memoryStorage(entries: Record<string, string> = {}) {
  const items = new Map(Object.entries(entries))
  return {
    reads: 0,
    items,
    getItem(key: string) {
      this.reads += 1
      return items.get(key) ?? null
    },
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

/** A page's storages and its 'storage' events. */
function page(local: ReturnType<typeof memoryStorage>, session = memoryStorage()) {
  const target = new EventTarget()
  const preferences = createDevicePreferences(
    () => local,
    () => session,
    target,
  )
  const changes: Array<[string, string | null]> = []
  preferences.onChange((key, value) => changes.push([key, value]))
  /** Another tab's change of localStorage, as the browser tells this page. */
  const changedElsewhere = (key: string | null, area: unknown = local) => {
    const event = new Event('storage')
    Object.assign(event, { key, storageArea: area })
    target.dispatchEvent(event)
  }
  return { preferences, session, changes, changedElsewhere }
}

describe('device preferences', () => {
  it("a tab's first start reads localStorage and keeps a copy; its next start reads the copy, not localStorage", () => {
    const local = memoryStorage({ [LOCALE]: 'en', other: 'x' })
    const first = page(local)
    expect(first.preferences.getItem(LOCALE)).toBe('en')
    expect(first.preferences.getItem(THEME)).toBeNull()
    expect(JSON.parse(first.session.items.get(COPY_KEY)!)).toEqual({ [LOCALE]: 'en' })

    const readsBefore = local.reads
    const reload = page(local, first.session)
    expect(reload.preferences.getItem(LOCALE)).toBe('en')
    expect(reload.preferences.getItem(THEME)).toBeNull()
    expect(local.reads).toBe(readsBefore)
  })

  it('a choice is remembered on the device and in the copy; forgetting it removes it from both', () => {
    const local = memoryStorage()
    const { preferences, session } = page(local)
    preferences.setItem(THEME, 'dark')
    expect(local.items.get(THEME)).toBe('dark')
    expect(page(memoryStorage(), session).preferences.getItem(THEME)).toBe('dark')
    preferences.removeItem(THEME)
    expect(local.items.has(THEME)).toBe(false)
    expect(page(memoryStorage(), session).preferences.getItem(THEME)).toBeNull()
  })

  it('following: a copy older than localStorage is brought up to date, each changed choice handed on', () => {
    const local = memoryStorage({ [LOCALE]: 'vi', [THEME]: 'dark' })
    const first = page(local)
    first.preferences.getItem(LOCALE) // the copy made
    local.setItem(LOCALE, 'en') // another tab's choice, while this one was closed or starting
    local.removeItem(THEME)
    const reload = page(local, first.session)
    expect(reload.preferences.getItem(LOCALE)).toBe('vi') // the copy, until checked
    reload.preferences.follow()
    expect(reload.changes).toEqual([
      [LOCALE, 'en'],
      [THEME, null],
    ])
    expect(reload.preferences.getItem(LOCALE)).toBe('en')
    expect(reload.preferences.getItem(THEME)).toBeNull()
  })

  it("following: another tab's change is taken when the browser tells; other keys and sessionStorage are not", () => {
    const local = memoryStorage({ [LOCALE]: 'vi' })
    const { preferences, session, changes, changedElsewhere } = page(local)
    expect(preferences.getItem(THEME)).toBeNull() // the copy made
    local.setItem(THEME, 'dark')
    changedElsewhere(THEME) // before following: not listened to yet
    expect(changes).toEqual([])
    preferences.follow()
    expect(changes).toEqual([[THEME, 'dark']]) // found by the check
    local.setItem(LOCALE, 'en')
    changedElsewhere('unrelated')
    changedElsewhere(LOCALE, session)
    expect(changes).toHaveLength(1)
    changedElsewhere(LOCALE)
    expect(changes).toEqual([
      [THEME, 'dark'],
      [LOCALE, 'en'],
    ])
    local.items.clear()
    changedElsewhere(null) // localStorage cleared
    expect(changes.slice(2)).toEqual([
      [LOCALE, null],
      [THEME, null],
    ])
  })

  it('an unreadable copy is made again from localStorage; storage that throws gives the defaults', () => {
    const local = memoryStorage({ [LOCALE]: 'en' })
    const session = memoryStorage({ [COPY_KEY]: '{not json' })
    expect(page(local, session).preferences.getItem(LOCALE)).toBe('en')
    expect(JSON.parse(session.items.get(COPY_KEY)!)).toEqual({ [LOCALE]: 'en' })

    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError')
    }
    const preferences = createDevicePreferences(blocked, blocked, new EventTarget())
    expect(preferences.getItem(LOCALE)).toBeNull()
    expect(() => preferences.setItem(LOCALE, 'en')).not.toThrow()
    expect(() => preferences.follow()).not.toThrow()
  })
})
