// The answer cache of /stats and /units: each key made once however many ask it together, a few answers made at a
// time, a failure not kept.
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { AnswerCache } from '../../server/http/answer-cache'

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
})
