// `npm run mock:serve -- --port 8787 [--dataset demo|national] [--faults SPEC]`: the same handlers
// as a plain HTTP server on 127.0.0.1, for backend teams, contract tests and builds with mocks off.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { parseArgs } from 'node:util'
import { getResponse, type HttpHandler } from 'msw'
import { buildOpenApiDocument } from '../src/api/openapi'
import { addMonths, monthsOf } from '../src/domain/periods'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts'
import { readToken } from './auth'
import { loadDataset } from './datasets'
import { monthsBehindOf } from './months-behind'
import { FAULT_HEADER } from './faults'
import { FIRST_MONTH, LAST_MONTH } from './generator'
import { createHandlers } from './handlers'
import { jsonBodyOf, type JsonBody } from './json-bytes'
import { AnswerCache, compress, MIN_COMPRESSED_BYTES, negotiate, type Encoding } from './http-cache'
import { importsVersion } from './import-store'
import { profileOf } from './profile'
import { RowPieces } from './row-pieces'
import { rowsPlanOf, statsRows } from './stats'
import { turn } from './turns'
import type { DatasetName } from './units'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    dataset: { type: 'string', default: 'demo' },
    faults: { type: 'string' },
  },
})
const port = Number(values.port)
const dataset = values.dataset as DatasetName
if (dataset !== 'demo' && dataset !== 'national') throw new Error('--dataset is demo or national')

const origin = `http://${values.host}:${port}`
const handlers = createHandlers({ baseUrl: `${origin}/api/v1`, dataset, faults: values.faults })
const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': `Authorization, Content-Type, ${FAULT_HEADER}`,
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
}
/**
 * The handlers that may answer a request, in their order: for a path a handler names exactly, that one and those with
 * a parameter in theirs; for any other path, all. MSW tries each in turn until one matches, parsing its path and the
 * request's cookies every time: /stats, the fifth, cost four parses before its own (~0.3 ms a request).
 */
const handlersByPath = new Map<string, HttpHandler[]>()
{
  const pathOf = (handler: HttpHandler) =>
    typeof handler.info.path === 'string' ? new URL(handler.info.path).pathname : null
  const isExact = (handler: HttpHandler) => !/[:*]/.test(pathOf(handler) ?? ':')
  for (const handler of handlers.filter(isExact)) {
    const key = `${String(handler.info.method).toUpperCase()} ${pathOf(handler)}`
    handlersByPath.set(key, [...(handlersByPath.get(key) ?? []), handler])
  }
  for (const [key, exact] of handlersByPath)
    handlersByPath.set(
      key,
      handlers.filter((handler) => exact.includes(handler) || !isExact(handler)),
    )
}
const handlersFor = (message: IncomingMessage) =>
  handlersByPath.get(`${message.method} ${(message.url ?? '/').split('?')[0]}`) ?? handlers

/** Answers that change only with the data (imports, reverts): kept, up to 64 MB. Targets change by PUT: not kept. */
const CACHEABLE_PATHS = new Set(['/api/v1/stats', '/api/v1/units', '/api/v1/meta'])
const answers = new AnswerCache(64 * 1024 * 1024)

async function toRequest(message: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of message) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [key, value] of Object.entries(message.headers)) if (typeof value === 'string') headers.set(key, value)
  const hasBody = message.method !== 'GET' && message.method !== 'HEAD' && chunks.length > 0
  return new Request(new URL(message.url ?? '/', origin), {
    method: message.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  })
}

/** The identity a GET's answer depends on, when it can be kept: a valid token, no injected fault, a read-only list. */
function cacheKey(message: IncomingMessage): string | null {
  if (message.method !== 'GET' || values.faults || message.headers[FAULT_HEADER] !== undefined) return null
  const url = message.url ?? ''
  if (!CACHEABLE_PATHS.has(url.split('?')[0]!)) return null
  const header = message.headers.authorization ?? ''
  // Checked on every request (a revoked token falls through to the handlers, which answer 401).
  const claims = header.startsWith('Bearer ') ? readToken(header.slice(7)) : null
  return claims ? `${claims.username}|${claims.dataset}|${url}` : null
}

/** Sends a body of `length` bytes, compressed when the client accepts it and it is worth it. */
async function send(
  reply: ServerResponse,
  status: number,
  headers: Record<string, string>,
  length: number,
  encoding: Encoding | null,
  bodyFor: (encoding: Encoding | null) => Promise<Buffer>,
) {
  const { 'content-length': _, ...rest } = headers
  const chosen = encoding && length >= MIN_COMPRESSED_BYTES ? encoding : null
  const body = await bodyFor(chosen)
  reply.writeHead(status, {
    ...cors,
    ...rest,
    Vary: 'Accept-Encoding',
    ...(chosen ? { 'Content-Encoding': chosen } : {}),
    'Content-Length': String(body.length),
  })
  reply.end(body)
}

/** A body made now: compressed on the thread pool when asked. */
const fresh = (body: Buffer) => (encoding: Encoding | null) =>
  encoding ? compress(body, encoding) : Promise.resolve(body)

/** Every unit's monthly rows of the last 12 months as pieces (row-pieces.ts), made at the start (below). */
let rowPieces: RowPieces | null = null

/** A monthly /stats answer gzipped from the kept pieces, its rows not made (null: made as any other). */
function piecedGzip(body: JsonBody | undefined): Buffer | null {
  const plan = rowPieces && body ? rowsPlanOf(body.value) : null
  const zipped = plan && rowPieces!.gzipOf(plan)
  // Its length, from the gzip's trailer: a small answer goes out as it is (send).
  return zipped && zipped.readUInt32LE(zipped.length - 4) >= MIN_COMPRESSED_BYTES ? zipped : null
}

