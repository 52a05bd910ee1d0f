// The rows' compressed pieces (migration 0003, gzip-pieces.ts): made after the rows are written, in the same
// transaction, and read by /stats to gzip an answer by putting them one after another.
import { createHash } from 'node:crypto'
import { sql, type SQL } from 'drizzle-orm'
import { rowsOf, type Db } from '../db/open'
import { readPrepared } from '../db/prepared-read'
import { gzipOfPieces, piecesOf } from './gzip-pieces'
import { refreshStatPacks } from './sql-pack-making'
import { rootCtes, SLOTS, slotOf, validityOf, yearOf } from './sql-stats'
import type { Grain, StatsQuery } from './store'

const TABLES = ['stat_rows', 'subtree_rows'] as const

/** Unit-grain series whose pieces are made at a time (a series: a unit's months, or its weeks; ≤ ~400 rows). */
const SERIES_AT_ONCE = 100
/** Rows written back in one statement. */
const WRITE_CHUNK = 2_000

/** A seam for a test (test/server/row-pieces.test.ts): awaited between a fill's read and its write. */
export const fillSeams = { afterRead: async (): Promise<void> => {} }

/** Rows an UPDATE wrote (node-postgres: rowCount; PGlite: affectedRows). */
const affected = (result: unknown) => {
  const { rowCount, affectedRows } = result as { rowCount?: number | null; affectedRows?: number }
  return rowCount ?? affectedRows ?? 0
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex')

interface Unpieced {
  unit_id: string
  grain: string
  period: string
  row_json: string
  prev_json: string | null
  prev_period: string | null
}

/**
 * Makes the pieces every row lacks, and those of the rows after them (a `cont` piece is made against the row
 * before it): after a seed, an import or a revert, and at start (a database written before migration 0003, or by
 * an older server); then the year rows of the years written (refreshYearPieces) and their provinces' packs
 * (refreshStatPacks). Returns how many rows it gave
 * pieces.
 */
export async function fillPieces(db: Db): Promise<number> {
  let filled = 0
  for (const table of TABLES) {
    const name = sql.raw(table)
    // The same rows read again and again: each time changed (by another writer) before they could be written.
    // After a few tries they are left to the next fill (their answers are made from the texts meanwhile).
    let previous = ''
    let repeats = 0
    for (;;) {
      // The series with a row without pieces (the partial index of migration 0003 finds them), each whole: a
      // row's piece depends on the row before it. A `cont` made against a row that was since deleted or changed
      // is made again too (its cont_prev is no longer the period before it, or that row lost its pieces).
      const rows = rowsOf<Unpieced>(
        await db.execute(sql`SELECT unit_id, grain, period, row_json, prev_json, prev_period FROM (
            SELECT t.unit_id, t.grain, t.period, t.row_json, t.solo IS NULL AS missing, t.cont_prev,
              lag(t.row_json) OVER w AS prev_json, lag(t.period) OVER w AS prev_period,
              lag(t.solo IS NULL) OVER w AS prev_missing
            FROM ${name} t
            WHERE (t.unit_id, t.grain) IN (
              SELECT unit_id, grain FROM ${name} WHERE solo IS NULL GROUP BY unit_id, grain LIMIT ${SERIES_AT_ONCE})
            WINDOW w AS (PARTITION BY t.unit_id, t.grain ORDER BY t.period)
          ) x
          WHERE missing OR prev_missing OR cont_prev IS DISTINCT FROM prev_period`),
      )
      const keys = rows.map((row) => `${row.unit_id}|${row.grain}|${row.period}`).join(',')
      repeats = keys === previous ? repeats + 1 : 0
      previous = keys
      if (rows.length === 0 || repeats === 3) break
      await fillSeams.afterRead()
      let written = 0
      for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
        const records = rows.slice(i, i + WRITE_CHUNK).map((row) => {
          const pieces = piecesOf(row.row_json, row.prev_json)
          return {
            unit_id: row.unit_id,
            grain: row.grain,
            period: row.period,
            solo: pieces.solo.toString('base64'),
            cont: pieces.cont?.toString('base64') ?? null,
            cont_prev: pieces.cont ? row.prev_period : null,
            text_md5: md5(row.row_json),
            prev_md5: row.prev_json === null ? null : md5(row.prev_json),
          }
        })
        // Written only over the texts they were made from: another transaction (an import on another instance)
        // may have changed the row, or the row before it, since they were read; that row keeps no pieces (its
        // answers are made from the texts) until the next fill.
        written += affected(
          await db.execute(sql`UPDATE ${name} t SET solo = decode(x.solo, 'base64'), cont = decode(x.cont, 'base64'),
            cont_prev = x.cont_prev
          FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS x(unit_id text, grain text, period text,
            solo text, cont text, cont_prev text, text_md5 text, prev_md5 text)
          WHERE t.unit_id = x.unit_id AND t.grain = x.grain AND t.period = x.period AND md5(t.row_json) = x.text_md5
            AND (x.cont_prev IS NULL OR x.prev_md5 = (SELECT md5(p.row_json) FROM ${name} p
              WHERE p.unit_id = t.unit_id AND p.grain = t.grain AND p.period = x.cont_prev))`),
        )
      }
      filled += written
    }
  }
  await refreshYearPieces(db)
  await refreshStatPacks(db)
  return filled
}

