// vue-i18n set up for Vietnamese first, English second; the choice is remembered on this device.
import { createI18n } from 'vue-i18n'
import { devicePreferences, type PreferenceKey } from '../device-preferences'
import type { Locale } from '../domain/format'
import { compileMessage } from './compile-message'
import type { Messages } from './messages'
import { vi } from './vi'

export const LOCALES: readonly Locale[] = ['vi', 'en']
export const LOCALE_KEY: PreferenceKey = 'tien-do-dvctt.locale'

/** The remembered language, else Vietnamese. */
export function initialLocale(storage: Pick<Storage, 'getItem'> | undefined = devicePreferences): Locale {
  const saved = storage?.getItem(LOCALE_KEY)
  return saved === 'en' ? 'en' : 'vi'
}

export function rememberLocale(
  locale: Locale,
  storage: Pick<Storage, 'setItem'> | undefined = devicePreferences,
): void {
  storage?.setItem(LOCALE_KEY, locale)
}

/** Vietnamese ships with the app; English is fetched when someone chooses it. */
export async function localeMessages(locale: Locale): Promise<Messages> {
  return locale === 'en' ? (await import('./en')).en : vi
}

export function createAppI18n(locale: Locale = 'vi', messages: Messages = vi) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'vi',
    messages: { vi, [locale]: messages },
    messageCompiler: compileMessage,
    missingWarn: false,
    fallbackWarn: false,
  })
}

interface LocaleTarget {
  locale: { value: string }
  availableLocales: string[]
  setLocaleMessage: (locale: string, messages: Messages) => void
}

/** Switches the language, loading its messages first if this is the first time, and remembers it. */
export async function switchLocale(i18n: LocaleTarget, next: Locale): Promise<void> {
  if (!i18n.availableLocales.includes(next)) i18n.setLocaleMessage(next, await localeMessages(next))
  i18n.locale.value = next
  rememberLocale(next)
}
