import { describe, expect, it } from 'vitest'
import { en } from '../../src/i18n/en'
import { initialLocale } from '../../src/i18n'
import { vi } from '../../src/i18n/vi'

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`))
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

  it('are Vietnamese with diacritics by default', () => {
    expect(vi.app.title).toBe('Tiến độ dịch vụ công trực tuyến')
    expect(vi.status).toMatchObject({ met: 'Đạt', notMet: 'Chưa đạt' })
  })

  it.each([[null, 'vi'], ['en', 'en'], ['vi', 'vi'], ['fr', 'vi']])('a remembered %s gives %s', (saved, expected) => {
    expect(initialLocale({ getItem: () => saved })).toBe(expected)
  })
})
