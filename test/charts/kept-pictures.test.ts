// @vitest-environment jsdom
// The pictures a tab keeps for its next load: found only under exactly what they were drawn from (recipe, size, the
// build's drawing code), bounded, and known to early.js by the address and window they were drawn at.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChartRecipe } from '../../src/charts/recipes'

const KEY = 'tien-do-dvctt.pictures'
const recipe = (values: number[]) => ({ kind: 'metric-trend', input: { values } }) as unknown as ChartRecipe
const svg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg"><text>${text}</text></svg>`
const size = { width: 600, height: 280 }

/** kept-pictures.ts afresh: as a new page load reads the tab's storage. */
const load = () => import('../../src/charts/kept-pictures')

/** The build's tag naming the picture worker's file (index.html's early.js script). */
function nameDrawing(file: string | null) {
  document.querySelector('script[data-picture-worker]')?.remove()
  if (file === null) return
  const script = document.createElement('script')
  script.dataset.pictureWorker = file
  document.head.append(script)
}

beforeEach(() => {
  vi.resetModules()
  sessionStorage.clear()
  nameDrawing('./assets/picture-worker-A1.js')
})
afterEach(() => nameDrawing(null))

describe('kept pictures', () => {
  it('are found by the next load under the same recipe, size and drawing code only', async () => {
    const first = await load()
    const key = first.pictureKey(recipe([0.8, 0.9]), size)!
    expect(first.keptPicture(key)).toBeNull()
    first.keepPicture(key, svg('kept'))

    const next = await load()
    expect(next.keptPicture(next.pictureKey(recipe([0.8, 0.9]), size)!)).toBe(svg('kept'))
    // other figures, another size: not this picture
    expect(next.keptPicture(next.pictureKey(recipe([0.8, 0.91]), size)!)).toBeNull()
    expect(next.keptPicture(next.pictureKey(recipe([0.8, 0.9]), { width: 601, height: 280 })!)).toBeNull()
    // another build (its worker's file renamed): nothing drawn by the old code is shown
    nameDrawing('./assets/picture-worker-B2.js')
    expect(next.keptPicture(next.pictureKey(recipe([0.8, 0.9]), size)!)).toBeNull()
    // no named drawing code (the dev server): nothing kept, nothing found
    nameDrawing(null)
    expect(next.pictureKey(recipe([0.8, 0.9]), size)).toBeNull()
  })

  it('are at most six, the latest first, and drop the oldest past 400,000 characters', async () => {
    const kept = await load()
    const keys = Array.from({ length: 8 }, (_, i) => kept.pictureKey(recipe([i]), size)!)
    keys.forEach((key, i) => kept.keepPicture(key, svg(`p${i}`)))
    const stored = () => (JSON.parse(sessionStorage.getItem(KEY)!) as Array<{ key: string }>).map((p) => p.key)
    expect(stored()).toEqual(keys.slice(2).reverse())
    // keeping one again moves it first, once
    kept.keepPicture(keys[4]!, svg('p4 again'))
    expect(stored()).toEqual([keys[4], keys[7], keys[6], keys[5], keys[3], keys[2]])

    const big = `<svg>${'x'.repeat(250_000)}</svg>`
    kept.keepPicture(keys[0]!, big)
    kept.keepPicture(keys[1]!, big)
    expect(stored()).toEqual([keys[1]])
    expect((await load()).keptPicture(keys[1]!)).toBe(big)
  })

  it('are forgotten all at once (at sign-in and sign-out)', async () => {
    const kept = await load()
    const key = kept.pictureKey(recipe([1]), size)!
    kept.keepPicture(key, svg('trend'))
    kept.forgetKeptPictures()
    expect(kept.keptPicture(key)).toBeNull()
    expect(sessionStorage.getItem(KEY)).toBeNull()
    expect((await load()).keptPicture(key)).toBeNull()
  })

  it('are none when the storage is unreadable, or holds what is not a picture', async () => {
    sessionStorage.setItem(KEY, '[{"key":')
    let kept = await load()
    expect(kept.keptPicture(kept.pictureKey(recipe([1]), size)!)).toBeNull()
    expect(kept.keepsPictureHere()).toBe(false)

    vi.resetModules()
    kept = await load()
    const key = kept.pictureKey(recipe([1]), size)!
    const here = { addresses: [location.href], window: `${innerWidth}×${innerHeight}`, key }
    sessionStorage.setItem(KEY, JSON.stringify([{ ...here, svg: '<img src=x onerror=alert(1)>' }]))
    expect(kept.keptPicture(key)).toBeNull()
    expect(kept.keepsPictureHere()).toBe(false)
  })

  it("tell a load whether a picture was kept at its address and window size (early.js's rule)", async () => {
    const kept = await load()
    expect(kept.keepsPictureHere()).toBe(false)
    const loaded = location.href
    // the view completes its address after the load: a reload loads that one
    const completed = `${loaded}#/overview?unit=p87&from=2022-12`
    history.replaceState(null, '', completed)
    kept.keepPicture(kept.pictureKey(recipe([1]), size)!, svg('trend'))
    const [picture] = JSON.parse(sessionStorage.getItem(KEY)!) as Array<{ addresses: string[]; window: string }>
    expect(picture!.addresses).toEqual([loaded, completed])
    expect(picture!.window).toBe(`${innerWidth}×${innerHeight}`)

    expect((await load()).keepsPictureHere()).toBe(true) // loaded at the completed address
    history.replaceState(null, '', `${loaded}#/targets`)
    vi.resetModules()
    expect((await load()).keepsPictureHere()).toBe(false)
    history.replaceState(null, '', loaded)
    vi.resetModules()
    expect((await load()).keepsPictureHere()).toBe(true)
    // the window resized (a phone turned): its box has another size
    vi.stubGlobal('innerWidth', innerWidth + 100)
    vi.resetModules()
    expect((await load()).keepsPictureHere()).toBe(false)
    vi.unstubAllGlobals()
  })
})
