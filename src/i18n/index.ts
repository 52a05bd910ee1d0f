// vue-i18n set up for Vietnamese first, English second; the choice is remembered on this device.
import { createI18n } from 'vue-i18n'
import type { Locale } from '../domain/format'
import { en } from './en'
import { vi } from './vi'

export const LOCALES: readonly Locale[] = ['vi', 'en']
const STORAGE_KEY = 'tien-do-dvctt.locale'

/** The remembered language, else Vietnamese. */
export function initialLocale(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Locale {
  const saved = storage?.getItem(STORAGE_KEY)
  return saved === 'en' ? 'en' : 'vi'
}

export function rememberLocale(locale: Locale, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  storage?.setItem(STORAGE_KEY, locale)
}

export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'vi',
    messages: { vi, en },
    missingWarn: false,
    fallbackWarn: false,
  })
}
