// A province's /stats answer one or two levels down, gzipped from its packs (stat_packs, migration 0007): the
// pieces it takes are, in each pack, one slice of a column a block (its periods of the range, every unit), and a
// slice of the solo pieces of the range's first period. Put back in the answer's order here (sql-stats.ts: the
// depth, the unit, the period; each unit's first period by its solo piece, the rest by their cont pieces), the same
// bytes as statsGzip's from the year rows (sql-pieces.ts). Null where the packs cannot answer: a root that is not a
// province, a depth other than 1 or 2, a stale mark, a pack made again between this answer's two reads.
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/open'
import { readPrepared, Statement } from '../db/prepared-read'
import { GzipOfPieces, PIECE_HEAD, pieceEnd } from './gzip-pieces'
import { rootCtes, SLOTS, slotOf, validityOf, yearOf } from './sql-stats'
import type { Grain, StatsQuery } from './store'

export type Src = 'own' | 'subtree'
/** The distance below the root of a pack's block 0 (block 1 is the next). */
export const FIRST_DISTANCE: Record<Src, number> = { own: 0, subtree: 1 }
/** A seam for a test (test/server/stat-packs.test.ts): awaited before an answer's second read of a pack. */
export const packSeams = { beforeLaterSolos: async (): Promise<void> => {} }

const PRESENT = 0x31 // '1'

/** A pack as an answer reads it: its units' periods of the range, and its slices. */
interface PackRead {
  src: Src
  made: number
  periods: number
  units: number
  block0: number
  /** The range's periods in the pack, from its first (p2 < p1: none). */
  p1: number
  p2: number
  /** A byte a period of p1 … p2 and unit, '1' where the unit has the period. */
  presence: Buffer
  /** Each block's pieces of the periods p1 … p2 (empty where the answer takes none of the block). */
  conts: [Buffer, Buffer]
  /** Each block's solo pieces of the period p1. */
  solos: [Buffer, Buffer]
}

/**
 * Where each piece of a slice starts, given to `take` with its unit (from `from`) and period: the units of
 * [from, to) present in each period of [first, last] in turn. False when the slice does not hold exactly those.
 */
function walk(
  slice: Buffer,
  pack: PackRead,
  [from, to]: [number, number],
  [first, last]: [number, number],
  take: (unit: number, period: number, at: number) => void,
): boolean {
  const { presence, units, p1 } = pack
  let at = 0
  for (let p = first; p <= last; p++)
    for (let u = from, row = (p - p1) * units; u < to; u++) {
      if (presence[row + u] !== PRESENT) continue
      if (at + PIECE_HEAD > slice.length) return false
      take(u - from, p, at)
      at = pieceEnd(slice, at)
    }
  return at === slice.length
}

/** The read of a root's packs, made into its text once for each grain (its values by name). */
const packReads = new Map<Grain, Statement>()

function packRead(grain: Grain): Statement {
  const kept = packReads.get(grain)
  if (kept) return kept
  const value = (name: string) => sql.placeholder(name)
  const { first: validFrom, last: validTo } = validityOf(grain)
  const slots = sql.raw(String(SLOTS[grain]))
  // Block 0: the root's own rows, and at depth 1 its units' subtree rows; block 1: at depth 2, the units' own
  // rows and the next level's subtree rows.
  const block0 = sql`(p.src = 'own' OR ${value('depth')} = 1)`
  const block1 = sql`${value('depth')} = 2`
  // The segments' bounds in a column: block b's periods p1 … p2, or p1 alone.
  const slice = (column: 'conts' | 'solos', b: 0 | 1, last: 'p1' | 'p2') => {
    const ends = column === 'conts' ? 'cont_ends' : 'solo_ends'
    const base = b === 0 ? '' : 'p.periods + '
    return sql.raw(`substring(p.${column} FROM p.${ends}[${base}x.p1 + 1] + 1
      FOR p.${ends}[${base}x.${last} + 2] - p.${ends}[${base}x.p1 + 1])`)
  }
  // A period's number in the pack: 'YYYY-MM' or 'YYYY-Www', from the pack's first year's first.
  const periodOf = (period: SQL) => sql`(${yearOf(period)} - p.first_year) * ${slots} + ${slotOf(period)} - 1`
  const made = new Statement(sql`WITH RECURSIVE ${rootCtes(value('scope'), { unitId: value('unit') })},
      b AS (SELECT greatest(${value('from')}::text, ${validFrom}) AS lo, least(${value('to')}::text, ${validTo}) AS hi
        FROM r)
    SELECT EXISTS (SELECT 1 FROM year_pieces_stale)
        OR EXISTS (SELECT 1 FROM stat_packs_stale s WHERE s.root_id = ${value('unit')} AND s.grain = ${grain}) AS stale,
      (SELECT kind = 'province' FROM units WHERE id = ${value('unit')}) AS province,
      p.src = 'own' AS own, p.made, p.periods, p.units, p.block0, x.p1, x.p2,
      CASE WHEN x.p2 >= x.p1 THEN substring(p.presence FROM x.p1 * p.units + 1 FOR (x.p2 - x.p1 + 1) * p.units)
        ELSE ''::bytea END AS presence,
      CASE WHEN ${block0} AND x.p2 >= x.p1 THEN ${slice('conts', 0, 'p2')} ELSE ''::bytea END AS c0,
      CASE WHEN ${block1} AND x.p2 >= x.p1 THEN ${slice('conts', 1, 'p2')} ELSE ''::bytea END AS c1,
      CASE WHEN ${block0} AND x.p2 >= x.p1 THEN ${slice('solos', 0, 'p1')} ELSE ''::bytea END AS s0,
      CASE WHEN ${block1} AND x.p2 >= x.p1 THEN ${slice('solos', 1, 'p1')} ELSE ''::bytea END AS s1
    FROM b LEFT JOIN stat_packs p ON p.root_id = ${value('unit')} AND p.grain = ${grain}
      LEFT JOIN LATERAL (
        SELECT greatest(0, ${periodOf(sql`b.lo`)}) AS p1, least(p.periods - 1, ${periodOf(sql`b.hi`)}) AS p2) x
      ON true`)
  packReads.set(grain, made)
  return made
}

