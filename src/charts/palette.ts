// Colour-blind-safe colours (Okabe–Ito) for light and dark screens; status is never told by colour alone.
import type { Theme } from '../domain/theme'

export interface Palette {
  online: string
  line: string
  postal: string
  desk: string
  target: string
  met: string
  notMet: string
  neutral: string
  /** Labels and axis text. */
  text: string
  /** Split lines. */
  grid: string
  /** Axis lines and borders between map regions. */
  axis: string
  /** The background tooltips sit on. */
  surface: string
  /** Map regions near their target, and without a value. */
  near: string
  noData: string
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    online: '#56B4E9',
    line: '#0b3a75',
    postal: '#E69F00',
    desk: '#999999',
    target: '#D55E00',
    met: '#0072B2',
    notMet: '#D55E00',
    neutral: '#6b7280',
    text: '#374151',
    grid: '#e5e7eb',
    axis: '#9aa4b2',
    surface: '#ffffff',
    near: '#F0B27A',
    noData: '#d1d5db',
  },
  dark: {
    online: '#56B4E9',
    line: '#a8cdff',
    postal: '#E69F00',
    desk: '#8a8f98',
    target: '#F28E4B',
    met: '#5aa9e6',
    notMet: '#F28E4B',
    neutral: '#8a93a3',
    text: '#d5dbe4',
    grid: '#2c3645',
    axis: '#5b6779',
    surface: '#18202b',
    near: '#F0B27A',
    noData: '#4b5563',
  },
}

/** The light palette: documents (PNG, SVG, PDF, slides) are white whatever the screen shows. */
export const PALETTE = PALETTES.light
