// The answer cache of /stats and /units: each key made once however many ask it together, a few answers made at a
// time, a failure not kept, an answer the client holds (If-None-Match) not sent again, where the time goes.
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { AnswerCache, etagOf } from '../../server/http/answer-cache'

const big = (n: number) => JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ unitId: `u${n}-${i}` })) })
const later = <T>(value: T, ms = 20) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))

describe('AnswerCache', () => {
  it('makes a key once for the clients that ask it together, and each gets the whole answer', async () => {
    const cache = new AnswerCache(1024 * 1024)
    let made = 0
    const make = () => {
      made++
      return later(big(1))
    }
    const responses = await Promise.all(Array.from({ length: 5 }, () => cache.respond('k', true, make)))
    expect(made).toBe(1)
    for (const response of responses) {
      expect(response.headers.get('content-encoding')).toBe('gzip')
      expect(gunzipSync(new Uint8Array(await response.arrayBuffer())).toString()).toBe(big(1))
    }
    await cache.respond('k', false, make) // kept: asked again, not made again, unzipped for this client
    expect(made).toBe(1)
  })

  it('makes at most maxMaking answers at once, and makes every one', async () => {
    const cache = new AnswerCache(1024 * 1024, 2)
    let running = 0
    let most = 0
    const make = (n: number) => async () => {
      running++
      most = Math.max(most, running)
      await later(null)
      running--
      return big(n)
    }
    const texts = await Promise.all(
      Array.from({ length: 7 }, async (_, n) => (await cache.respond(`k${n}`, false, make(n))).text()),
    )
    expect(most).toBe(2)
    expect(texts).toEqual(Array.from({ length: 7 }, (_, n) => big(n)))
  })

  it('keeps no failure: every client waiting is told, and the next ask makes it again', async () => {
    const cache = new AnswerCache(1024 * 1024, 1)
    const failing = () => later(null).then(() => Promise.reject(new Error('database gone')))
    const asked = await Promise.allSettled([cache.respond('k', true, failing), cache.respond('k', true, failing)])
    expect(asked.map((a) => a.status)).toEqual(['rejected', 'rejected'])
    const response = await cache.respond('k', false, () => later(big(3)))
    expect(await response.text()).toBe(big(3))
  })

  it('tags each answer by its key and encoding, answers 304 unmade when the client holds it', async () => {
    const cache = new AnswerCache(1024 * 1024)
    let made = 0
    const make = () => {
      made++
      return later(big(4))
    }
    const zipped = await cache.respond('stats|v1|k', true, make)
    const plain = await cache.respond('stats|v1|k', false, make)
    const zippedTag = zipped.headers.get('etag')!
    const plainTag = plain.headers.get('etag')!
    expect(plainTag).toMatch(/^"[\w-]+"$/)
    expect(zippedTag).not.toBe(plainTag) // one tag names one representation's bytes
    expect(made).toBe(1)
    // The tag depends on the key alone (which names the data version), so another instance gives the same one.
    expect(plainTag).toBe(etagOf('stats|v1|k'))

    // Held: 304, no body, nothing made — even by a cache that has never made it (a new instance).
    const fresh = new AnswerCache(1024 * 1024)
    for (const [header, tag] of [
      [zippedTag, zippedTag],
      [`W/${plainTag}`, plainTag],
      [`"other", ${zippedTag}`, zippedTag],
    ] as const) {
      const response = await fresh.respond('stats|v1|k', true, make, { ifNoneMatch: header })
      expect(response.status).toBe(304)
      expect(response.headers.get('etag')).toBe(tag)
      expect(await response.text()).toBe('')
    }
    expect(made).toBe(1)

    // The data changed (another version in the key): the old tag is not this answer's, which is sent whole.
    const changed = await cache.respond('stats|v2|k', true, () => later(big(5)), { ifNoneMatch: zippedTag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(zippedTag)
    expect(gunzipSync(new Uint8Array(await changed.arrayBuffer())).toString()).toBe(big(5))
  })

  it("says where the time went: a turn waited, made, gzip, another asker's, a kept one", async () => {
    const cache = new AnswerCache(1024 * 1024, 1)
    const parts = (into: Map<string, number>) => (name: string, ms: number) => into.set(name, ms)
    const first = new Map<string, number>()
    const second = new Map<string, number>()
    const sharing = new Map<string, number>()
    const kept = new Map<string, number>()
    await Promise.all([
      cache.respond('a', true, () => later(big(6), 30), { timing: parts(first) }),
      cache.respond('b', true, () => later(big(7)), { timing: parts(second) }),
      cache.respond('a', true, () => later(big(6)), { timing: parts(sharing) }),
    ])
    await cache.respond('a', true, () => later(big(6)), { timing: parts(kept) })
    expect([...first.keys()].sort()).toEqual(['db', 'gzip'])
    expect(first.get('db')).toBeGreaterThanOrEqual(25)
    expect([...second.keys()].sort()).toEqual(['db', 'gzip', 'queue']) // one at a time: b waited for a
    expect(second.get('queue')).toBeGreaterThanOrEqual(25)
    expect([...sharing.keys()]).toEqual(['shared'])
    expect([...kept.keys()]).toEqual(['hit'])
  })
})