const PACK_COLUMNS = {
  stale: 'bool',
  province: 'bool',
  own: 'bool',
  made: 'int',
  periods: 'int',
  units: 'int',
  block0: 'int',
  p1: 'int',
  p2: 'int',
  presence: 'bytea',
  c0: 'bytea',
  c1: 'bytea',
  s0: 'bytea',
  s1: 'bytea',
} as const

export async function packsGzip(
  db: Db,
  scopeId: string,
  q: StatsQuery & { grain: Grain },
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (q.depth !== 1 && q.depth !== 2) return null
  const values = { scope: scopeId, unit: q.unitId, from: q.from, to: q.to, depth: q.depth }
  const rows = await readPrepared(db, packRead(q.grain).with(values), PACK_COLUMNS)
  // No row: the root is not in the scope (the route checked it before); a root that is no province has no packs.
  if (rows.length === 0 || rows[0]!.stale || !rows[0]!.province) return null
  const packs = new Map<Src, PackRead>()
  for (const row of rows)
    if (row.own !== null)
      packs.set(row.own ? 'own' : 'subtree', {
        src: row.own ? 'own' : 'subtree',
        made: row.made!,
        periods: row.periods!,
        units: row.units!,
        block0: row.block0!,
        p1: row.p1!,
        p2: row.p2!,
        presence: row.presence!,
        conts: [row.c0!, row.c1!],
        solos: [row.s0!, row.s1!],
      })
  const answer = new GzipOfPieces()
  return (await piecesInOrder(db, q, packs, answer)) ? answer.gzip() : null
}

/**
 * The answer's pieces, in its order, named to `answer`: for each depth, the block that holds it (own rows above the
 * query's depth, subtree rows at it); within it each unit's pieces, its first by its solo. False if a pack was made
 * again since it was read, or does not hold what its bounds say.
 * The loops over a block's thousands of pieces are functions of their own (blockOf, addBlock), apart from this
 * asynchronous one: V8 compiles each once, instead of this one again at each path its loops had not yet taken when
 * it was compiled in their midst (3 compilations of ~14 ms in a started server's first requests).
 */
async function piecesInOrder(
  db: Db,
  q: StatsQuery & { grain: Grain },
  packs: Map<Src, PackRead>,
  answer: GzipOfPieces,
): Promise<boolean> {
  for (let d = 0; d <= q.depth; d++) {
    const src: Src = d < q.depth ? 'own' : 'subtree'
    const pack = packs.get(src)
    // No pack: the table has no year row of the root's (or its packs were not made, which no mark says): the year
    // rows answer.
    if (!pack) return false
    if (pack.p2 < pack.p1) continue // the range is outside the pack's years
    const block = blockOf(pack, (d - FIRST_DISTANCE[src]) as 0 | 1)
    if (!block) return false
    if (block.later.length > 0 && !(await readLaterSolos(db, q, pack, block))) return false
    addBlock(block, answer)
  }
  return true
}

