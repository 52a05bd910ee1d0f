// The app's words, for components: `t(key, values)` as vue-i18n's, for the only syntax our messages use
// (text with {name} placeholders, compile-message.ts; a test holds the message files to it).
// vue-i18n's own `t` parses the key's path and builds a message context on every call: about 20 µs on
// a fast machine, several times that on a cheap phone. A screen draws hundreds of words, and that was a
// tenth to a fifth of drawing it. This one looks each key up once per language, then only fills it in.
// vue-i18n still holds the language and its messages; this reads them.
// In a view of ISO weeks, the words about its periods ("Số tháng liên tiếp chưa đạt") are the weeks' own
// (`weekWords.<key>`, "Số tuần liên tiếp chưa đạt"): the screen says its grain once (usePeriodWords), and every
// `t` of that screen's components reads it, so no column or heading is written twice.
import { getCurrentInstance, toRaw, type ComponentInternalInstance } from 'vue'
import { useI18n } from 'vue-i18n'
import { fillMessage } from './compile-message'
import type { Translate } from './messages'

const FALLBACK_LOCALE = 'vi'
const looked = new WeakMap<object, Map<string, string | null>>()

/** The message at a dotted key path in one language's messages; null when there is none. */
function lookUp(messages: object, key: string): string | null {
  const raw = toRaw(messages)
  let cache = looked.get(raw)
  if (!cache) {
    cache = new Map()
    looked.set(raw, cache)
  }
  let message = cache.get(key)
  if (message === undefined) {
    let node: unknown = raw
    for (const part of key.split('.'))
      node = node !== null && typeof node === 'object' ? toRaw((node as Record<string, unknown>)[part]) : undefined
    message = typeof node === 'string' ? node : null
    cache.set(key, message)
  }
  return message
}

/**
 * `t` for a language's messages: the key's message in `locale`, else in Vietnamese, else the key itself
 * (as vue-i18n does), with `values` in its placeholders.
 */
export function createTranslate(messagesOf: (locale: string) => object | undefined) {
  return (locale: string, key: string, values?: Record<string, unknown>): string => {
    const own = messagesOf(locale)
    const message =
      (own && lookUp(own, key)) ?? (locale === FALLBACK_LOCALE ? null : lookUp(messagesOf(FALLBACK_LOCALE) ?? {}, key))
    if (message === null) return key
    return fillMessage(message, (name) => values?.[name])
  }
}

type Grain = 'month' | 'week'
const grains = new WeakMap<ComponentInternalInstance, () => Grain>()

/** The grain of this component's periods (and of those below it): weeks give `weekWords`. */
export function usePeriodWords(grain: () => Grain): void {
  const instance = getCurrentInstance()
  if (instance) grains.set(instance, grain)
}

/** The grain a component's screen said, from it or the nearest component above it that said one. */
function grainAbove(instance: ComponentInternalInstance | null): (() => Grain) | null {
  for (let at = instance; at; at = at.parent) {
    const grain = grains.get(at)
    if (grain) return grain
  }
  return null
}

/** `t` and the current language, for a component; a change of language draws it again. */
export function useMessages() {
  const i18n = useI18n()
  const translate = createTranslate((locale) => i18n.getLocaleMessage(locale))
  const instance = getCurrentInstance()
  // Found at the first word drawn: a screen says its grain in its setup, maybe after asking for `t`.
  let grain: (() => Grain) | null = null
  const t: Translate = (key, values) => {
    grain ??= grainAbove(instance)
    if (grain?.() === 'week') {
      const weekKey = `weekWords.${key}`
      const word = translate(i18n.locale.value, weekKey, values)
      if (word !== weekKey) return word
    }
    return translate(i18n.locale.value, key, values)
  }
  return { t, locale: i18n.locale }
}
