// A colour-blind-safe palette (Okabe–Ito); status is never told by colour alone.
export const PALETTE = {
  online: '#56B4E9',
  line: '#0b3a75',
  postal: '#E69F00',
  desk: '#999999',
  target: '#D55E00',
  met: '#0072B2',
  notMet: '#D55E00',
  neutral: '#6b7280',
  text: '#1f2937',
  grid: '#e5e7eb',
} as const