/** Where a block's pieces of the range lie, unit by unit. */
interface Block {
  b: 0 | 1
  /** The block's units in the pack, [first, end). */
  units: [number, number]
  conts: Buffer
  /** Each unit's pieces of the range (its cont pieces): starts[first[u]] … starts[first[u + 1] - 1]. */
  first: Int32Array
  starts: Int32Array
  /** Each unit's solo piece (of its first period in the range): in soloIn[u], at soloAt[u]. */
  soloIn: Buffer[]
  soloAt: Int32Array
  /** Units whose first period in the range is a later one than the range's first: their solos are read apart. */
  later: Array<[unit: number, period: number]>
}

/** Block b's pieces of the pack's range; null when its slices do not hold what the bounds say. */
function blockOf(pack: PackRead, b: 0 | 1): Block | null {
  const { presence, p1, p2 } = pack
  const units: [number, number] = b === 0 ? [0, pack.block0] : [pack.block0, pack.units]
  const count = units[1] - units[0]
  // Each unit's pieces of the range, where they start in the slice: unit u's from starts[first[u]] on.
  const present = new Int32Array(count)
  for (let row = 0; row < presence.length; row += pack.units)
    for (let u = 0; u < count; u++) if (presence[row + units[0] + u] === PRESENT) present[u] = present[u]! + 1
  const first = new Int32Array(count + 1)
  for (let u = 0; u < count; u++) first[u + 1] = first[u]! + present[u]!
  const starts = new Int32Array(first[count]!)
  const next = first.slice(0, count)
  const firstPeriod = new Int32Array(count).fill(-1)
  const conts = pack.conts[b]
  const isWhole = walk(conts, pack, units, [p1, p2], (u, period, at) => {
    if (firstPeriod[u] === -1) firstPeriod[u] = period
    const k = next[u]!
    starts[k] = at
    next[u] = k + 1
  })
  if (!isWhole) return null
  // Each unit's solo piece: of the range's first period, or for a unit without it, of its own first one.
  const soloIn: Buffer[] = new Array<Buffer>(count)
  const soloAt = new Int32Array(count)
  const solos = pack.solos[b]
  if (!walk(solos, pack, units, [p1, p1], (u, _, at) => ((soloIn[u] = solos), (soloAt[u] = at)))) return null
  const later: Array<[unit: number, period: number]> = []
  for (let u = 0; u < count; u++) if (firstPeriod[u]! > p1) later.push([u, firstPeriod[u]!])
  return { b, units, conts, first, starts, soloIn, soloAt, later }
}

/** A block's pieces named to the answer, unit by unit: its solo, then its cont pieces. */
function addBlock({ units, conts, first, starts, soloIn, soloAt }: Block, answer: GzipOfPieces): void {
  for (let u = 0, count = units[1] - units[0]; u < count; u++) {
    if (first[u] === first[u + 1]) continue // no period in the range
    answer.add(soloIn[u]!, soloAt[u]!)
    for (let k = first[u]! + 1; k < first[u + 1]!; k++) answer.add(conts, starts[k]!)
  }
}

/** The solo pieces of units whose first period in the range is a later one: that period's segment each. */
async function readLaterSolos(
  db: Db,
  q: StatsQuery & { grain: Grain },
  pack: PackRead,
  { b, units, later, soloIn, soloAt }: Block,
): Promise<boolean> {
  await packSeams.beforeLaterSolos()
  const periods = [...new Set(later.map(([, period]) => period))].sort((x, y) => x - y)
  const segments = periods.map((period) => b * pack.periods + period)
  const rows = await readPrepared(
    db,
    sql`SELECT substring(p.solos FROM p.solo_ends[x.s + 1] + 1 FOR p.solo_ends[x.s + 2] - p.solo_ends[x.s + 1]) AS piece
      FROM stat_packs p, unnest(string_to_array(${segments.join(',')}, ',')::int[]) WITH ORDINALITY x(s, k)
      WHERE p.root_id = ${q.unitId} AND p.grain = ${q.grain} AND p.src = ${pack.src} AND p.made = ${pack.made}
      ORDER BY x.k`,
    { piece: 'bytea' },
  )
  if (rows.length !== periods.length) return false // made again meanwhile
  const wanted = new Map(later)
  return periods.every((period, i) => {
    const segment = rows[i]!.piece!
    return walk(segment, pack, units, [period, period], (u, _, at) => {
      if (wanted.get(u) !== period) return
      soloIn[u] = segment
      soloAt[u] = at
    })
  })
}
