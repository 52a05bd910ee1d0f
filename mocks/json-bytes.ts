// A JSON answer's UTF-8 bytes, the same as TextEncoder.encode(JSON.stringify(body)), made without the whole text:
// a province's year of rows is ~0.6 MB of text, a string V8 allocates straight in its old generation, where each
// one brings the next full collection nearer (under mock:serve's 192 MB cap, ~70 MB live, every ~30 answers).
// Written a slice of rows at a time, the text is short-lived pieces the young generation collects cheaply.

const utf8 = new TextEncoder()
/** Rows per piece of text: ~60 KB, under V8's large-object size (128 KB). */
const ROWS_PER_PIECE = 128

/** Whether `body` is exactly `{ rows: [...] }`, the shape of the large answers. */
function isRowList(body: unknown): body is { rows: unknown[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false
  const keys = Object.keys(body)
  return keys.length === 1 && keys[0] === 'rows' && Array.isArray((body as { rows: unknown }).rows)
}

/** The bytes of JSON.stringify(body) in UTF-8. */
export function jsonBytes(body: unknown): Uint8Array {
  const rows = isRowList(body) && !('toJSON' in body) ? body.rows : null
  if (!rows || rows.length <= ROWS_PER_PIECE) return utf8.encode(JSON.stringify(body))
  const pieceOf = (start: number) => JSON.stringify(rows.slice(start, start + ROWS_PER_PIECE))
  let piece = pieceOf(0)
  // Room for every piece the size of the first (grown if short).
  let out = new Uint8Array(Math.ceil((piece.length * rows.length) / ROWS_PER_PIECE) + 64)
  let length = 0
  const write = (text: string) => {
    for (;;) {
      const { read, written } = utf8.encodeInto(text, out.subarray(length))
      length += written
      if (read === text.length) return
      text = text.slice(read)
      const grown = new Uint8Array(Math.max(2 * out.length, length + 3 * text.length)) // ≤ 3 bytes a character
      grown.set(out.subarray(0, length))
      out = grown
    }
  }
  write('{"rows":[')
  for (let start = 0; ;) {
    // The array's text without its brackets: its rows as JSON.stringify writes them in an array (a value it leaves
    // out of an object, such as undefined, is null in an array: in a piece as in the whole).
    write(piece.slice(1, -1))
    start += ROWS_PER_PIECE
    if (start >= rows.length) break
    write(',')
    piece = pieceOf(start)
  }
  write(']}')
  return out.subarray(0, length)
}
