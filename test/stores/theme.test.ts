import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { PALETTES } from '../../src/charts/palette'
import { savedPreference, useThemeStore } from '../../src/stores/theme'

describe('theme', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it.each([[null, 'system'], ['dark', 'dark'], ['light', 'light'], ['purple', 'system']])('a remembered %s gives %s', (saved, expected) => {
    expect(savedPreference(saved)).toBe(expected)
  })

  it('follows the choice, and gives the charts the matching palette', () => {
    const theme = useThemeStore()
    expect(theme.preference).toBe('system')
    expect(theme.theme).toBe('light') // no system preference to read here
    theme.choose('dark')
    expect(theme.theme).toBe('dark')
    expect(theme.palette).toBe(PALETTES.dark)
    theme.choose('light')
    expect(theme.palette).toBe(PALETTES.light)
  })
})