const server = createServer(async (message, reply) => {
  try {
    if (message.method === 'OPTIONS') return void reply.writeHead(204, cors).end()
    const encoding = negotiate(message.headers['accept-encoding'])
    if (message.url === '/api/v1/openapi.json') {
      const body = Buffer.from(JSON.stringify(buildOpenApiDocument()))
      return await send(reply, 200, { 'Content-Type': 'application/json' }, body.length, encoding, fresh(body))
    }
    const key = cacheKey(message)
    const cached = key === null ? undefined : answers.get(key, importsVersion())
    if (key !== null && cached)
      return await send(reply, 200, cached.headers, cached.length, encoding, (e) => answers.bodyOf(key, cached, e))
    await turn() // an answer to make: in the order the requests came (turns.ts)
    const response = await getResponse(handlersFor(message), await toRequest(message))
    if (!response) {
      const body = JSON.stringify({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: `No endpoint ${message.url}`,
      })
      return void reply.writeHead(404, { ...cors, 'Content-Type': 'application/problem+json' }).end(body)
    }
    const made = jsonBodyOf(response)
    const headers = Object.fromEntries(response.headers)
    const zipped = key !== null && response.status === 200 && encoding === 'gzip' ? piecedGzip(made) : null
    if (key !== null && zipped) {
      const answer = answers.keepGzip(key, importsVersion(), headers, zipped)
      return await send(reply, 200, headers, answer.length, encoding, () => Promise.resolve(zipped))
    }
    const bytes = made?.bytes()
    const body = bytes
      ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
      : Buffer.from(await response.arrayBuffer())
    if (key !== null && response.status === 200) {
      // The version read now: an import finished while this answer was made would have bumped it already.
      const answer = answers.keep(key, importsVersion(), headers, body, encoding)
      return await send(reply, 200, headers, body.length, encoding, (e) =>
        e ? answers.bodyOf(key, answer, e) : Promise.resolve(body),
      )
    }
    await send(reply, response.status, headers, body.length, encoding, fresh(body))
  } catch (error) {
    reply.writeHead(500, { ...cors, 'Content-Type': 'application/problem+json' })
    reply.end(
      JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: String(error) }),
    )
  }
})

// Like a real server, the data is loaded before the first request: every unit's profile made (a request would
// otherwise make those of its units first, ~40 ms for a province) and the generator's code warmed up on a province of
// either structure.
const loaded = await loadDataset(dataset)
for (const unit of loaded.units) profileOf(unit)
for (const isNew of [true, false]) {
  const province = loaded.units.find((unit) => unit.kind === 'province' && Boolean(unit.validFrom) === isNew)
  if (province) JSON.stringify(statsRows(loaded, province, 2, monthsOf({ from: FIRST_MONTH, to: LAST_MONTH })))
}
// …and each month's values for the months behind of its root's scope on the default metric, as a server keeps them
// with its months (they change only with an import): the country's are ~16,000 units × 83 months (a few seconds).
// Working them out made a year of the country's rows at a time (half a year now, months-behind.ts), ~60 MB kept but
// ~300 MB of garbage: `npm run mock:serve` caps the old generation at 192 MB (package.json) so that it is collected
// rather than kept, measured on the national dataset: peak RSS 552 → 291 MB after the start, 519 → 290 MB under the
// bench's 20 clients, as fast; five metrics over three periods each then ran without running out (peak 401 MB, RSS
// 349 MB).
monthsBehindOf(loaded, loaded.rootId, 'onlineRate', LAST_MONTH)
// …and every unit's rows of the last 12 months as pieces (row-pieces.ts; ~2.5 s on the national dataset, ~12 MB
// kept), their code warmed up on each of the root's children at one level (~30 ms for the country's ~100): the
// first answer made from them took ~14 ms, then ~1 (warmed up on the root's two levels instead, the start's peak RSS
// was ~25 MB higher); warmed up on the root's one level only (one answer), a province's first 20 two-level answers
// still took ~20 ms together, ~9 once many answers have run the code (V8 optimizes a function it has called often):
// the bench's first pass, p95 in 4 runs each, alternating: 50 / 58 / 51 / 61 → 44 / 43 / 52 / 45 ms.
const kept = monthsOf({ from: addMonths(LAST_MONTH, -11), to: LAST_MONTH })
rowPieces = new RowPieces(loaded, kept)
for (const child of loaded.tree.childrenOf.get(loaded.rootId) ?? [])
  rowPieces.gzipOf({ dataset: loaded, root: child, depth: 1, months: kept })
// The start's garbage collected now (`--expose-gc`, package.json) rather than by the first requests: left to V8, a
// full collection of it (~20 ms paused and ~35 ms of marking on the one thread) fell in the bench's first pass.
// The old generation then may double (`--heap-growing-percent=100`) before V8 collects it in full again: under its
// 192 MB cap V8 let it grow by only ~1.3× (~70 MB kept → ~83 MB started a marking), so that the few MB the first
// pass leaves behind brought one or two full collections into it (~60–100 ms of the two cores' CPU each, with their
// concurrent marking: the pass's server CPU 410–470 → 340–350 ms). As the old generation's garbage is now kept
// longer, the young generation is kept to 8 MB a half (`--max-semi-space-size=8`; V8 gave it 16) for memory: peak
// RSS (the start's or the load's) was 269–301 MB with 16 over 15 runs, 252–278 MB with 8 over 15, the first pass as
// fast (its p95 in the same runs 82–249 ms and 109–261 ms, with a load of ~2.5–4 from other work on the two cores).
;(globalThis as { gc?: () => void }).gc?.()

server.listen(port, values.host, () => {
  console.log(
    `Mock API (${dataset}) on ${origin}/api/v1 — accounts: ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}` +
      ` (password: ${DEMO_PASSWORD})`,
  )
})
