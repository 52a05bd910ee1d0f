// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import AppUserMenu from '../../src/components/AppUserMenu.vue'
import { createAppI18n } from '../../src/i18n'

const Blank = { template: '<div />' }

async function menuAt(path: string, may: { canImport?: boolean; canSetTargets?: boolean }) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: ['overview', 'import', 'set-targets'].map((name) => ({ path: `/${name}`, name, component: Blank })),
  })
  await router.push(path)
  const user = { username: 'u', displayName: 'Người dùng', role: 'leader', ...may }
  const menu = mount(AppUserMenu, {
    props: { user, themePreference: 'system' },
    global: { plugins: [router, createAppI18n('vi')] },
    attachTo: document.body,
  })
  const links = () => menu.findAll('#user-menu-panel a')
  const hrefOf = (label: string) =>
    links()
      .find((link) => link.text() === label)
      ?.attributes('href')
  return { menu, links, hrefOf }
}

describe('AppUserMenu', () => {
  it('offers setting targets and importing only to the users who may, each keeping the view in hand', async () => {
    expect((await menuAt('/overview', {})).links()).toHaveLength(0)
    expect((await menuAt('/overview', { canImport: true })).links().map((link) => link.text())).toEqual([
      'Nhập số liệu',
    ])
    const { hrefOf } = await menuAt('/overview?unit=d874&from=2021-01&to=2021-06&redirect=%2Fx', {
      canImport: true,
      canSetTargets: true,
    })
    expect(hrefOf('Đặt chỉ tiêu')).toBe('/set-targets?unit=d874&from=2021-01&to=2021-06')
    expect(hrefOf('Nhập số liệu')).toBe('/import?unit=d874&from=2021-01&to=2021-06')
  })

  it('shows the desks once the menu is opened by its button, and closes on following one', async () => {
    const { menu } = await menuAt('/overview', { canSetTargets: true })
    const panel = menu.find('#user-menu-panel')
    expect(panel.isVisible()).toBe(false)
    await menu.find('button[aria-controls="user-menu-panel"]').trigger('click')
    expect(panel.isVisible()).toBe(true)
    await panel.find('a').trigger('click')
    expect(panel.isVisible()).toBe(false)
    menu.unmount()
  })
})
