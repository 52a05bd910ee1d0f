// @vitest-environment jsdom
/* eslint-disable vue/one-component-per-file -- small components made for the cases below */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { createAppI18n, switchLocale } from '../../src/i18n'
import { en } from '../../src/i18n/en'
import { createTranslate, useMessages, usePeriodWords } from '../../src/i18n/use-messages'
import { vi } from '../../src/i18n/vi'

function entries(messages: object, prefix = ''): Array<[string, string]> {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : entries(value as object, `${prefix}${key}.`),
  )
}

// Every placeholder of a message given a value that names it, so a misplaced value shows.
const valuesFor = (message: string) =>
  Object.fromEntries([...message.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, `<${name}:${name!.length}>`]))

describe('createTranslate', () => {
  it('gives what vue-i18n gives for every message, in both languages', () => {
    const i18n = createAppI18n('vi').global
    i18n.setLocaleMessage('en', en)
    const translate = createTranslate((locale) => i18n.getLocaleMessage(locale))
    for (const [locale, messages] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      i18n.locale.value = locale
      for (const [key, message] of entries(messages)) {
        const values = valuesFor(message)
        expect(translate(locale, key, values), `${locale} ${key}`).toBe(i18n.t(key, values))
      }
    }
    expect(entries(vi).length).toBeGreaterThan(200)
  })

  it('falls back to Vietnamese for a missing English message, then to the key itself', () => {
    const translate = createTranslate((locale) => (locale === 'en' ? { app: {} } : { app: { title: 'Tiến độ {x}' } }))
    expect(translate('en', 'app.title', { x: 1 })).toBe('Tiến độ 1')
    expect(translate('vi', 'app.nothing')).toBe('app.nothing')
    expect(translate('en', 'app')).toBe('app')
    expect(translate('vi', 'app.title.deeper')).toBe('app.title.deeper')
  })

  it('fills a placeholder without a value with nothing (as vue-i18n does), and a repeated one each time', () => {
    const translate = createTranslate(() => ({ a: '{n} và {n}, {m}.' }))
    expect(translate('vi', 'a', { n: 2 })).toBe('2 và 2, .')
    expect(translate('vi', 'a')).toBe(' và , .')
  })

  it("reads a language's messages anew when they are replaced", () => {
    let messages = { a: 'one' }
    const translate = createTranslate(() => messages)
    expect(translate('vi', 'a')).toBe('one')
    messages = { a: 'two' }
    expect(translate('vi', 'a')).toBe('two')
  })
})

describe('useMessages', () => {
  it('draws a component again in the new language when the language changes', async () => {
    const i18n = createAppI18n('vi')
    const Title = defineComponent({
      setup() {
        const { t } = useMessages()
        return () => h('h1', t('app.title'))
      },
    })
    const wrapper = mount(Title, { global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe(vi.app.title)
    await switchLocale(i18n.global, 'en')
    await nextTick()
    expect(wrapper.text()).toBe(en.app.title)
  })
})

describe('week words', () => {
  it('mirrors only keys that exist, in both languages', () => {
    for (const messages of [vi, en]) {
      const all = new Map(entries(messages))
      const weekly = entries(messages.weekWords)
      expect(weekly.length).toBeGreaterThan(4)
      for (const [key, word] of weekly) {
        expect(all.has(key), key).toBe(true)
        expect(word).not.toBe(all.get(key))
      }
    }
    expect(entries(vi.weekWords).map(([key]) => key)).toEqual(entries(en.weekWords).map(([key]) => key))
  })

  it("gives the weeks' words on a screen of weeks, to its own words and to those below it", async () => {
    const grain = ref<'month' | 'week'>('week')
    const Cell = defineComponent({
      setup() {
        const { t } = useMessages()
        return () => h('td', t('overview.columns.monthsBehind'))
      },
    })
    const Screen = defineComponent({
      setup() {
        // asked before the screen says its grain, as a view model does
        const { t } = useMessages()
        usePeriodWords(() => grain.value)
        return () => h('div', [h('h2', t('overview.trendTitle')), h('p', t('overview.title')), h(Cell)])
      },
    })
    const wrapper = mount(Screen, { global: { plugins: [createAppI18n('vi')] } })
    expect(wrapper.get('h2').text()).toBe('Diễn biến theo tuần')
    expect(wrapper.get('td').text()).toBe('Số tuần liên tiếp chưa đạt')
    expect(wrapper.get('p').text()).toBe(vi.overview.title)
    grain.value = 'month'
    await nextTick()
    expect(wrapper.get('h2').text()).toBe(vi.overview.trendTitle)
    expect(wrapper.get('td').text()).toBe(vi.overview.columns.monthsBehind)
  })

  it('keeps the usual words where no screen says a grain', () => {
    const Lone = defineComponent({
      setup() {
        const { t } = useMessages()
        return () => h('h2', t('overview.trendTitle'))
      },
    })
    expect(mount(Lone, { global: { plugins: [createAppI18n('vi')] } }).text()).toBe(vi.overview.trendTitle)
  })
})
