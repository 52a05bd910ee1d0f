// Imports: rows written in one transaction with what each replaced, listed, and reverted.
import { desc, eq, sql } from 'drizzle-orm'
import { rowsOf, type Db } from '../db/open'
import { audit, imports, settings } from '../db/schema'
import { reclaimPacks } from './sql-pack-making'
import { fillPieces } from './sql-pieces'
import { refreshForImport } from './sql-rollup'
import { COUNT_COLUMNS, upsertRows } from './sql-stats'
import { chunks, visibleFrom } from './sql-units'
import type { ImportRecord, ImportReportInput, OwnRow } from './store'

type ImportRow = typeof imports.$inferSelect

function toRecord(row: ImportRow): ImportRecord {
  const report = row.report as ImportReportInput
  const record: ImportRecord = {
    ...report,
    id: String(row.id),
    unitMonthsAdded: row.unitMonthsAdded,
    unitMonthsReplaced: row.unitMonthsReplaced,
    by: row.importedBy,
    at: row.importedAt.toISOString(),
  }
  if (row.revertedAt) record.revertedAt = row.revertedAt.toISOString()
  return record
}

/** Marks the data as changed: GET /meta's updatedAt, and the version cached answers are kept under. */
export async function touchData(db: Db, at: Date) {
  await db
    .insert(settings)
    .values({ key: 'data_updated_at', value: at.toISOString() })
    .onConflictDoUpdate({ target: settings.key, set: { value: at.toISOString() } })
  await db.execute(sql`INSERT INTO settings (key, value) VALUES ('data_version', '1')
    ON CONFLICT (key) DO UPDATE SET value = (settings.value::bigint + 1)::text`)
}

/**
 * A seam for the crash test (test/server/import-crash.test.ts): awaited inside the import's transaction once
 * its rows are written, before it commits. Does nothing unless a test replaces it.
 */
export const importSeams = { afterRowsWritten: async (): Promise<void> => {} }

export async function applyImport(db: Db, rows: readonly OwnRow[], report: ImportReportInput, at = new Date()) {
  const record = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(imports)
      .values({
        fileName: report.fileName,
        format: report.format,
        report,
        unitMonthsAdded: 0,
        unitMonthsReplaced: 0,
        importedBy: report.by,
        importedAt: at,
      })
      .returning()
    const id = created!.id
    for (const chunk of chunks(rows, 2000)) {
      const keys = chunk.map((r) => sql`(${r.unitId}, ${r.grain}, ${r.period})`)
      await tx.execute(sql`INSERT INTO import_rows (import_id, unit_id, grain, period, previous)
        SELECT ${id}, k.unit_id, k.grain, k.period,
          (SELECT to_jsonb(s) - 'row_json' FROM stat_rows s
            WHERE s.unit_id = k.unit_id AND s.grain = k.grain AND s.period = k.period)
        FROM (VALUES ${sql.join(keys, sql`, `)}) AS k(unit_id, grain, period)`)
    }
    await upsertRows(tx, rows, id)
    await refreshForImport(tx, id)
    await fillPieces(tx)
    await importSeams.afterRowsWritten()
    const [counts] = rowsOf<{ added: number; replaced: number }>(
      await tx.execute(sql`SELECT count(*) FILTER (WHERE previous IS NULL)::int AS added,
        count(*) FILTER (WHERE previous IS NOT NULL)::int AS replaced FROM import_rows WHERE import_id = ${id}`),
    )
    const [done] = await tx
      .update(imports)
      .set({ unitMonthsAdded: counts!.added, unitMonthsReplaced: counts!.replaced })
      .where(eq(imports.id, id))
      .returning()
    await tx.insert(audit).values({
      at,
      actor: report.by,
      action: 'import.apply',
      subject: String(id),
      detail: { fileName: report.fileName, periods: report.periods, ...counts },
    })
    await touchData(tx, at)
    return toRecord(done!)
  })
  await reclaimPacks(db)
  return record
}

const restored = sql.raw(COUNT_COLUMNS.map(([, c]) => `${c} = (r.previous->>'${c}')::int`).join(', '))

export async function revertImport(db: Db, id: string, by: string, at = new Date()): Promise<ImportRecord | null> {
  const importId = Number(id)
  if (!Number.isSafeInteger(importId)) return null
  const record = await db.transaction(async (tx) => {
    const [row] = await tx.select().from(imports).where(eq(imports.id, importId)).for('update')
    if (!row || row.revertedAt) return null
    // Only rows this import still holds: a later import's rows stay until that one is reverted.
    const held = sql`r.import_id = ${importId} AND s.unit_id = r.unit_id AND s.grain = r.grain
      AND s.period = r.period AND s.import_id = ${importId}`
    await tx.execute(sql`DELETE FROM stat_rows s USING import_rows r WHERE ${held} AND r.previous IS NULL`)
    await tx.execute(sql`UPDATE stat_rows s SET ${restored}, month = r.previous->>'month',
      import_id = (r.previous->>'import_id')::int
      FROM import_rows r WHERE ${held} AND r.previous IS NOT NULL`)
    await refreshForImport(tx, importId)
    await fillPieces(tx)
    const [done] = await tx
      .update(imports)
      .set({ revertedAt: at, revertedBy: by })
      .where(eq(imports.id, importId))
      .returning()
    await tx.insert(audit).values({ at, actor: by, action: 'import.revert', subject: id, detail: {} })
    await touchData(tx, at)
    return toRecord(done!)
  })
  if (record) await reclaimPacks(db)
  return record
}

/** The imports whose every row lies within the scope (those its users may see and revert). */
export async function listImports(db: Db, scopeId: string): Promise<ImportRecord[]> {
  const ids = rowsOf<{ import_id: number }>(
    await db.execute(sql`WITH RECURSIVE ${visibleFrom(scopeId)}
      SELECT r.import_id FROM import_rows r LEFT JOIN visible v ON v.id = r.unit_id
      GROUP BY r.import_id HAVING bool_and(v.id IS NOT NULL)`),
  ).map((r) => Number(r.import_id))
  if (ids.length === 0) return []
  const rows = await db
    .select()
    .from(imports)
    .where(
      sql`${imports.id} IN (${sql.join(
        ids.map((i) => sql`${i}`),
        sql`, `,
      )})`,
    )
    .orderBy(desc(imports.importedAt), desc(imports.id))
  return rows.map(toRecord)
}
