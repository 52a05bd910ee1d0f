// For answers put together from pieces (gzip-pieces.ts): CRC-32 of two texts one after the other from the CRC-32
// of each (zlib's crc32_combine, by multiplication modulo the CRC polynomial: x^(8·length) times the first, plus the
// second). In signed 32-bit integers throughout: V8 keeps them as small integers, where unsigned values past 2^31
// would be doubles. The multiplication by x^(8·length) is made once per length as tables (shiftTableOf).
const POLY = 0xedb88320 | 0

/** a·b modulo the polynomial (bit-reflected, as CRC-32 is: a's top bit is x^0). */
function multiplyModP(a: number, b: number): number {
  let p = 0
  for (; a !== 0; a <<= 1) {
    if (a < 0) p ^= b
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1
  }
  return p
}

/** x^(2^k) modulo the polynomial, k = 0 … 31. */
const X_2N: number[] = []
for (let k = 0, p = 0x40000000; k < 32; k++, p = multiplyModP(p, p)) X_2N.push(p)

/** x^(8·n) modulo the polynomial. */
function shiftOf(bytes: number): number {
  let shift = 0x80000000 | 0
  for (let n = bytes, k = 3; n > 0; n = Math.floor(n / 2), k++) if (n % 2) shift = multiplyModP(X_2N[k % 32]!, shift)
  return shift
}

/**
 * Multiplication by x^(8·n) as four tables, one for each byte of the other factor (the product is linear in it):
 * four lookups instead of up to 32 steps of multiplyModP. Kept per n, as row lengths repeat (a province's answer
 * has a few hundred lengths among its thousands of rows): 5,412 combinations took 1.7 ms, now ~0.4.
 */
const shiftTables = new Map<number, Int32Array>()
/** Lengths whose tables are kept (4 KB each, 8 MB at most; a table is made again in ~10 µs). */
const SHIFT_TABLES_KEPT = 2_048

function shiftTableOf(bytes: number): Int32Array {
  const kept = shiftTables.get(bytes)
  if (kept) return kept
  const table = shiftTable(bytes)
  if (shiftTables.size >= SHIFT_TABLES_KEPT) shiftTables.delete(shiftTables.keys().next().value!)
  shiftTables.set(bytes, table)
  return table
}

/**
 * The tables themselves, made apart from shiftTableOf: a function with a closure (its `bits`) makes a context at
 * each call, found or not (~40 bytes a combination, ~0.1 MB an answer).
 */
function shiftTable(bytes: number): Int32Array {
  const shift = shiftOf(bytes)
  const table = new Int32Array(4 * 256)
  for (let k = 0; k < 4; k++) {
    // The product of each single bit of byte k, then every byte value as the sum (XOR) of its bits' products.
    const bits = Array.from({ length: 8 }, (_, bit) => multiplyModP(shift, (1 << (8 * k + bit)) | 0))
    for (let value = 1; value < 256; value++) {
      const low = value & -value
      table[k * 256 + value] = table[k * 256 + (value ^ low)]! ^ bits[31 - Math.clz32(low)]!
    }
  }
  return table
}

/**
 * CRC-32 of A then B, from CRC-32(A), CRC-32(B) and B's length in bytes, as a signed 32-bit integer (`>>> 0` for
 * zlib's unsigned value): an answer combines thousands, and an unsigned result past 2^31 would be a new heap number
 * each time.
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  const table = shiftTableOf(lengthB)
  const a = crcA | 0
  return (
    table[a & 0xff]! ^
    table[256 + ((a >>> 8) & 0xff)]! ^
    table[512 + ((a >>> 16) & 0xff)]! ^
    table[768 + (a >>> 24)]! ^
    crcB
  )
}

/** The CRC-32 register table (zlib's, reflected): CRC-32 of one more byte without a call into zlib. */
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? POLY ^ (c >>> 1) : c >>> 1
  return c
})
/** CRC-32 of A then one byte, from CRC-32(A); signed, as crc32Combine's. */
export const crc32Byte = (crc: number, byte: number) => ~(CRC_TABLE[(~crc ^ byte) & 0xff]! ^ (~crc >>> 8))
