import { describe, expect, it } from 'vitest'
import { decimalText, type DecimalOptions } from '../../src/domain/decimal-text'

// The hand-made text must be exactly Intl's, for every value the app can meet: a deterministic spread of
// magnitudes, signs, exact halves (the rounding ties) and the values just either side of them.
const STYLES = { 'vi-VN': { group: '.', decimal: ',' }, 'en-GB': { group: ',', decimal: '.' } } as const

function values(): number[] {
  const out = [
    0,
    -0,
    1,
    -1,
    0.5,
    -0.5,
    0.05,
    0.005,
    0.0005,
    0.00995,
    0.0994,
    0.9995,
    1e-7,
    1.5e-7,
    123456789,
    1e21,
    2 ** 53,
  ]
  let seed = 12345
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
  for (let i = 0; i < 4000; i += 1) {
    const magnitude = 10 ** Math.floor(random() * 12 - 6)
    const x = (random() - 0.3) * magnitude
    out.push(x, Math.round(x * 1000) / 1000, Math.round(x))
  }
  for (let k = -2000; k <= 2000; k += 1) out.push(k / 2000, k / 200, k / 20000, (k + 0.5) / 1000, k * 0.0005, k / 7)
  for (let k = 0; k < 1000; k += 1) out.push(k * 1234.5, k * 1000 + 999.5, 7610 / (76574 + k))
  return out
}

const CASES: Array<[string, Intl.NumberFormatOptions, DecimalOptions]> = [
  ['count', { maximumFractionDigits: 0 }, { digits: 0 }],
  [
    'percent, 0 digits',
    { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 0 },
    { digits: 0, scale: 2 },
  ],
  [
    'percent, 1 digit',
    { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
    { digits: 1, scale: 2 },
  ],
  [
    'percent, 2 digits',
    { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 },
    { digits: 2, scale: 2 },
  ],
  [
    'signed percent',
    { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' },
    { digits: 1, scale: 2, sign: 'exceptZero' },
  ],
  ['points', { minimumFractionDigits: 1, maximumFractionDigits: 1 }, { digits: 1 }],
  [
    'signed points',
    { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' },
    { digits: 1, sign: 'exceptZero' },
  ],
]

describe('decimalText', () => {
  for (const [locale, style] of Object.entries(STYLES)) {
    it.each(CASES)(`${locale}, %s: the same text as Intl.NumberFormat`, (_name, intlOptions, options) => {
      const intl = new Intl.NumberFormat(locale, intlOptions)
      const suffix = intlOptions.style === 'percent' ? '%' : ''
      const mismatches = values()
        .map((x) => ({ x, intl: intl.format(x), ours: `${decimalText(x, style, options)}${suffix}` }))
        .filter((r) => r.intl !== r.ours)
      expect(mismatches.slice(0, 5)).toEqual([])
    })
  }

  it('leaves NaN and infinities to the caller', () => {
    expect(decimalText(Number.NaN, STYLES['vi-VN'], { digits: 1 })).toBeNull()
    expect(decimalText(Infinity, STYLES['vi-VN'], { digits: 1 })).toBeNull()
  })
})
