// The mock's writes (CONTRACT.md "Imports" and PUT /targets): uploads parsed by the same importer the
// server uses, applied all at once in memory, listed and reverted; targets set with an audit trail.
import { ImportQuerySchema, TargetUpdateSchema, type ImportReport, type Target } from '../src/api/contract'
import { fieldPath } from '../src/api/errors'
import { importEffect, importFile } from '../src/domain/imports/import-file'
import type { ParsedImport } from '../src/domain/imports/types'
import type { DemoAccount } from './accounts'
import { FIRST_MONTH, LAST_MONTH, ownRow } from './generator'
import { applyImport, hasImported, importHistory, revertImport } from './import-store'
import { setTarget } from './target-edits'
import { allTargets } from './targets'
import type { Dataset } from './units'

export interface WriteSession {
  account: DemoAccount
  dataset: Dataset
}

export interface WriteContext {
  authenticate: (request: Request) => Promise<WriteSession>
  /** Throws the handlers' problem+json answer. */
  fail: (status: number, title: string, detail: string) => never
  /** The unit, or a 404/403 problem. */
  unitInScope: (session: WriteSession, unitId: string) => unknown
}

/** Whether the caller may see and write the unit: the handlers' own scope rule, as a yes or no. */
function allows(ctx: WriteContext, session: WriteSession, unitId: string): boolean {
  try {
    ctx.unitInScope(session, unitId)
    return true
  } catch {
    return false
  }
}

type WriteResolver = (request: Request, url: URL) => Promise<Record<string, unknown>>
let importCount = 0

/** The resolvers of the write endpoints, registered beside the others in handlers.ts. */
export function writeResolvers(
  ctx: WriteContext,
): Record<'imports' | 'importFile' | 'revertImport' | 'setTarget', WriteResolver> {
  const inScope = (session: WriteSession, unitId: string) => allows(ctx, session, unitId)
  async function importer(request: Request) {
    const session = await ctx.authenticate(request)
    if (!session.account.canImport) ctx.fail(403, 'Forbidden', 'You may not import statistics')
    return session
  }
  return {
    async imports(request) {
      const session = await ctx.authenticate(request)
      const mine = importHistory().filter((report) => (report.unitIds ?? []).every((id) => inScope(session, id)))
      return { imports: mine }
    },
    async importFile(request, url) {
      const session = await importer(request)
      const query = ImportQuerySchema.safeParse(Object.fromEntries(url.searchParams))
      if (!query.success) ctx.fail(400, 'Bad Request', 'dryRun and acceptValid are true or false')
      let form: FormData
      try {
        form = await request.formData()
      } catch {
        return ctx.fail(400, 'Bad Request', 'Send the file as multipart/form-data, field "file"')
      }
      const file = form.get('file')
      if (!file || typeof file === 'string') return ctx.fail(400, 'Bad Request', 'No file in the field "file"')
      const period = form.get('period')
      const format = form.get('format')
      const parsed = await importFile(
        new Uint8Array(await file.arrayBuffer()),
        { units: session.dataset.units, isInScope: (id) => inScope(session, id) },
        {
          period: typeof period === 'string' && period ? period : undefined,
          format: format === 'template' || format === 'bieu06' ? format : undefined,
        },
      )
      const isDryRun = query.data!.dryRun === 'true'
      const report = reportOf(parsed, file.name, session, isDryRun)
      if (isDryRun) return report
      const fileProblem = parsed.rejected.find((p) => p.row === 0)
      if (fileProblem?.reason === 'tooLarge') ctx.fail(413, 'Content Too Large', `The file is larger than the limit`)
      if (parsed.accepted.length === 0)
        ctx.fail(400, 'Bad Request', `Nothing to import (${fileProblem?.reason ?? 'no valid row'})`)
      if (parsed.rejected.length > 0 && query.data!.acceptValid !== 'true')
        ctx.fail(400, 'Bad Request', `${parsed.rejected.length} rows were rejected; nothing was imported`)
      applyImport(
        report,
        parsed.accepted.map((a) => a.row),
      )
      return report
    },
    async revertImport(request, url) {
      const session = await importer(request)
      const id = decodeURIComponent(url.pathname.split('/').at(-2) ?? '')
      const found = importHistory().find((report) => report.id === id)
      if (!found || !(found.unitIds ?? []).every((unitId) => inScope(session, unitId)))
        return ctx.fail(404, 'Not Found', `Unknown import ${id}`)
      const { outcome, report } = revertImport(id, new Date().toISOString())
      if (outcome === 'alreadyReverted') ctx.fail(409, 'Conflict', `Import ${id} was already reverted`)
      if (outcome === 'replacedLater')
        ctx.fail(409, 'Conflict', `A later import replaced rows of ${id}: revert it first`)
      return report!
    },
    async setTarget(request) {
      const session = await ctx.authenticate(request)
      if (!session.account.canSetTargets) ctx.fail(403, 'Forbidden', 'You may not set targets')
      let body: unknown
      try {
        body = await request.json()
      } catch {
        return ctx.fail(400, 'Bad Request', 'Body is not JSON')
      }
      const parsed = TargetUpdateSchema.safeParse(body)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        return ctx.fail(400, 'Bad Request', issue ? `${fieldPath(issue.path)}: ${issue.message}` : 'Invalid body')
      }
      const update = parsed.data
      ctx.unitInScope(session, update.unitId)
      if (update.year < Number(FIRST_MONTH.slice(0, 4)) || update.year > Number(LAST_MONTH.slice(0, 4)))
        ctx.fail(400, 'Bad Request', `year: ${update.year} has no data months`)
      const before = allTargets(session.dataset, update.year).find((t) => t.unitId === update.unitId)
      setTarget(update, before, session.account.username, new Date().toISOString())
      const after = allTargets(session.dataset, update.year).find((t) => t.unitId === update.unitId)
      return (after ?? { unitId: update.unitId, year: update.year }) satisfies Target
    },
  }

  function reportOf(parsed: ParsedImport, fileName: string, session: WriteSession, isDryRun: boolean): ImportReport {
    const exists = (unitId: string, period: string) => {
      if (hasImported(unitId, period)) return true
      const unit = session.dataset.tree.byId.get(unitId)
      return !period.includes('W') && !!unit && ownRow(unit, period) !== null
    }
    return {
      id: isDryRun ? null : `imp-${Date.now().toString(36)}-${++importCount}`,
      fileName,
      format: parsed.format,
      periods: parsed.periods,
      rows: parsed.rows,
      accepted: parsed.accepted.length,
      rejected: parsed.rejected,
      skipped: parsed.skipped,
      ...importEffect(parsed, exists),
      unitIds: [...new Set(parsed.accepted.map((a) => a.row.unitId))],
      dryRun: isDryRun,
      by: session.account.username,
      at: new Date().toISOString(),
    }
  }
}
