// A read asked again and again with new values (a /stats answer's pieces, sql-pieces.ts), sent as a statement
// prepared once per connection, and its bytea columns returned as bytes. Measured on the national dataset, a
// province's two levels over 12 months on PGlite: 17 → 11 ms (Hồ Chí Minh City 2024), 8.5 → 5.5 ms (a small
// province). Drizzle's path plans the statement anew on each ask (1.5–5 ms of the answer) and, on PGlite, moves the
// bytes as base64 text (its binary rows are decoded as text by PGlite's own reader: slower still).
// - PGlite: the wire protocol's messages (Parse once, then Bind with binary results, Execute, Sync) in one call, the
//   answer's messages read here; under PGlite's two locks, as its own queries are, so that it never runs inside
//   another caller's open transaction.
// - PostgreSQL: node-postgres' named statement (prepared on each pooled connection at its first ask); the bytes as
//   base64 text, as its reader decodes binary values as text.
import { createHash } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { fillPlaceholders, param, SQL, sql } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import type pg from 'pg'
import { rowsOf, type Db } from './open'

/** How each column of the read is returned ('int': an integer or bigint column, as a number). */
export type ColumnKind = 'bool' | 'bytea' | 'int' | 'text'
type Value<K extends ColumnKind> =
  (K extends 'bool' ? boolean : K extends 'int' ? number : K extends 'text' ? string : Buffer) | null
export type PreparedRow<C extends Record<string, ColumnKind>> = { [N in keyof C]: Value<C[N]> }

