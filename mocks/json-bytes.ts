// A JSON answer's UTF-8 bytes, the same as TextEncoder.encode(JSON.stringify(body)), made without the whole text:
// a province's year of rows is ~0.6 MB of text, a string V8 allocates straight in its old generation, where each
// one brings the next full collection nearer (under mock:serve's 192 MB cap, ~70 MB live, every ~30 answers).
// Written a slice of rows at a time, the text is short-lived pieces the young generation collects cheaply.
import { HttpResponse } from 'msw'

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

/** A JSON answer's body: the value answered, and its bytes (made at the first ask). */
export interface JsonBody {
  value: unknown
  bytes: () => Uint8Array
}

/** Each JSON answer's body, for a server that sends it itself (mock:serve). */
const jsonBodies = new WeakMap<Response, JsonBody>()

/** A JSON answer's body as made, not read through its stream (undefined: read the response's body). */
export function jsonBodyOf(response: Response): JsonBody | undefined {
  return jsonBodies.get(response)
}

/**
 * A handler's JSON answer, its text made into bytes once and in pieces (jsonBytes, above), when first read:
 * HttpResponse.json makes the whole text then its bytes twice (once to count its Content-Length), a province's year
 * is ~0.6 MB. The body is a stream of those bytes as they are: a Response made from bytes copies them, and reading
 * them back (arrayBuffer) copies them twice more — mock:serve takes the value or its bytes from jsonBodyOf instead,
 * and may send a /stats answer without ever writing its text (row-pieces.ts). No Content-Length, as the bytes are not
 * made yet: the browser's mock and mock:serve (which sets its own) do without it.
 */
export function jsonResponse(value: unknown): Response {
  let made: Uint8Array | undefined
  const body: JsonBody = { value, bytes: () => (made ??= jsonBytes(value)) }
  // Pulled when read, not at once (a queue of no chunks: a stream fills its queue up to one chunk as it is made).
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        controller.enqueue(body.bytes())
        controller.close()
      },
    },
    { highWaterMark: 0 },
  )
  const response = new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } })
  jsonBodies.set(response, body)
  return response
}