/** A year row's slots, by its grain. */
const ROW_SLOTS = sql.raw(`CASE grain WHEN 'week' THEN ${SLOTS.week} ELSE ${SLOTS.month} END`)
/** The running ends of a year's pieces, from their lengths: 0, then after each (year_pieces, migration 0004). */
const endsOf = (lengths: SQL) => sql`(SELECT array_agg(e ORDER BY i) FROM (SELECT 0 AS e, 0::bigint AS i
  UNION ALL SELECT (sum(l) OVER (ORDER BY i))::int, i FROM unnest(${lengths}) WITH ORDINALITY u(l, i)) z)`

/** Stale years made again in one statement. */
const YEARS_AT_ONCE = 2_000

/**
 * Makes again the year rows (year_pieces, migration 0004) of the units' years marked stale, from their rows'
 * pieces: the marks taken first, so that a row another writer changes meanwhile marks its year again. A year with a
 * row still without pieces (the fill gave up on it) is marked again and keeps no row, and answers are made from the
 * texts until a fill makes it. Called by fillPieces, after the rows' pieces.
 */
async function refreshYearPieces(db: Db) {
  for (const [src, table] of [
    ['own', 'stat_rows'],
    ['subtree', 'subtree_rows'],
  ] as const) {
    // Every mark of the table at once: a year marked again below waits for the next fill.
    const stale = rowsOf<{ unit_id: string; grain: string; year: number }>(
      await db.execute(sql`DELETE FROM year_pieces_stale WHERE src = ${src} RETURNING unit_id, grain, year`),
    )
    const name = sql.raw(table)
    for (let i = 0; i < stale.length; i += YEARS_AT_ONCE) {
      const keys = stale.slice(i, i + YEARS_AT_ONCE)
      const k = sql`jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) AS k(unit_id text, grain text, year int)`
      await db.execute(sql`DELETE FROM year_pieces y USING ${k}
        WHERE y.src = ${src} AND y.unit_id = k.unit_id AND y.grain = k.grain AND y.year = k.year`)
      // Each year's periods with the one before its first (a cont piece is made against the unit's period before
      // it, which may be in the year before).
      const periods = sql`SELECT t.unit_id, t.grain, k.year, t.period, t.solo,
          CASE WHEN t.cont_prev = lag(t.period) OVER w THEN t.cont ELSE t.solo END AS cont
        FROM ${k} JOIN ${name} t ON t.unit_id = k.unit_id AND t.grain = k.grain
          AND t.period >= (k.year - 1)::text AND t.period < (k.year + 1)::text
        WINDOW w AS (PARTITION BY t.unit_id, t.grain, k.year ORDER BY t.period)`
      const years = sql`SELECT unit_id, grain, year, array_agg(${slotOf(sql`period`)} ORDER BY period) AS slots,
          array_agg(octet_length(cont) ORDER BY period) AS cont_lengths,
          string_agg(cont, ''::bytea ORDER BY period) AS conts,
          array_agg(octet_length(solo) ORDER BY period) AS solo_lengths,
          string_agg(solo, ''::bytea ORDER BY period) AS solos,
          bool_and(solo IS NOT NULL AND cont IS NOT NULL) AS whole
        FROM (${periods}) p WHERE ${yearOf(sql`period`)} = year
        GROUP BY unit_id, grain, year`
      await db.execute(sql`WITH y AS (${years}),
          made AS (
            INSERT INTO year_pieces (src, unit_id, grain, year, slots, cnt, cont_ends, conts, solo_ends, solos)
            SELECT ${src}, unit_id, grain, year, slots,
              (SELECT array_agg((SELECT count(*) FROM unnest(slots) v WHERE v < s)::smallint ORDER BY s)
                FROM generate_series(1, ${ROW_SLOTS} + 1) s),
              ${endsOf(sql`cont_lengths`)}, conts, ${endsOf(sql`solo_lengths`)}, solos
            FROM y WHERE whole)
          INSERT INTO year_pieces_stale (src, unit_id, grain, year)
            SELECT ${src}, unit_id, grain, year FROM y WHERE NOT whole`)
    }
  }
}

