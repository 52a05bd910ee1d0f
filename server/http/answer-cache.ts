// Serialized answers of the heavy reads (/stats, /units), kept per data version: any import or revert, by
// this instance or another, changes the version (settings.data_version) and so every key. The caller has
// already passed the scope check (in SQL) before it asks; an answer depends only on its key.
// An answer is kept gzipped only (a province's two levels over a year: 3 MB of JSON, 0.3 MB gzipped), so the
// cache holds ten times more of them; the rare client that takes no gzip gets it unzipped on the way out.
import { gunzipSync, gzipSync } from 'node:zlib'

/** Below this, an answer is kept and sent as it is: gzip would not pay for itself. */
const MIN_GZIP_BYTES = 1024

interface Answer {
  bytes: Uint8Array<ArrayBuffer>
  gzipped: boolean
}

const bytesOf = (buffer: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(buffer) as Uint8Array<ArrayBuffer>

export class AnswerCache {
  private readonly entries = new Map<string, Answer>()
  private bytes = 0

  constructor(private readonly maxBytes: number) {}

  /**
   * The answer for the key (made by `make` when absent: a value to serialize, or a string already serialized),
   * gzipped if the client takes gzip.
   */
  async respond(key: string, acceptsGzip: boolean, make: () => Promise<unknown>): Promise<Response> {
    let answer = this.entries.get(key)
    if (answer) {
      this.entries.delete(key) // least recently used goes first: a hit moves to the end
      this.entries.set(key, answer)
    } else {
      const made = await make()
      const json = new TextEncoder().encode(typeof made === 'string' ? made : JSON.stringify(made))
      answer =
        json.byteLength < MIN_GZIP_BYTES
          ? { bytes: json as Uint8Array<ArrayBuffer>, gzipped: false }
          : { bytes: bytesOf(gzipSync(json, { level: 1 })), gzipped: true }
      this.keep(key, answer)
    }
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' }
    if (!answer.gzipped) return new Response(answer.bytes, { headers })
    if (!acceptsGzip) return new Response(bytesOf(gunzipSync(answer.bytes)), { headers })
    return new Response(answer.bytes, { headers: { ...headers, 'Content-Encoding': 'gzip' } })
  }

  private keep(key: string, answer: Answer) {
    const size = answer.bytes.byteLength
    if (size > this.maxBytes / 4) return
    this.entries.set(key, answer)
    this.bytes += size
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= old.bytes.byteLength
    }
  }
}
