// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useRowLinks } from '../../../src/features/shared/use-row-links'
import { createAppRouter } from '../../../src/router'

// A row's link as the tables draw it: an anchor with the route's address and the composable's click.
const Row = defineComponent({
  props: { unitId: { type: String, required: true } },
  setup(props) {
    const links = useRowLinks(() => (unitId: string) => ({
      name: 'overview',
      query: { unit: unitId, metric: 'onTime' },
    }))
    return () =>
      h(
        'a',
        { href: links.href(props.unitId), onClick: (event: MouseEvent) => links.follow(event, props.unitId) },
        props.unitId,
      )
  },
})

async function mountRow() {
  const router = createAppRouter(() => true)
  await router.push('/overview?unit=p87')
  const wrapper = mount(Row, { props: { unitId: 'd874' }, global: { plugins: [router] } })
  return { router, link: wrapper.get('a') }
}

describe('useRowLinks', () => {
  it('gives the address the router would, so a new tab opens the same view', async () => {
    const { router, link } = await mountRow()
    expect(link.attributes('href')).toBe(
      router.resolve({ name: 'overview', query: { unit: 'd874', metric: 'onTime' } }).href,
    )
    expect(link.attributes('href')).toContain('unit=d874')
  })

  it('follows a plain click with the router, not a page load', async () => {
    const { router, link } = await mountRow()
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    link.element.dispatchEvent(click)
    await router.isReady()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(click.defaultPrevented).toBe(true)
    expect(router.currentRoute.value.query).toEqual({ unit: 'd874', metric: 'onTime' })
  })

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['Cmd', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['Alt', { altKey: true }],
    ['middle button', { button: 1 }],
  ])('leaves a %s click to the browser (a new tab or window)', async (_name, init) => {
    const { router, link } = await mountRow()
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init })
    link.element.dispatchEvent(click)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(click.defaultPrevented).toBe(false)
    expect(router.currentRoute.value.query).toEqual({ unit: 'p87' })
  })
})
