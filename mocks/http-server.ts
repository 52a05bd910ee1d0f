// `npm run mock:serve -- --port 8787 [--dataset demo|national] [--faults SPEC]`: the same handlers
// as a plain HTTP server on 127.0.0.1, for backend teams, contract tests and builds with mocks off.
import { createServer, type IncomingMessage } from 'node:http'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { getResponse } from 'msw'
import { buildOpenApiDocument } from '../src/api/openapi'
import { monthsOf } from '../src/domain/periods'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts'
import { loadDataset } from './datasets'
import { FAULT_HEADER } from './faults'
import { FIRST_MONTH, LAST_MONTH } from './generator'
import { createHandlers } from './handlers'
import { statsRows } from './stats'
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

const server = createServer(async (message, reply) => {
  try {
    if (message.method === 'OPTIONS') return void reply.writeHead(204, cors).end()
    if (message.url === '/api/v1/openapi.json') {
      return void reply
        .writeHead(200, { ...cors, 'Content-Type': 'application/json' })
        .end(JSON.stringify(buildOpenApiDocument()))
    }
    const response = await getResponse(handlers, await toRequest(message))
    if (!response) {
      const body = JSON.stringify({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: `No endpoint ${message.url}`,
      })
      return void reply.writeHead(404, { ...cors, 'Content-Type': 'application/problem+json' }).end(body)
    }
    const body = Buffer.from(await response.arrayBuffer())
    const headers = { ...cors, ...Object.fromEntries(response.headers), Vary: 'Accept-Encoding' }
    // Compressed as any production server would: a province's two years of rows are 1.6 MB of JSON, 0.25 MB gzipped.
    if (body.length > 1024 && /\bgzip\b/.test(message.headers['accept-encoding'] ?? '')) {
      const zipped = gzipSync(body, { level: 1 }) // fastest: about half the time of level 4, a quarter larger
      const { 'content-length': _, ...rest } = headers as Record<string, string>
      return void reply
        .writeHead(response.status, { ...rest, 'Content-Encoding': 'gzip', 'Content-Length': String(zipped.length) })
        .end(zipped)
    }
    reply.writeHead(response.status, headers)
    reply.end(body)
  } catch (error) {
    reply.writeHead(500, { ...cors, 'Content-Type': 'application/problem+json' })
    reply.end(
      JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: String(error) }),
    )
  }
})

// Like a real server, the data is loaded (and the generator's code warmed up) before the first request.
const loaded = await loadDataset(dataset)
const firstProvince = loaded.units.find((unit) => unit.kind === 'province')
if (firstProvince) statsRows(loaded, firstProvince, 1, monthsOf({ from: FIRST_MONTH, to: LAST_MONTH }))

server.listen(port, values.host, () => {
  console.log(
    `Mock API (${dataset}) on ${origin}/api/v1 — accounts: ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}` +
      ` (password: ${DEMO_PASSWORD})`,
  )
})
