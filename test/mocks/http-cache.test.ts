// mock:serve's content negotiation and its kept answers: the encoding a client accepts, the same bytes back
// whatever the encoding, the least recently used dropped past the budget, everything dropped on a new data version.
import { randomBytes } from 'node:crypto'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { AnswerCache, compress, MIN_COMPRESSED_BYTES, negotiate } from '../../mocks/http-cache'

describe('negotiate', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['GZIP', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br;q=0.1', 'br'],
    ['identity', null],
    ['gzip;q=0', null],
    ['', null],
    [undefined, null],
  ] as const)('%s → %s', (header, expected) => {
    expect(negotiate(header)).toBe(expected)
  })
})

/** A JSON-like body of about `bytes` bytes that compresses the way /stats answers do. */
const body = (bytes: number, seed = 0) =>
  Buffer.from(
    JSON.stringify({
      rows: Array.from({ length: Math.ceil(bytes / 60) }, (_, i) => ({ unitId: `c${seed}-${i}`, received: i * 7 })),
    }),
  )

describe('compress', () => {
  // The output comes in one piece of a quarter of the input when it fits (JSON), in several when it does not.
  it.each([
    ['JSON, a fifth of its size', body(800_000)],
    ['incompressible, larger than the piece', randomBytes(300_000)],
    ['small', body(2_000)],
  ])('%s: the same bytes back in gzip and brotli', async (_, original) => {
    expect(gunzipSync(await compress(original, 'gzip')).equals(original)).toBe(true)
    expect(brotliDecompressSync(await compress(original, 'br')).equals(original)).toBe(true)
  })
})

describe('AnswerCache', () => {
  it('gives back the very bytes it kept, as is, gzipped and in brotli', async () => {
    const cache = new AnswerCache(1e6)
    const original = body(50_000)
    const kept = cache.keep('a', 1, { 'content-type': 'application/json' }, original, 'gzip')
    expect(kept.length).toBe(original.length)
    const again = cache.get('a', 1)!
    expect(again.headers).toEqual({ 'content-type': 'application/json' })
    const zipped = await cache.bodyOf('a', again, 'gzip')
    expect(zipped.length).toBeLessThan(original.length / 4)
    expect(gunzipSync(zipped).equals(original)).toBe(true)
    expect(brotliDecompressSync(await cache.bodyOf('a', again, 'br')).equals(original)).toBe(true)
    expect((await cache.bodyOf('a', again, null)).equals(original)).toBe(true)
    // Made once: the same compressed buffer on the next request.
    expect(await cache.bodyOf('a', again, 'gzip')).toBe(zipped)
  })

  it('keeps a small body as it is', async () => {
    const cache = new AnswerCache(1e6)
    const small = Buffer.from('{"firstMonth":"2020-01"}')
    expect(small.length).toBeLessThan(MIN_COMPRESSED_BYTES)
    const kept = cache.keep('m', 1, {}, small, 'gzip')
    expect(kept.gzip).toBeUndefined()
    expect(await cache.bodyOf('m', kept, 'gzip')).toBe(small)
  })

  it('forgets everything when the data version changes (an import, a revert)', () => {
    const cache = new AnswerCache(1e6)
    cache.keep('a', 1, {}, body(5_000), null)
    cache.keep('b', 1, {}, body(5_000), null)
    expect(cache.get('a', 1)).toBeDefined()
    expect(cache.get('a', 2)).toBeUndefined()
    expect(cache.get('b', 2)).toBeUndefined()
    expect(cache.size).toBe(0)
  })

  it('drops the least recently used past its budget, never keeps an answer of a quarter of it or more', async () => {
    // Random bytes do not compress: each answer weighs about its size against the budget (100 KB; 25 KB at most).
    const cache = new AnswerCache(100_000)
    const keep = async (key: string, bytes: number) => {
      await cache.bodyOf(key, cache.keep(key, 1, {}, randomBytes(bytes), null), 'gzip')
    }
    for (const key of ['a', 'b', 'c', 'd']) await keep(key, 22_000)
    expect(cache.get('a', 1)).toBeDefined() // a used last: b is now the oldest
    await keep('e', 22_000)
    expect(cache.get('b', 1)).toBeUndefined()
    for (const key of ['a', 'c', 'd', 'e']) expect(cache.get(key, 1), key).toBeDefined()
    await keep('big', 30_000)
    expect(cache.get('big', 1)).toBeUndefined()
    expect(cache.get('e', 1)).toBeDefined()
  })
})
