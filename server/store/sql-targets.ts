// Targets: what a scope sees (its own units' values, and on its root what it inherits from above) and the
// write of a unit's own values, with every change kept old → new.
import { and, eq, sql } from 'drizzle-orm'
import type { User } from '../../src/api/contract'
import { rowsOf, type Db } from '../db/open'
import { audit, targetHistory, targets } from '../db/schema'
import { reachOf, visibleFrom } from './sql-units'
import { TARGET_METRICS, type ApiTarget, type TargetChange, type TargetMetric } from './store'

type TargetRow = typeof targets.$inferSelect

function toApi(row: TargetRow): ApiTarget {
  const target: ApiTarget = { unitId: row.unitId, year: row.year }
  for (const metric of TARGET_METRICS) {
    const value = row[metric]
    if (value !== null) target[metric] = value
  }
  if (row.setBy) target.setBy = row.setBy
  if (row.setAt) target.setAt = row.setAt.toISOString()
  return target
}

const hasValue = (row: Pick<TargetRow, TargetMetric>) => TARGET_METRICS.some((m) => row[m] !== null)

export async function targetsFor(db: Db, scopeId: string, year: number): Promise<ApiTarget[]> {
  const inScope = rowsOf<{ unit_id: string }>(
    await db.execute(sql`WITH RECURSIVE ${visibleFrom(scopeId)}
      SELECT t.unit_id FROM targets t JOIN visible v ON v.id = t.unit_id JOIN units u ON u.id = t.unit_id
      WHERE t.year = ${year} ORDER BY u.position`),
  ).map((r) => r.unit_id)
  const ancestors = rowsOf<{ ancestor_id: string }>(
    await db.execute(sql`SELECT ancestor_id FROM unit_closure WHERE descendant_id = ${scopeId} ORDER BY distance`),
  ).map((r) => r.ancestor_id)
  const wanted = [...new Set([...ancestors, ...inScope])]
  const rows = wanted.length
    ? await db
        .select()
        .from(targets)
        .where(
          and(
            eq(targets.year, year),
            sql`${targets.unitId} IN (${sql.join(
              wanted.map((id) => sql`${id}`),
              sql`, `,
            )})`,
          ),
        )
    : []
  const byUnit = new Map(rows.map((row) => [row.unitId, row]))
  const root: ApiTarget = { unitId: scopeId, year }
  for (const metric of TARGET_METRICS) {
    for (const id of ancestors) {
      const value = byUnit.get(id)?.[metric]
      if (value === null || value === undefined) continue
      root[metric] = value
      break
    }
  }
  const own = byUnit.get(scopeId)
  if (own?.setBy) root.setBy = own.setBy
  if (own?.setAt) root.setAt = own.setAt.toISOString()
  const below = inScope
    .filter((id) => id !== scopeId)
    .flatMap((id) => {
      const row = byUnit.get(id)
      return row && hasValue(row) ? [toApi(row)] : []
    })
  return TARGET_METRICS.some((m) => root[m] !== undefined) ? [root, ...below] : below
}

/** Writes the change if the unit is visible from the actor's scope (checked in the transaction); null if not. */
export async function setTarget(db: Db, actor: User, change: TargetChange, at: Date): Promise<ApiTarget | null> {
  return db.transaction(async (tx) => {
    const [allowed] = rowsOf<{ ok: boolean }>(
      await tx.execute(sql`WITH RECURSIVE ${reachOf(change.unitId)}
        SELECT EXISTS (SELECT 1 FROM reach WHERE id = ${actor.scopeUnitId}) AS ok`),
    )
    if (!allowed?.ok) return null
    const [old] = await tx
      .select()
      .from(targets)
      .where(and(eq(targets.unitId, change.unitId), eq(targets.year, change.year)))
      .for('update')
    const next: TargetRow = {
      ...(old ?? emptyTarget(change.unitId, change.year)),
      setBy: actor.username,
      setAt: at,
    }
    const changes: Array<{ metric: TargetMetric; old: number | null; new: number | null }> = []
    for (const metric of TARGET_METRICS) {
      const value = change.values[metric]
      if (value === undefined) continue
      const before = old?.[metric] ?? null
      if (before !== value) changes.push({ metric, old: before, new: value })
      next[metric] = value
    }
    if (changes.length === 0 && old) return toApi(old)
    for (const c of changes) {
      await tx.insert(targetHistory).values({
        unitId: change.unitId,
        year: change.year,
        metric: c.metric,
        oldValue: c.old,
        newValue: c.new,
        changedBy: actor.username,
        changedAt: at,
      })
    }
    await tx.insert(audit).values({
      at,
      actor: actor.username,
      action: 'target.set',
      subject: `${change.unitId}/${change.year}`,
      detail: { changes },
    })
    if (!hasValue(next)) {
      if (old) await tx.delete(targets).where(and(eq(targets.unitId, change.unitId), eq(targets.year, change.year)))
      return { unitId: change.unitId, year: change.year, setBy: actor.username, setAt: at.toISOString() }
    }
    await tx
      .insert(targets)
      .values(next)
      .onConflictDoUpdate({ target: [targets.unitId, targets.year], set: next })
    return toApi(next)
  })
}

function emptyTarget(unitId: string, year: number): TargetRow {
  return {
    unitId,
    year,
    onlineRate: null,
    onTimeRate: null,
    satisfactionRate: null,
    fullOnlineRate: null,
    onlinePaymentRate: null,
    digitizationRate: null,
    setBy: null,
    setAt: null,
  }
}
