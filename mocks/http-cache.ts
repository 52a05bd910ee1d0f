// For `mock:serve` only (Node): content negotiation and compression off the event loop, and the finished
// answers of the read-only endpoints kept per data version, so that a repeated request is a lookup. A request
// then costs its matching and a copy; without it, twenty clients wait in turn while each answer is generated,
// serialised and compressed again on the one thread.
import { promisify } from 'node:util'
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib'

export type Encoding = 'br' | 'gzip'

/** Bodies smaller than this go out as they are: compressing them saves less than it costs. */
export const MIN_COMPRESSED_BYTES = 1024

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

/**
 * The encoding to answer with for an Accept-Encoding header: brotli when accepted, else gzip, else none; a coding
 * refused with q=0 is not used (RFC 9110 §12.5.3).
 */
export function negotiate(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Set<string>()
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name.trim())
  }
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip') || accepted.has('x-gzip')) return 'gzip'
  return null
}

/**
 * Compresses on libuv's thread pool (the event loop keeps answering meanwhile). On a province's year (0.8 MB of
 * JSON): gzip at level 1 in about 3.5 ms to 19% of the size (level 4: 6 ms, 16% — on two shared cores, the CPU of a
 * cold pass counts more than the bytes on a local network); brotli at quality 4 in about 6 ms to 14%.
 */
export function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  // The output in one piece when it is no larger than a quarter of the input (JSON: a fifth or less): with zlib's
  // 16 KB default, a province's year came back in ~10 pieces, each a turn of the event loop — every piece waited for
  // the answer being made on the main thread then, and each was a new buffer to allocate, then copy into the whole.
  const chunkSize = Math.max(16 * 1024, Math.ceil(body.length / 4))
  return encoding === 'br'
    ? brotli(body, {
        chunkSize,
        params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzipAsync(body, { level: 1, chunkSize })
}

/** A finished 200 answer, kept compressed only (a seventh of its size): its headers and gzip, brotli once asked. */
export interface CachedAnswer {
  headers: Record<string, string>
  /** The body's length uncompressed. */
  length: number
  /** The body itself, when too small to compress. */
  small?: Buffer
  gzip?: Promise<Buffer>
  br?: Promise<Buffer>
}

/**
 * Answers by key, least recently used dropped past `maxBytes` (their compressed forms); everything is forgotten
 * when the data version changes (an import or a revert). An answer larger than a quarter of the budget is not kept.
 */
export class AnswerCache {
  private readonly entries = new Map<string, { answer: CachedAnswer; bytes: number }>()
  private bytes = 0
  private version: number | null = null

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size
  }

  get(key: string, version: number): CachedAnswer | undefined {
    this.sync(version)
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key) // re-inserted: a Map iterates in insertion order, the oldest use first
    this.entries.set(key, entry)
    return entry.answer
  }

  /**
   * Keeps an answer: gzipped now, off the event loop, and in the encoding its first client asked for (brotli made
   * from the body at hand rather than later from the gzip form).
   */
  keep(key: string, version: number, headers: Record<string, string>, body: Buffer, encoding: Encoding | null) {
    const answer = this.enter(key, version, { headers, length: body.length })
    if (body.length < MIN_COMPRESSED_BYTES) {
      answer.small = body
      this.count(key, answer, body.length)
      return answer
    }
    answer.gzip = compress(body, 'gzip')
    void answer.gzip.then((zipped) => this.count(key, answer, zipped.length))
    if (encoding === 'br') {
      answer.br = compress(body, 'br')
      void answer.br.then((zipped) => this.count(key, answer, zipped.length))
    }
    return answer
  }

  /** Keeps an answer made gzipped (row-pieces.ts), its length as its gzip trailer gives it (RFC 1952: ISIZE). */
  keepGzip(key: string, version: number, headers: Record<string, string>, zipped: Buffer): CachedAnswer {
    const length = zipped.readUInt32LE(zipped.length - 4)
    const answer = this.enter(key, version, { headers, length, gzip: Promise.resolve(zipped) })
    this.count(key, answer, zipped.length)
    return answer
  }

  /** An answer put in place of the key's (none of its bytes counted yet). */
  private enter(key: string, version: number, answer: CachedAnswer): CachedAnswer {
    this.sync(version)
    this.drop(key)
    this.entries.set(key, { answer, bytes: 0 })
    return answer
  }

  /** The answer's body in `encoding` (null: as is), made from its gzip form once when first asked. */
  bodyOf(key: string, answer: CachedAnswer, encoding: Encoding | null): Promise<Buffer> {
    if (answer.small) return Promise.resolve(answer.small)
    const zipped = answer.gzip!
    if (encoding === 'gzip') return zipped
    if (encoding === null) return zipped.then((buffer) => gunzipAsync(buffer))
    if (!answer.br) {
      answer.br = zipped.then((buffer) => gunzipAsync(buffer)).then((plain) => compress(plain, 'br'))
      void answer.br.then((buffer) => this.count(key, answer, buffer.length))
    }
    return answer.br
  }

  private count(key: string, answer: CachedAnswer, bytes: number): void {
    const entry = this.entries.get(key)
    if (entry?.answer !== answer) return
    if (entry.bytes + bytes > this.maxBytes / 4) return void this.drop(key)
    entry.bytes += bytes
    this.bytes += bytes
    this.evict()
  }

  private sync(version: number): void {
    if (this.version === version) return
    this.entries.clear()
    this.bytes = 0
    this.version = version
  }

  private drop(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.bytes
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) return
      this.drop(key)
    }
  }
}
