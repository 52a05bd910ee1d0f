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
import { createHash } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { Timing } from './timings'

/** Below this, an answer is kept and sent as it is: gzip would not pay for itself. */
const MIN_GZIP_BYTES = 1024
/** Answers made at once (the others wait their turn). */
const MAX_MAKING = 4

interface Answer {
  bytes: Uint8Array<ArrayBuffer>
  gzipped: boolean
}

export interface RespondOptions {
  /** The request's If-None-Match header. */
  ifNoneMatch?: string
  /** Where the time goes: queue (waiting for a turn to make), db (the answer made), gzip, shared, hit. */
  timing?: Timing
}

const noTiming: Timing = () => {}

/**
 * The answer's entity tag: a digest of its key, which holds the data version (any import or revert changes it), so
 * one tag is always the same bytes. The gzipped form's tag ends in -gzip (a strong tag names one encoding).
 */
export const etagOf = (key: string) => `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`

/** The first of the tags an If-None-Match header names (weak comparison, RFC 9110 §13.1.2), or null. */
function matching(header: string, tags: readonly string[]): string | null {
  const named = new Set(header.split(',').map((part) => part.trim().replace(/^W\//, '')))
  return tags.find((tag) => named.has(tag)) ?? null
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
   * The answer for the key (made by `make` when absent: a value to serialize, a string already serialized, or the
   * bytes of its gzip),
   * gzipped if the client takes gzip; `304 Not Modified` without making anything when the client already holds it
   * (`If-None-Match` names its ETag: the key's, which names the data version, so the same tag is the same bytes).
   */
  async respond(
    key: string,
    acceptsGzip: boolean,
    make: () => Promise<unknown>,
    { ifNoneMatch, timing = noTiming }: RespondOptions = {},
  ): Promise<Response> {
    const tag = etagOf(key)
    const gzipTag = `${tag.slice(0, -1)}-gzip"`
    const held = ifNoneMatch ? matching(ifNoneMatch, [tag, gzipTag]) : null
    if (held) return new Response(null, { status: 304, headers: { ETag: held, Vary: 'Accept-Encoding' } })
    let answer = this.entries.get(key)
    if (answer) {
      this.entries.delete(key) // least recently used goes first: a hit moves to the end
      this.entries.set(key, answer)
      timing('hit', 0)
    } else {
      let made = this.making.get(key)
      if (!made) {
        made = this.inTurn(() => this.build(make, timing), timing).then(
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
        answer = await made
      } else {
        // Made for another client asking the same: this one's time is spent waiting for it.
        const started = performance.now()
        answer = await made
        timing('shared', performance.now() - started)
      }
    }
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' }
    if (!answer.gzipped) return new Response(answer.bytes, { headers: { ...headers, ETag: tag } })
    if (!acceptsGzip) return new Response(bytesOf(gunzipSync(answer.bytes)), { headers: { ...headers, ETag: tag } })
    return new Response(answer.bytes, { headers: { ...headers, 'Content-Encoding': 'gzip', ETag: gzipTag } })
  }

  private async build(make: () => Promise<unknown>, timing: Timing): Promise<Answer> {
    let started = performance.now()
    const made = await make()
    if (made instanceof Uint8Array) {
      timing('db', performance.now() - started)
      return { bytes: made as Uint8Array<ArrayBuffer>, gzipped: true }
    }
    const json = typeof made === 'string' ? made : JSON.stringify(made)
    timing('db', performance.now() - started)
    // JSON's length in UTF-16 units is at most its UTF-8 byte length: below the threshold in one, maybe in both.
    if (json.length < MIN_GZIP_BYTES) {
      const bytes = new TextEncoder().encode(json) as Uint8Array<ArrayBuffer>
      if (bytes.byteLength < MIN_GZIP_BYTES) return { bytes, gzipped: false }
    }
    started = performance.now()
    const bytes = bytesOf(gzipSync(json, { level: 1 }))
    timing('gzip', performance.now() - started)
    return { bytes, gzipped: true }
  }

  /** Runs `task` when fewer than `maxMaking` others run. */
  private async inTurn<T>(task: () => Promise<T>, timing: Timing): Promise<T> {
    if (this.active >= this.maxMaking) {
      const started = performance.now()
      await new Promise<void>((resolve) => this.waiting.push(resolve))
      timing('queue', performance.now() - started)
    } else this.active++
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
