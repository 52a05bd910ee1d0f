// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import AppNav from '../../src/components/AppNav.vue'
import { createAppI18n } from '../../src/i18n'

const Blank = { template: '<div />' }

async function navAt(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: ['overview', 'targets', 'lagging', 'service-index', 'weekly', 'sign-in', 'import', 'set-targets'].map(
      (name) => ({
        path: `/${name}`,
        name,
        component: Blank,
      }),
    ),
  })
  await router.push(path)
  const nav = mount(AppNav, { global: { plugins: [router, createAppI18n('vi')] } })
  const hrefOf = (label: string) =>
    nav
      .findAll('a')
      .find((link) => link.text() === label)!
      .attributes('href')
  return { hrefOf, labels: () => nav.findAll('a').map((link) => link.text()) }
}

describe('AppNav', () => {
  it('links every screen with the view in hand: unit, period, comparison and metric stay as chosen', async () => {
    const { hrefOf } = await navAt('/overview?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onTimeRate')
    const view = '?unit=d874&from=2021-01&to=2021-06&cmp=prev&metric=onTimeRate'
    expect(hrefOf('Theo dõi chỉ tiêu')).toBe(`/targets${view}`)
    expect(hrefOf('Đơn vị chậm tiến độ')).toBe(`/lagging${view}`)
    expect(hrefOf('Tổng quan')).toBe(`/overview${view}`)
    expect(hrefOf('Chỉ số phục vụ')).toBe(`/service-index${view}`)
  })

  it('carries nothing that is not the view', async () => {
    const { hrefOf } = await navAt('/lagging?unit=d874&redirect=%2Foverview')
    expect(hrefOf('Tổng quan')).toBe('/overview?unit=d874')
  })

  it('holds the same five screens for everyone: the desks some users have are in the user menu, not here', async () => {
    // Tabs that came once the user is known would narrow the others under the reader (a phone's five share the width).
    expect((await navAt('/overview')).labels()).toEqual([
      'Tổng quan',
      'Theo dõi chỉ tiêu',
      'Đơn vị chậm tiến độ',
      'Chỉ số phục vụ',
      'Theo dõi hằng tuần',
    ])
    expect((await navAt('/import')).labels()).not.toContain('Nhập số liệu')
  })
})