/**
 * The /stats answer gzipped from its units' year rows (year_pieces, migrations 0004 and 0005; gzip-pieces.ts), in the
 * order of sql-stats.ts (the depth, the unit, the period): of each unit, the first period in the range (and the root's
 * validity) by its solo piece from `solos`, the rest from `conts`. Null while a year is stale (the caller then makes
 * the answer from the texts). Asked as a prepared statement, the bytes as bytes (db/prepared-read.ts).
 */
export async function statsGzip(
  db: Db,
  scopeId: string,
  q: StatsQuery & { grain: Grain },
): Promise<Uint8Array<ArrayBuffer> | null> {
  const { first: validFrom, last: validTo } = validityOf(q.grain)
  const range = sql`b AS (SELECT greatest(${q.from}::text, ${validFrom}) AS lo, least(${q.to}::text, ${validTo}) AS hi
      FROM r)`
  // k1, k2: the year's periods within the range are its (k1 + 1)-th to k2-th.
  const past = sql.raw(String(SLOTS[q.grain] + 1))
  const years = (src: string, depth: SQL) => sql`
    SELECT c.distance AS d, y.unit_id, y.year,
      y.cnt[CASE WHEN y.year > ${yearOf(sql`b.lo`)} THEN 1 ELSE ${slotOf(sql`b.lo`)} END] AS k1,
      y.cnt[CASE WHEN y.year < ${yearOf(sql`b.hi`)} THEN ${past} ELSE ${slotOf(sql`b.hi`)} + 1 END] AS k2,
      y.cont_ends, y.conts, y.solo_ends, y.solos
    FROM b, unit_closure c, LATERAL (SELECT * FROM year_pieces y WHERE y.unit_id = c.descendant_id
      AND y.grain = ${q.grain} AND y.src = ${src} AND y.year BETWEEN ${yearOf(sql`b.lo`)} AND ${yearOf(sql`b.hi`)}
      OFFSET 0) y
    WHERE c.ancestor_id = ${q.unitId} AND ${depth}`
  // A year row's pieces from its a-th to its (b - 1)-th (`ends` is 0, then where each piece ends).
  const pieces = (column: 'conts' | 'solos', a: string, b: string) => {
    const ends = column === 'conts' ? 'cont_ends' : 'solo_ends'
    return sql.raw(`substring(${column} FROM ${ends}[${a}] + 1 FOR ${ends}[${b}] - ${ends}[${a}])`)
  }
  // Of the unit's first year in the range, its first period's solo piece, then the rest's cont pieces.
  const piece = sql`CASE WHEN k2 <= k1 THEN ''::bytea
      WHEN year = first_year THEN ${pieces('solos', 'k1 + 1', 'k1 + 2')} || ${pieces('conts', 'k1 + 2', 'k2 + 1')}
      ELSE ${pieces('conts', 'k1 + 1', 'k2 + 1')} END`
  // A piece missing (NULL: a row without its pieces, which no mark names) would leave its rows out: such an answer
  // is made from the texts instead. (OFFSET 0: each piece made once, not once for each aggregate that reads it.)
  const [record] = await readPrepared(
    db,
    sql`WITH RECURSIVE ${rootCtes(scopeId, q)}, ${range}
      SELECT EXISTS (SELECT 1 FROM year_pieces_stale) AS stale, bool_and(piece IS NOT NULL) AS whole,
        string_agg(piece, ''::bytea ORDER BY d, unit_id, year) AS packed
      FROM (
        SELECT d, unit_id, year, ${piece} AS piece
        FROM (
          SELECT *, min(year) FILTER (WHERE k2 > k1) OVER (PARTITION BY d, unit_id) AS first_year
          FROM (${years('own', sql`c.distance < ${q.depth}`)}
            UNION ALL ${years('subtree', sql`c.distance = ${q.depth}`)}) a
        ) p
        OFFSET 0
      ) x`,
    { stale: 'bool', whole: 'bool', packed: 'bytea' },
  )
  if (!record || record.stale || record.whole === false) return null
  return gzipOfPieces(record.packed ?? new Uint8Array(0))
}
