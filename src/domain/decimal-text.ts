// Fixed-point number text as Intl.NumberFormat writes it for vi-VN and en-GB — the number's shortest
// decimal form, scaled exactly (× 100 for percentages), rounded half away from zero, grouped by
// thousands — without Intl's one-off start-up (~30 ms: ICU's number data) on the first screen, and
// several times faster per number for tables of thousands of cells. A test holds it to Intl's output.

export interface DecimalStyle {
  group: string
  decimal: string
}

export interface DecimalOptions {
  /** Fraction digits, always shown. */
  digits: number
  /** Powers of ten to scale by, exactly (2: a percentage). */
  scale?: number
  /** 'auto': a minus on negatives (even those that round to zero); 'exceptZero': + or −, none on zero. */
  sign?: 'auto' | 'exceptZero'
}

/** The digits of |x| as an integer `digits` × 10^`exponent` (x finite): 0.0994 → 994 × 10⁻⁴. */
function decimalParts(x: number): { digits: string; exponent: number } {
  const text = String(Math.abs(x)) // the shortest form that reads back as x
  const [mantissa = '0', power = '0'] = text.split('e')
  const [whole = '0', fraction = ''] = mantissa.split('.')
  return { digits: `${whole}${fraction}`.replace(/^0+(?=\d)/, ''), exponent: Number(power) - fraction.length }
}

/** `digits` + 1 in the last place, as digits (e.g. '199' → '200', '99' → '100'). */
function increment(digits: string): string {
  let i = digits.length - 1
  while (i >= 0 && digits[i] === '9') i -= 1
  if (i < 0) return `1${'0'.repeat(digits.length)}`
  return `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - i - 1)}`
}

/** |x| × 10^(scale + digits), rounded half away from zero, as an integer's digits. */
function roundedDigits(x: number, scale: number, digits: number): string {
  const parts = decimalParts(x)
  const shift = parts.exponent + scale + digits
  if (shift >= 0) return `${parts.digits}${'0'.repeat(shift)}`
  const cut = -shift
  if (cut > parts.digits.length) return '0'
  const kept = parts.digits.slice(0, parts.digits.length - cut) || '0'
  return Number(parts.digits[parts.digits.length - cut]) >= 5 ? increment(kept) : kept
}

const groupThousands = (whole: string, separator: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator)

/** `x` as text in `style`; null for NaN and infinities (which the caller words itself). */
export function decimalText(
  x: number,
  style: DecimalStyle,
  { digits, scale = 0, sign = 'auto' }: DecimalOptions,
): string | null {
  if (!Number.isFinite(x)) return null
  const rounded = roundedDigits(x, scale, digits)
    .replace(/^0+(?=\d)/, '')
    .padStart(digits + 1, '0')
  const whole = groupThousands(rounded.slice(0, rounded.length - digits), style.group)
  const text = digits > 0 ? `${whole}${style.decimal}${rounded.slice(rounded.length - digits)}` : whole
  const isNegative = x < 0 || Object.is(x, -0)
  if (sign === 'exceptZero') {
    if (/^0*$/.test(rounded)) return text
    return `${isNegative ? '-' : '+'}${text}`
  }
  return isNegative ? `-${text}` : text
}