const dialect = new PgDialect()
const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`)

/**
 * A statement made into its text once, its values named by placeholders (`sql.placeholder('name')`): `with` gives
 * it values, for readPrepared. An answer asked many times a second is then not built again each time (Drizzle's
 * `sql` objects and their text: ~0.15 ms, and their garbage).
 */
export class Statement {
  readonly text: string
  private readonly params: unknown[]
  /** The text wrapped for PostgreSQL, by the columns' kinds asked. */
  readonly wrapped = new Map<string, string>()

  constructor(query: SQL) {
    ;({ sql: this.text, params: this.params } = dialect.sqlToQuery(query))
  }

  with(values: Record<string, unknown>): BoundStatement {
    return { statement: this, params: fillPlaceholders(this.params, values) }
  }
}

export interface BoundStatement {
  statement: Statement
  params: unknown[]
}

/** The statement as Drizzle's `sql`, its values in place of $1, $2, … (for a client asked through Drizzle). */
const asSql = ({ statement, params }: BoundStatement) =>
  sql.join(
    statement.text
      .split(/(\$\d+)/)
      .map((part) => (/^\$\d+$/.test(part) ? sql`${param(params[Number(part.slice(1)) - 1])}` : sql.raw(part))),
  )

/**
 * The rows of `query`, whose columns are named and typed by `columns` (in its order), asked as a prepared
 * statement where the database's client allows it (else through Drizzle, as every other read).
 */
export async function readPrepared<C extends Record<string, ColumnKind>>(
  db: Db,
  query: SQL | BoundStatement,
  columns: C,
): Promise<PreparedRow<C>[]> {
  const client = (db as { $client?: unknown }).$client
  const names = Object.keys(columns)
  const bound = query instanceof SQL ? null : query
  const plain = query instanceof SQL ? query : null
  if (client instanceof PGlite) {
    const { sql: text, params } = bound
      ? { sql: bound.statement.text, params: bound.params }
      : dialect.sqlToQuery(plain!)
    const rows = await pgliteRows(client, text, params)
    return rows.map((row) => {
      if (row.length !== names.length) throw new Error(`A prepared read answered ${row.length} columns`)
      return Object.fromEntries(names.map((name, i) => [name, fromBinary(columns[name]!, row[i]!)])) as PreparedRow<C>
    })
  }
  // Base64 for the bytes (node-postgres reads a binary value as UTF-8 text, which bytes are not).
  const wrap = (inner: SQL) =>
    sql`SELECT ${sql.join(
      names.map((name) =>
        columns[name] === 'bytea' ? sql`encode(q.${ident(name)}, 'base64') AS ${ident(name)}` : sql`q.${ident(name)}`,
      ),
      sql`, `,
    )} FROM (${inner}) q`
  const kinds = JSON.stringify(columns)
  let text: string
  let params: unknown[]
  if (bound) {
    // The wrapper adds no value: the statement's $1, $2, … stay as they are.
    text = bound.statement.wrapped.get(kinds) ?? dialect.sqlToQuery(wrap(sql.raw(bound.statement.text))).sql
    bound.statement.wrapped.set(kinds, text)
    params = bound.params
  } else ({ sql: text, params } = dialect.sqlToQuery(wrap(plain!)))
  const result =
    client && typeof (client as pg.Pool).query === 'function'
      ? await (client as pg.Pool).query({ name: statementName(text), text, values: params })
      : { rows: rowsOf<Record<string, unknown>>(await db.execute(wrap(bound ? asSql(bound) : plain!))) }
  return (result.rows as Record<string, unknown>[]).map(
    (row) =>
      Object.fromEntries(
        names.map((name) => {
          const value = row[name]
          if (value === null) return [name, null]
          const kind = columns[name]
          if (kind === 'bytea') return [name, Buffer.from(String(value), 'base64')]
          return [name, kind === 'int' ? Number(value) : value]
        }),
      ) as PreparedRow<C>,
  )
}

/** One name for one text: a statement's name is bound to its text on each connection. */
const statementName = (text: string) => `r_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`

function fromBinary(kind: ColumnKind, value: Buffer | null) {
  if (value === null) return null
  if (kind === 'int') return value.length === 8 ? Number(value.readBigInt64BE(0)) : value.readInt32BE(0)
  if (kind === 'text') return value.toString('utf8')
  return kind === 'bool' ? value[0] === 1 : value
}

// --- PGlite: the wire protocol (https://www.postgresql.org/docs/current/protocol-message-formats.html) ---

/** The statements already prepared in each PGlite instance (one session each). */
const preparedIn = new WeakMap<PGlite, Set<string>>()

async function pgliteRows(client: PGlite, text: string, params: unknown[]): Promise<(Buffer | null)[][]> {
  const name = statementName(text)
  const known = preparedIn.get(client) ?? new Set<string>()
  preparedIn.set(client, known)
  await client._checkReady() // as its own queries do: a PGlite just made is still starting
  return client._runExclusiveTransaction(() =>
    client._runExclusiveQuery(async () => {
      for (let attempt = 1; ; attempt++) {
        const parse = !known.has(name)
        const reader = new AnswerReader()
        await client.execProtocolRawStream(
          Buffer.concat([
            GENERIC_PLAN,
            ...(parse ? [message('P', cstring(name), cstring(text), int16(0))] : []),
            bindMessage(name, params),
            message('E', cstring(''), int32(0)),
            message('S'),
            CUSTOM_PLANS,
          ]),
          // The callback's bytes are a view of PGlite's buffer, reused for its next output: read as they come.
          { syncToFs: false, onRawData: (data) => reader.read(data) },
        )
        const answer = reader.answer()
        if (answer.parsed) known.add(name)
        if (!answer.error) return answer.rows
        // The session and this list disagree (a DISCARD ALL in the session, say): asked again once.
        const { code } = answer.error
        if (attempt === 1 && (code === '26000' || code === '42P05')) {
          if (code === '26000') known.delete(name)
          else known.add(name)
          continue
        }
        throw Object.assign(new Error(answer.error.message), { code })
      }
    }),
  )
}

function message(type: string, ...body: Buffer[]): Buffer {
  const length = 4 + body.reduce((total, part) => total + part.length, 0)
  const head = Buffer.alloc(5)
  head.write(type, 0, 'latin1')
  head.writeInt32BE(length, 1)
  return Buffer.concat([head, ...body])
}
const cstring = (text: string) => Buffer.from(`${text}\0`, 'utf8')
const int16 = (n: number) => {
  const b = Buffer.alloc(2)
  b.writeInt16BE(n)
  return b
}
const int32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeInt32BE(n)
  return b
}

// The plan made once (PostgreSQL would otherwise plan again for the values each time, its generic plan estimated
// dearer: 9.0 → 8.4 ms an answer, the 63 provinces in turn); for this statement only, as the session's other
// (unnamed) statements are better planned for their values.
const GENERIC_PLAN = message('Q', cstring('SET plan_cache_mode = force_generic_plan'))
const CUSTOM_PLANS = message('Q', cstring('RESET plan_cache_mode'))

/** Bind: the parameters as text, every result column binary. */
function bindMessage(name: string, params: unknown[]): Buffer {
  const values = params.map((value) => {
    if (value === null || value === undefined) return int32(-1)
    const bytes = Buffer.from(String(value), 'utf8')
    return Buffer.concat([int32(bytes.length), bytes])
  })
  return message('B', cstring(''), cstring(name), int16(0), int16(params.length), ...values, int16(1), int16(1))
}

interface Answer {
  rows: (Buffer | null)[][]
  parsed: boolean
  error: { code: string; message: string } | null
}

/**
 * The backend's messages as PGlite gives them, a view of its buffer at a time (a message may straddle two):
 * ParseComplete, DataRow and ErrorResponse read, the rest passed over. A row's values are copied out of the view,
 * once; only the part of a message that straddles is kept meanwhile.
 */
class AnswerReader {
  private readonly result: Answer = { rows: [], parsed: false, error: null }
  private partial: Buffer | null = null

  read(data: Uint8Array): void {
    let bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    if (this.partial) bytes = Buffer.concat([this.partial, bytes])
    let at = 0
    for (; at + 5 <= bytes.length;) {
      const end = at + 1 + bytes.readInt32BE(at + 1)
      if (end > bytes.length) break
      this.message(bytes, at, end)
      at = end
    }
    this.partial = at < bytes.length ? Buffer.from(bytes.subarray(at)) : null
  }

  answer(): Answer {
    if (this.partial) throw new Error('PGlite: an answer ended within a message')
    return this.result
  }

  private message(bytes: Buffer, at: number, end: number): void {
    const answer = this.result
    const type = String.fromCharCode(bytes[at]!)
    if (type === '1') answer.parsed = true
    else if (type === 'D') {
      const row: (Buffer | null)[] = []
      let p = at + 7
      for (let n = bytes.readInt16BE(at + 5); n > 0; n--) {
        const length = bytes.readInt32BE(p)
        p += 4
        row.push(length < 0 ? null : Buffer.from(bytes.subarray(p, p + length)))
        if (length > 0) p += length
      }
      answer.rows.push(row)
    } else if (type === 'E' && !answer.error) {
      const fields = new Map<string, string>()
      for (let p = at + 5; p < end && bytes[p] !== 0;) {
        const zero = bytes.indexOf(0, p + 1)
        fields.set(String.fromCharCode(bytes[p]!), bytes.toString('utf8', p + 1, zero))
        p = zero + 1
      }
      answer.error = { code: fields.get('C') ?? '', message: fields.get('M') ?? 'PGlite: a prepared read failed' }
    }
  }
}
