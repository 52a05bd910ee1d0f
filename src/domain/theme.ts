// Light or dark: the value a chart's palette and the theme menu are chosen by (the store keeps the choice).
export type Theme = 'light' | 'dark'
export type ThemePreference = 'system' | Theme
export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark']
