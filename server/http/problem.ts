// problem+json answers (RFC 9457). A 5xx says only that something failed, with an id the log also has.
import { randomUUID } from 'node:crypto'
import type { Context } from 'hono'
import * as z from 'zod/mini'
import { fieldPath } from '../../src/api/errors'

// Worded validation messages for the 400 answers, as the mock words them.
z.config(z.locales.en())

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title)
  }
}

export const badRequest = (detail: string) => new Problem(400, 'Bad Request', detail)
export const unauthorized = (detail = 'Missing, invalid or expired token') => new Problem(401, 'Unauthorized', detail)
export const forbidden = (detail: string) => new Problem(403, 'Forbidden', detail)
/** A request the contract refuses as it stands (an answer past MAX_STATS_ROWS's kind of bound). */
export const unprocessable = (detail: string) => new Problem(422, 'Unprocessable Content', detail)
export const notFound = (detail: string) => new Problem(404, 'Not Found', detail)

/** A read that ran out of time (PostgreSQL's statement_timeout, or the deadline of server/http/limits.ts). */
export const queryTimedOut = (ms: number) =>
  new Problem(
    503,
    'Service Unavailable',
    `The query took longer than ${ms / 1000} s and was stopped: ask for fewer months or a smaller depth, or try again`,
    { 'Retry-After': '5' },
  )

/** Whether PostgreSQL cancelled the statement (SQLSTATE 57014, statement_timeout), however wrapped. */
export function isQueryCanceled(error: unknown): boolean {
  for (let e = error, hops = 0; e && typeof e === 'object' && hops < 5; e = (e as { cause?: unknown }).cause, hops++)
    if ((e as { code?: unknown }).code === '57014') return true
  return false
}

/** The first issue of a failed parse, worded: "depth: Too big: expected number to be <=2". */
export function invalid(error: z.core.$ZodError): Problem {
  const issue = error.issues[0]
  return badRequest(issue ? `${fieldPath(issue.path)}: ${issue.message}` : 'Invalid parameters')
}

export function problemResponse(problem: Problem): Response {
  const body = { type: 'about:blank', title: problem.title, status: problem.status, detail: problem.detail }
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...problem.headers },
  })
}

export type ErrorLog = (entry: { id: string; method: string; path: string; error: unknown }) => void

export const consoleErrorLog: ErrorLog = ({ id, method, path, error }) =>
  console.error(`[error ${id}] ${method} ${path}`, error)

/** Hono's error handler: a Problem as it is, a cancelled query as a 503, anything else as a 500 naming only an id. */
export function errorHandler(log: ErrorLog, queryTimeoutMs: number) {
  return (error: Error, c: Context): Response => {
    if (error instanceof Problem) return problemResponse(error)
    if (isQueryCanceled(error)) return problemResponse(queryTimedOut(queryTimeoutMs))
    const id = randomUUID()
    log({ id, method: c.req.method, path: c.req.path, error })
    return problemResponse(new Problem(500, 'Internal Server Error', `Something failed on the server (error id ${id})`))
  }
}
