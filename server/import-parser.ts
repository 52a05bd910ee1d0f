// POST /imports on the server: the same importer as the mock (src/domain/imports), its accepted rows as the
// store keeps them. Units are matched among those the uploader may see (anything else is an unknown unit).
import { monthOfPeriod } from '../src/domain/imports/cells'
import { importFile } from '../src/domain/imports/import-file'
import type { ImportParser } from './routes/imports'
import type { OwnRow } from './store/store'

export const spreadsheetImportParser: ImportParser = async ({ file, period, format, units }) => {
  const visible = new Set(units.map((unit) => unit.id))
  const parsed = await importFile(
    new Uint8Array(await file.arrayBuffer()),
    { units, isInScope: (id) => visible.has(id) },
    { period, format: format === 'template' || format === 'bieu06' ? format : undefined },
  )
  const rows = parsed.accepted.map(({ row }): OwnRow => {
    const { month, week, ...counts } = row
    const key = week ?? month!
    return { ...counts, grain: week ? 'week' : 'month', period: key, month: monthOfPeriod(key) }
  })
  return {
    rows,
    report: {
      fileName: file.name,
      format: parsed.format ?? 'unknown',
      periods: parsed.periods,
      rows: parsed.rows,
      accepted: parsed.accepted.length,
      rejected: parsed.rejected,
    },
  }
}
