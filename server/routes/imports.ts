// Imports: the history within scope and revert. The upload itself (POST /imports) is parsed by an
// ImportParser (the import engineer's), which this route hands the file to and whose rows it stores.
import type { Hono, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Unit, User } from '../../src/api/contract'
import { UPLOAD_BODY_LIMIT, type ApiContext, type AppEnv } from '../http/env'
import { badRequest, forbidden, notFound, Problem } from '../http/problem'
import type { ImportReportInput, OwnRow } from '../store/store'

export interface ImportRequest {
  file: File
  period?: string
  format?: string
  user: User
  /** The units the uploader may import for (visible from the scope). */
  units: Unit[]
}

/** Reads a spreadsheet into rows and a report (rejected rows named); throws a Problem for an unreadable file. */
export type ImportParser = (
  request: ImportRequest,
) => Promise<{ rows: OwnRow[]; report: Omit<ImportReportInput, 'by'> }>

export function importRoutes(
  app: Hono<AppEnv>,
  ctx: ApiContext,
  auth: MiddlewareHandler<AppEnv>,
  parser: ImportParser | undefined,
) {
  const mayImport: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!c.get('user').canImport) throw forbidden('You may not import statistics')
    await next()
  }

  app.get('/imports', auth, mayImport, async (c) =>
    c.json({ imports: await ctx.store.listImports(c.get('user').scopeUnitId) }),
  )

  app.post('/imports/:id/revert', auth, mayImport, async (c) => {
    const user = c.get('user')
    const id = c.req.param('id')
    const visible = await ctx.store.listImports(user.scopeUnitId)
    if (!visible.some((record) => record.id === id)) throw notFound(`Unknown import ${id}`)
    const reverted = await ctx.store.revertImport(id, user.username, ctx.now())
    if (!reverted) throw new Problem(409, 'Conflict', `Import ${id} is already reverted`)
    return c.json(reverted)
  })

  const uploadLimit = bodyLimit({
    maxSize: UPLOAD_BODY_LIMIT,
    onError: () => {
      throw new Problem(413, 'Content Too Large', `The file is larger than ${UPLOAD_BODY_LIMIT / 1024 / 1024} MB`)
    },
  })

  app.post('/imports', auth, mayImport, uploadLimit, async (c) => {
    if (!parser) throw new Problem(501, 'Not Implemented', 'This server has no spreadsheet import yet')
    const user = c.get('user')
    const form = await c.req.formData().catch(() => {
      throw badRequest('Expected multipart/form-data with a field "file"')
    })
    const file = form.get('file')
    if (!(file instanceof File)) throw badRequest('file: a spreadsheet (.xlsx or .csv) is required')
    const field = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : undefined)
    const { units } = await ctx.store.unitsFor(user.scopeUnitId)
    const parsed = await parser({ file, period: field('period'), format: field('format'), user, units })
    const report = { ...parsed.report, by: user.username }
    if (c.req.query('dryRun') !== 'false')
      return c.json({ ...report, id: null, unitMonthsAdded: null, unitMonthsReplaced: null })
    if (report.rejected.length > 0 && c.req.query('acceptValid') !== 'true') {
      throw badRequest(`${report.rejected.length} rows were rejected; nothing was imported`)
    }
    return c.json(await ctx.store.applyImport(parsed.rows, report, ctx.now()))
  })
}
