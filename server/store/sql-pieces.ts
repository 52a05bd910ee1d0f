// The rows' compressed pieces (migration 0003, gzip-pieces.ts): made after the rows are written, in the same
// transaction, and read by /stats to gzip an answer by putting them one after another.
import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { rowsOf, type Db } from '../db/open'
import { gzipOfPieces, piecesOf } from './gzip-pieces'
import { partitionSql } from './sql-stats'
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
 * an older server). Returns how many rows it gave pieces.
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
  return filled
}

/**
 * The /stats answer gzipped from its rows' pieces (gzip-pieces.ts), in the order of sql-stats.ts (the depth, the
 * unit, the period); null when a row of it has no pieces yet (the caller then makes it from the texts).
 */
export async function statsGzip(
  db: Db,
  scopeId: string,
  q: StatsQuery & { grain: Grain },
): Promise<Uint8Array<ArrayBuffer> | null> {
  const { ctes, rows } = partitionSql(scopeId, q, { columns: 'pieces' })
  const [record] = rowsOf<{ rows: number; pieced: number; packed: string | null }>(
    await db.execute(sql`WITH RECURSIVE ${ctes}
      SELECT count(*)::int AS rows, count(piece)::int AS pieced,
        encode(string_agg(piece, ''::bytea ORDER BY d, unit_id, period), 'base64') AS packed
      FROM ${rows} x`),
  )
  if (!record || record.rows !== record.pieced) return null
  return gzipOfPieces(record.packed === null ? new Uint8Array(0) : Buffer.from(record.packed, 'base64'))
}
