import { describe, expect, it } from 'vitest'
import { en } from '../../src/i18n/en'
import { createAppI18n, initialLocale, switchLocale } from '../../src/i18n'
import { isPlainMessage } from '../../src/i18n/compile-message'
import { vi } from '../../src/i18n/vi'

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  )
}

function values(messages: object): string[] {
  return Object.values(messages).flatMap((value) => (typeof value === 'string' ? [value] : values(value as object)))
}

describe('messages', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort())
  })

  it('have no empty message and the same placeholders in both languages', () => {
    const enByKey = new Map(keys(en).map((k, i) => [k, values(en)[i]!]))
    keys(vi).forEach((key, i) => {
      const viText = values(vi)[i]!
      expect(viText.trim(), key).not.toBe('')
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
      expect(placeholders(enByKey.get(key)!), key).toEqual(placeholders(viText))
    })
  })

  it('use only text and {name} placeholders, the syntax the app compiles', () => {
    const offending = [...values(vi), ...values(en)].filter((message) => !isPlainMessage(message))
    expect(offending).toEqual([])
    expect(isPlainMessage('{count} hồ sơ | {count} hồ sơ')).toBe(false)
    expect(isPlainMessage('@:app.title')).toBe(false)
  })

  it("are filled by the app's compiler; English is loaded when first chosen", async () => {
    const i18n = createAppI18n('vi').global
    const { t, locale } = i18n
    expect(t('states.updatedAt', { time: '07:00 05/01/2023' })).toBe(
      vi.states.updatedAt.replace('{time}', '07:00 05/01/2023'),
    )
    expect(t('app.title')).toBe('Tiến độ dịch vụ công trực tuyến')
    expect(i18n.availableLocales).toEqual(['vi'])
    await switchLocale(i18n, 'en')
    expect(locale.value).toBe('en')
    expect(t('export.source', { time: 'T' })).toBe(en.export.source.replace('{time}', 'T'))
    // A message with several placeholders: each filled in place, the text around them kept.
    locale.value = 'vi'
    const index = values(vi).findIndex((message) => (message.match(/\{\w+\}/g) ?? []).length >= 2)
    const [key, text] = [keys(vi)[index]!, values(vi)[index]!]
    const names = text.match(/\{\w+\}/g)!.map((placeholder) => placeholder.slice(1, -1))
    const expected = names.reduce((filled, name) => filled.replaceAll(`{${name}}`, `<${name}>`), text)
    expect(t(key, Object.fromEntries(names.map((name) => [name, `<${name}>`])))).toBe(expected)
  })

  it('are Vietnamese with diacritics by default', () => {
    expect(vi.app.title).toBe('Tiến độ dịch vụ công trực tuyến')
    expect(vi.status).toMatchObject({ met: 'Đạt', notMet: 'Chưa đạt' })
  })

  it.each([
    [null, 'vi'],
    ['en', 'en'],
    ['vi', 'vi'],
    ['fr', 'vi'],
  ])('a remembered %s gives %s', (saved, expected) => {
    expect(initialLocale({ getItem: () => saved })).toBe(expected)
  })
})
