// Light or dark: the system's choice unless the user picks one (remembered on this device).
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { devicePreferences, type PreferenceKey } from '../device-preferences'
import type { Theme, ThemePreference } from '../domain/theme'

export const THEME_KEY: PreferenceKey = 'tien-do-dvctt.theme'
const darkQuery = () => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null)

/** A remembered preference, else the system's. */
export function savedPreference(saved: string | null | undefined): ThemePreference {
  return saved === 'light' || saved === 'dark' ? saved : 'system'
}

export const useThemeStore = defineStore('theme', () => {
  const preference = ref<ThemePreference>(savedPreference(devicePreferences.getItem(THEME_KEY)))
  const query = darkQuery()
  const isSystemDark = ref(query?.matches ?? false)
  query?.addEventListener('change', (event) => {
    isSystemDark.value = event.matches
  })
  const theme = computed<Theme>(() =>
    preference.value === 'system' ? (isSystemDark.value ? 'dark' : 'light') : preference.value,
  )

  function choose(next: ThemePreference) {
    preference.value = next
    if (next === 'system') devicePreferences.removeItem(THEME_KEY)
    else devicePreferences.setItem(THEME_KEY, next)
  }
  return { preference, theme, choose }
})
