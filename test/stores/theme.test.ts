import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { savedPreference, useThemeStore } from '../../src/stores/theme'

describe('theme', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it.each([
    [null, 'system'],
    ['dark', 'dark'],
    ['light', 'light'],
    ['purple', 'system'],
  ])('a remembered %s gives %s', (saved, expected) => {
    expect(savedPreference(saved)).toBe(expected)
  })

  it('follows the choice', () => {
    const theme = useThemeStore()
    expect(theme.preference).toBe('system')
    expect(theme.theme).toBe('light') // no system preference to read here
    theme.choose('dark')
    expect(theme.theme).toBe('dark')
    theme.choose('light')
    expect(theme.theme).toBe('light')
    theme.choose('system')
    expect(theme.theme).toBe('light')
  })
})
