// The gzip of an answer put together from its rows' pieces (server/store/gzip-pieces.ts): its CRC-32 combined from
// the rows' is that of the whole text (computed here by zlib over the text), and the pieces in the order the answer
// query chooses them inflate to exactly the answer's JSON (zlib's gunzip checks the CRC and the length too).
import { randomBytes } from 'node:crypto'
import { crc32, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { crc32Combine } from '../../server/store/crc32-combine'
import { gzipOfPieces, piecesOf } from '../../server/store/gzip-pieces'

/** A row's text as the database writes it, with figures from a seeded pseudo-random sequence. */
function rowText(unit: string, month: string, seed: number): string {
  let x = seed
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) % 9000
  return JSON.stringify({
    unitId: unit,
    month,
    includesDescendants: false,
    received: next(),
    receivedOnline: next(),
    resolved: next(),
    resolvedOnTime: next(),
    pending: next(),
    complaints: next() % 7,
  })
}

interface Row {
  unit: string
  text: string
}

/** The pieces as the answer query picks them: cont after the unit's previous row, else solo. */
function assemble(rows: Row[], follows: (i: number) => boolean): Uint8Array {
  return gzipOfPieces(
    Buffer.concat(
      rows.map((row, i) => {
        const p = piecesOf(row.text, i > 0 && row.unit === rows[i - 1]!.unit ? rows[i - 1]!.text : null)
        return follows(i) && p.cont ? p.cont : p.solo
      }),
    ),
  )
}

const answerText = (rows: Row[]) => `{"rows":[${rows.map((r) => r.text).join(',')}]}`

const months = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']
const rows: Row[] = ['p01', 'x-Hà Nội "ư"', 'c00123'].flatMap((unit, u) =>
  months.map((month, m) => ({ unit, text: rowText(unit, month, 17 * u + m + 1) })),
)

describe('CRC-32 combined from its parts', () => {
  it('equals the CRC-32 of the two texts together, for lengths from 0 to 70 000 bytes', () => {
    for (const [a, b] of [
      [0, 0],
      [5, 0],
      [0, 9],
      [1, 1],
      [420, 437],
      [3000, 70_000],
      [70_000, 1],
    ] as const) {
      const first = randomBytes(a)
      const second = randomBytes(b)
      expect(crc32Combine(crc32(first), crc32(second), b) >>> 0).toBe(crc32(Buffer.concat([first, second])))
    }
  })

  it("equals it for a row's lengths, each asked again (its table kept) and after 3,000 others", () => {
    const lengths = [...Array.from({ length: 3_000 }, (_, i) => 200 + i), 250, 437, 3_100, 250]
    for (const b of lengths) {
      const first = randomBytes(37)
      const second = randomBytes(b)
      expect(crc32Combine(crc32(first), crc32(second), b) >>> 0).toBe(crc32(Buffer.concat([first, second])))
    }
  })
})

describe('an answer gzipped from its rows’ pieces', () => {
  it('inflates to the answer’s text when each row after its unit’s previous one takes its cont piece', () => {
    const gzip = assemble(rows, () => true)
    expect(gunzipSync(gzip).toString()).toBe(answerText(rows))
    // the cont pieces are what makes it small: each row's solo piece alone makes it larger
    expect(gzip.byteLength).toBeLessThan(assemble(rows, () => false).byteLength)
  })

  it('inflates to the same text when every row takes its solo piece, and for one row and for none', () => {
    expect(gunzipSync(assemble(rows, () => false)).toString()).toBe(answerText(rows))
    expect(gunzipSync(assemble(rows.slice(0, 1), () => true)).toString()).toBe(answerText(rows.slice(0, 1)))
    expect(gunzipSync(gzipOfPieces(new Uint8Array(0))).toString()).toBe('{"rows":[]}')
  })

  it('does not inflate when a cont piece follows another row than the one it was made against', () => {
    // the unit's second row missing from the answer: its third row's cont refers back into a text not there
    const gapped = rows.filter((_, i) => i !== 1)
    const answer = gapped.map((row, i) => {
      const original = rows.indexOf(row)
      const before = original > 0 && rows[original - 1]!.unit === row.unit ? rows[original - 1]!.text : null
      const p = piecesOf(row.text, before)
      return i > 0 && p.cont ? p.cont : p.solo
    })
    expect(() => gunzipSync(gzipOfPieces(Buffer.concat(answer)))).toThrow()
  })
})
