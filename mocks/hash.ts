// Deterministic pseudo-randomness: a value in [0, 1) from a unit's seed, a month and a salt.
// The same inputs give the same number on every machine and every run: no random source at all.

/** FNV-1a over a string: a unit's seed. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** murmur3's finaliser: spreads every input bit over the output. */
function fmix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** A number in [0, 1) for (seed, a, b). */
export function unitRandom(seed: number, a: number, b = 0): number {
  const h = fmix(seed ^ fmix(Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 7, 0x27d4eb2f)))
  return h / 4294967296
}

/** A number in [lo, hi) for (seed, a, b). */
export function between(lo: number, hi: number, seed: number, a: number, b = 0): number {
  return lo + (hi - lo) * unitRandom(seed, a, b)
}
