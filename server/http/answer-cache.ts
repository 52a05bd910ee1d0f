// Serialized answers of the heavy reads (/stats, /units), kept per data version: any import or revert, by
// this instance or another, changes the version (settings.data_version) and so every key. The caller has
// already passed the scope check (in SQL) before it asks; an answer depends only on its key.
// An answer is kept gzipped only (a province's two levels over a year: 3 MB of JSON, 0.5 MB gzipped), so the
// cache holds several times more of them; the rare client that takes no gzip gets it unzipped on the way out.
// Answers not yet kept are made a few at a time (MAX_MAKING), each key once however many ask it together: with 20
// clients on 2 cores more at once only adds memory (each answer in the making holds its JSON several times over:
// the database's text, the driver's copy, the gzip) and no speed. The gzip stays on the event loop: on libuv's
// thread pool it cost the embedded database's server 55 MB more at its peak (446 → 505 MB, 20 clients), for no
// latency that could be told apart from the machine's noise.
import { gunzipSync, gzipSync } from 'node:zlib'

/** Below this, an answer is kept and sent as it is: gzip would not pay for itself. */
const MIN_GZIP_BYTES = 1024
/** Answers made at once (the others wait their turn). */
const MAX_MAKING = 4

interface Answer {
  bytes: Uint8Array<ArrayBuffer>
  gzipped: boolean
}

const bytesOf = (buffer: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(buffer) as Uint8Array<ArrayBuffer>

export class AnswerCache {
  private readonly entries = new Map<string, Answer>()
  private readonly making = new Map<string, Promise<Answer>>()
  private bytes = 0
  private active = 0
  private readonly waiting: Array<() => void> = []

  constructor(
    private readonly maxBytes: number,
    private readonly maxMaking = MAX_MAKING,
  ) {}

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
      let made = this.making.get(key)
      if (!made) {
        made = this.inTurn(() => this.build(make)).then(
          (built) => {
            this.making.delete(key)
            this.keep(key, built)
            return built
          },
          (error: unknown) => {
            this.making.delete(key)
            throw error
          },
        )
        this.making.set(key, made)
      }
      answer = await made
    }
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' }
    if (!answer.gzipped) return new Response(answer.bytes, { headers })
    if (!acceptsGzip) return new Response(bytesOf(gunzipSync(answer.bytes)), { headers })
    return new Response(answer.bytes, { headers: { ...headers, 'Content-Encoding': 'gzip' } })
  }

  private async build(make: () => Promise<unknown>): Promise<Answer> {
    const made = await make()
    const json = typeof made === 'string' ? made : JSON.stringify(made)
    // JSON's length in UTF-16 units is at most its UTF-8 byte length: below the threshold in one, maybe in both.
    if (json.length < MIN_GZIP_BYTES) {
      const bytes = new TextEncoder().encode(json) as Uint8Array<ArrayBuffer>
      if (bytes.byteLength < MIN_GZIP_BYTES) return { bytes, gzipped: false }
    }
    return { bytes: bytesOf(gzipSync(json, { level: 1 })), gzipped: true }
  }

  /** Runs `task` when fewer than `maxMaking` others run. */
  private async inTurn<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.maxMaking) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.active++
    try {
      return await task()
    } finally {
      const next = this.waiting.shift()
      if (next)
        next() // the slot passes straight on
      else this.active--
    }
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
