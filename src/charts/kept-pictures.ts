// The charts' pictures a tab keeps (sessionStorage) for its next load: a reload — the usual way back to fresh
// figures — whose figures have not changed shows the very picture the worker drew for them, without starting the
// worker (ECharts, compiled and run cold) before the first screen. A picture is kept under what it was drawn from:
// the recipe (figures, names, colours, language), the box's size and the build's drawing code (the picture worker's
// file, named by the build on public/early.js's tag); any change of these draws a new one. The load's address and
// the window's size are kept with it, so that early.js knows when a reload will likely find its picture here and
// need not start the worker ahead (public/early.js, KEPT_PICTURES_KEY there).
import { LOAD_ADDRESS } from '../load-address'
import type { ChartRecipe } from './recipes'
import type { PictureSize } from './chart-svg'

/** Where the pictures are kept (JSON: KeptPicture[], the latest first). */
export const KEPT_PICTURES_KEY = 'tien-do-dvctt.pictures'

export interface KeptPicture {
  /** The page's addresses it was drawn at: as loaded, and as the view wrote it once complete. */
  addresses: string[]
  /** The window's inner size when it was drawn, "width×height". */
  window: string
  key: string
  svg: string
}

/** At most this many pictures, of at most this many characters together (a trend's picture: ~20–40,000). */
const MAX_PICTURES = 6
const MAX_CHARACTERS = 400_000

const windowSize = () => `${window.innerWidth}×${window.innerHeight}`

let kept: KeptPicture[] | null = null

const isKeptPicture = (value: unknown): value is KeptPicture => {
  const picture = value as KeptPicture | null
  return (
    typeof picture === 'object' &&
    picture !== null &&
    Array.isArray(picture.addresses) &&
    typeof picture.window === 'string' &&
    typeof picture.key === 'string' &&
    typeof picture.svg === 'string' &&
    picture.svg.startsWith('<svg')
  )
}

function read(): KeptPicture[] {
  if (kept) return kept
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(KEPT_PICTURES_KEY) ?? '[]')
    kept = Array.isArray(stored) ? stored.filter(isKeptPicture) : []
  } catch {
    kept = [] // storage blocked or unreadable: nothing kept
  }
  return kept
}

/**
 * What a picture of `recipe` at `size` is kept under; null where the build does not name its drawing code (the
 * dev server, tests), where nothing is kept.
 */
export function pictureKey(recipe: ChartRecipe, size: PictureSize): string | null {
  const drawing = document.querySelector<HTMLScriptElement>('script[data-picture-worker]')?.dataset.pictureWorker
  return drawing ? JSON.stringify([drawing, size.width, size.height, recipe]) : null
}

/** The picture kept under `key`, if any. */
export function keptPicture(key: string): string | null {
  return read().find((picture) => picture.key === key)?.svg ?? null
}

/** Keeps `svg` under `key` for this tab's next loads (the oldest pictures go first). */
export function keepPicture(key: string, svg: string): void {
  const addresses = [...new Set([LOAD_ADDRESS, location.href])]
  const pictures = [{ addresses, window: windowSize(), key, svg }, ...read().filter((picture) => picture.key !== key)]
  let characters = 0
  kept = pictures.filter((picture, index) => {
    characters += picture.svg.length
    return index < MAX_PICTURES && characters <= MAX_CHARACTERS
  })
  try {
    sessionStorage.setItem(KEPT_PICTURES_KEY, JSON.stringify(kept))
  } catch {
    // storage full or blocked: the next load draws its pictures
  }
}

/** Forgets every kept picture (a session's pictures are its user's alone: src/main.ts, at sign-in and sign-out). */
export function forgetKeptPictures(): void {
  kept = []
  try {
    sessionStorage.removeItem(KEPT_PICTURES_KEY)
  } catch {
    // storage blocked: nothing was kept
  }
}

/** Whether a picture was kept at this load's address and window size: the first screen will likely show it. */
export function keepsPictureHere(): boolean {
  const size = windowSize()
  return read().some((picture) => picture.window === size && picture.addresses.includes(LOAD_ADDRESS))
}
