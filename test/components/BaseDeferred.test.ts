// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import BaseDeferred from '../../src/components/BaseDeferred.vue'
import { revealAll } from '../../src/components/use-reveal'

// The browser's schedulers, driven by hand: idle callbacks run when `idle()` says, and the observer
// reports what `scrollNear()` says.
let idleCallbacks: Array<() => void> = []
let observers: Array<{
  callback: IntersectionObserverCallback
  targets: Element[]
  isConnected: boolean
  rootMargin?: string
}> = []
const idle = () => {
  const due = idleCallbacks
  idleCallbacks = []
  due.forEach((callback) => callback())
}
const scrollNear = () => {
  for (const observer of observers.filter((o) => o.isConnected)) {
    observer.callback(
      observer.targets.map((target) => ({ target, isIntersecting: true }) as unknown as IntersectionObserverEntry),
      observer as never,
    )
  }
}

beforeEach(() => {
  idleCallbacks = []
  observers = []
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idleCallbacks.push(callback))
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    idleCallbacks.splice(handle - 1, 1, () => undefined)
  })
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      record: (typeof observers)[number]
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        this.record = { callback, targets: [], isConnected: true, rootMargin: options?.rootMargin }
        observers.push(this.record)
      }
      observe(target: Element) {
        this.record.targets.push(target)
      }
      disconnect() {
        this.record.isConnected = false
      }
    },
  )
})
afterEach(() => {
  vi.unstubAllGlobals()
})

const Page = defineComponent({
  render: () =>
    h('div', [
      h('h2', 'Tổng quan'),
      h(BaseDeferred, { minHeight: '12rem' }, () => h('section', { class: 'below' }, 'Xếp hạng')),
    ]),
})

describe('BaseDeferred', () => {
  it('holds its place, idle moments or not, until it comes within a screen of the viewport', async () => {
    const page = mount(Page)
    expect(page.get('.deferred').attributes('style')).toContain('min-height: 12rem')
    idle()
    await nextTick()
    expect(page.find('.below').exists()).toBe(false)
    expect(observers.map((o) => o.rootMargin)).toEqual(['100% 0px'])
    scrollNear()
    await nextTick()
    expect(page.get('.below').text()).toBe('Xếp hạng')
    expect(page.find('.deferred').exists()).toBe(false)
    expect(observers.every((o) => !o.isConnected)).toBe(true)
  })

  it('renders everything before printing, and on revealAll (presenting)', async () => {
    const printed = mount(Page)
    window.dispatchEvent(new Event('beforeprint'))
    await nextTick()
    expect(printed.find('.below').exists()).toBe(true)
    window.dispatchEvent(new Event('afterprint'))

    const presented = mount(Page)
    revealAll()
    await nextTick()
    expect(presented.find('.below').exists()).toBe(true)
  })

  it('renders at once where the browser cannot tell idle moments or the viewport', () => {
    vi.unstubAllGlobals()
    expect(mount(Page).find('.below').exists()).toBe(true)
  })

  it('stops waiting when it is unmounted', () => {
    const page = mount(Page)
    page.unmount()
    expect(observers.every((o) => !o.isConnected)).toBe(true)
    expect(() => idle()).not.toThrow()
  })
})
