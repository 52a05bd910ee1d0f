// The app's few icons as SVG paths (16 × 16, even-odd fill). Symbol characters (▾ ✓ ⚠ ⤓) look
// different on every device, some phones have no glyph for them at all, and where the page's font
// lacks one the browser searches every installed font for it, in the first layout of the page.

export const ICON_PATHS = {
  caretDown: 'M3.5 6h9L8 11.5z',
  caretUp: 'M3.5 10.5h9L8 5z',
  sortBoth: 'M8 2l4 4.5H4zM8 14l-4-4.5h8z',
  check: 'M6.3 12.6 2.2 8.5l1.4-1.4 2.7 2.7 6.1-6.1 1.4 1.4z',
  warning: 'M8 1.2l7.4 13.3H.6zM7.1 5.6v4.6h1.8V5.6zm0 5.8v1.7h1.8v-1.7z',
  play: 'M4.5 2.5v11l9-5.5z',
  download: 'M7 1.5h2v7l2.6-2.6L13 7.3l-5 5-5-5 1.4-1.4L7 8.5zM2.5 13h11v2h-11z',
  table: 'M1.5 2.5h13v11h-13zM3 4v2h10V4zm0 3.5v2h10v-2zM3 11v1h10v-1z',
  partial: 'M1.5 1.5h13v13h-13zM3 3v10h5V3z',
} as const

export type IconName = keyof typeof ICON_PATHS
