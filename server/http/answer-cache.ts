// Serialized answers of the heavy reads (/stats, /units), kept per data version: any import or revert, by
// this instance or another, changes the version (settings.data_version) and so every key. The caller has
// already passed the scope check (in SQL) before it asks; an answer depends only on its key.
import { gzipSync } from 'node:zlib'

interface Answer {
  json: Uint8Array<ArrayBuffer>
  gzip?: Uint8Array<ArrayBuffer>
}

const bytesOf = (buffer: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(buffer) as Uint8Array<ArrayBuffer>

export class AnswerCache {
  private readonly entries = new Map<string, Answer>()
  private bytes = 0

  constructor(private readonly maxBytes: number) {}

  /**
   * The answer for the key (made by `make` when absent: a value to serialize, or a string already serialized),
   * gzipped once if the client takes gzip.
   */
  async respond(key: string, acceptsGzip: boolean, make: () => Promise<unknown>): Promise<Response> {
    let answer = this.entries.get(key)
    if (answer) {
      this.entries.delete(key) // least recently used goes first: a hit moves to the end
      this.entries.set(key, answer)
    } else {
      const made = await make()
      const text = typeof made === 'string' ? made : JSON.stringify(made)
      answer = { json: new TextEncoder().encode(text) as Uint8Array<ArrayBuffer> }
      this.keep(key, answer, answer.json.byteLength)
    }
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' }
    if (!acceptsGzip || answer.json.byteLength < 1024) return new Response(answer.json, { headers })
    if (!answer.gzip) {
      answer.gzip = bytesOf(gzipSync(answer.json, { level: 1 }))
      this.bytes += answer.gzip.byteLength
    }
    return new Response(answer.gzip, { headers: { ...headers, 'Content-Encoding': 'gzip' } })
  }

  private keep(key: string, answer: Answer, size: number) {
    if (size > this.maxBytes / 4) return
    this.entries.set(key, answer)
    this.bytes += size
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= old.json.byteLength + (old.gzip?.byteLength ?? 0)
    }
  }
}
