// Units, lineage and scope in SQL. A unit is visible from a scope when it lies in the scope's subtree or in
// the subtree of a unit that flowed (whole or part, transitively) into a visible unit (CONTRACT.md).
import { sql, type Placeholder, type SQL } from 'drizzle-orm'
import type { LineageLink, Unit, UnitKind } from '../../src/api/contract'
import { rowsOf, type Db } from '../db/open'
import { readPrepared, Statement } from '../db/prepared-read'
import type { StatsCheck, UnitAccess } from './store'

/** The ids visible from `scopeId` (a CTE named `visible`). */
export const visibleFrom = (scopeId: string): SQL => sql`visible(id) AS (
  SELECT descendant_id FROM unit_closure WHERE ancestor_id = ${scopeId}
  UNION
  SELECT c.descendant_id FROM visible v
    JOIN lineage l ON l.to_id = v.id
    JOIN unit_closure c ON c.ancestor_id = l.from_id
)`

/**
 * Everything a unit is "inside of" (a CTE named `reach`): its ancestors, and what their successors are inside
 * of. The unit is visible from a scope exactly when the scope is in its reach — a few rows, however large the
 * scope, so a single unit's check stays cheap for the whole country.
 */
export const reachOf = (unitId: string | Placeholder): SQL => sql`reach(id) AS (
  SELECT ancestor_id FROM unit_closure WHERE descendant_id = ${unitId}
  UNION
  SELECT c.ancestor_id FROM reach r
    JOIN lineage l ON l.from_id = r.id
    JOIN unit_closure c ON c.descendant_id = l.to_id
)`

interface UnitRecord {
  id: string
  code: string
  name: string
  kind: UnitKind
  parent_id: string | null
  valid_from: string | null
  valid_to: string | null
}

function toUnit(row: UnitRecord): Unit {
  const unit: Unit = { id: row.id, code: row.code, name: row.name, kind: row.kind, parentId: row.parent_id }
  if (row.valid_from) unit.validFrom = row.valid_from
  if (row.valid_to) unit.validTo = row.valid_to
  return unit
}

export async function unitsFor(db: Db, scopeId: string): Promise<{ units: Unit[]; lineage: LineageLink[] }> {
  const units = rowsOf<UnitRecord>(
    await db.execute(sql`WITH RECURSIVE ${visibleFrom(scopeId)}
      SELECT u.id, u.code, u.name, u.kind, u.parent_id, u.valid_from, u.valid_to
      FROM units u JOIN visible v ON v.id = u.id ORDER BY u.position`),
  )
  const links = rowsOf<{ from_id: string; to_id: string; month: string; share: 'whole' | 'part' }>(
    await db.execute(sql`WITH RECURSIVE ${visibleFrom(scopeId)}
      SELECT l.from_id, l.to_id, l.month, l.share FROM lineage l
      WHERE l.to_id IN (SELECT id FROM visible) AND l.from_id IN (SELECT id FROM visible)
      ORDER BY l.month, l.from_id, l.to_id`),
  )
  return {
    units: units.map(toUnit),
    lineage: links.map((l) => ({ from: l.from_id, to: l.to_id, month: l.month, share: l.share })),
  }
}

export async function unitAccess(db: Db, scopeId: string, unitId: string): Promise<UnitAccess> {
  const [row] = rowsOf<{ known: boolean; visible: boolean }>(
    await db.execute(sql`WITH RECURSIVE ${reachOf(unitId)}
      SELECT EXISTS (SELECT 1 FROM units WHERE id = ${unitId}) AS known,
             EXISTS (SELECT 1 FROM reach WHERE id = ${scopeId}) AS visible`),
  )
  if (!row?.known) return 'unknown'
  return row.visible ? 'ok' : 'forbidden'
}

// Prepared once, planned once: each province's first /stats asks it, and planning it anew took ~4 of its ~5 ms
// (the national dataset on PGlite: 63 provinces' first checks 296 → 95 ms).
const value = (name: string) => sql.placeholder(name)
const STATS_CHECK = new Statement(sql`WITH RECURSIVE ${reachOf(value('unit'))}
  SELECT EXISTS (SELECT 1 FROM units WHERE id = ${value('unit')}) AS known,
    EXISTS (SELECT 1 FROM reach WHERE id = ${value('scope')}) AS visible,
    (SELECT count(*)::int FROM unit_closure WHERE ancestor_id = ${value('unit')} AND distance <= ${value('depth')})
      AS units,
    (SELECT value FROM settings WHERE key = 'data_version') AS version`)
const CHECK_COLUMNS = { known: 'bool', visible: 'bool', units: 'int', version: 'text' } as const

export async function statsCheck(db: Db, scopeId: string, unitId: string, depth: number): Promise<StatsCheck> {
  const [row] = await readPrepared(db, STATS_CHECK.with({ unit: unitId, scope: scopeId, depth }), CHECK_COLUMNS)
  const access = !row?.known ? 'unknown' : row.visible ? 'ok' : 'forbidden'
  return { access, units: row?.units ?? 0, version: row?.version ?? '' }
}

export interface UnitInput {
  id: string
  code: string
  name: string
  kind: UnitKind
  parentId: string | null
  validFrom?: string | null
  validTo?: string | null
}

/** Writes the units (parents before children), their closure and lineage, replacing none. */
export async function insertUnits(db: Db, units: readonly UnitInput[], lineage: readonly LineageLink[]) {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]))
  const closure: Array<[string, string, number]> = []
  for (const unit of units) {
    let id: string | null | undefined = unit.id
    for (let distance = 0; id != null; distance++, id = parentOf.get(id)) closure.push([id, unit.id, distance])
  }
  for (const [i, chunk] of chunks(units, 2000).entries()) {
    const values = chunk.map((u, j) => {
      const validity = sql`${u.validFrom ?? null}, ${u.validTo ?? null}`
      return sql`(${u.id}, ${u.code}, ${u.name}, ${u.kind}, ${u.parentId}, ${validity}, ${i * 2000 + j})`
    })
    await db.execute(sql`INSERT INTO units (id, code, name, kind, parent_id, valid_from, valid_to, position)
      VALUES ${sql.join(values, sql`, `)}`)
  }
  for (const chunk of chunks(closure, 5000)) {
    const values = chunk.map(([a, d, n]) => sql`(${a}, ${d}, ${n})`)
    await db.execute(
      sql`INSERT INTO unit_closure (ancestor_id, descendant_id, distance) VALUES ${sql.join(values, sql`, `)}`,
    )
  }
  for (const chunk of chunks(lineage, 5000)) {
    const values = chunk.map((l) => sql`(${l.from}, ${l.to}, ${l.month}, ${l.share})`)
    await db.execute(sql`INSERT INTO lineage (from_id, to_id, month, share) VALUES ${sql.join(values, sql`, `)}`)
  }
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
