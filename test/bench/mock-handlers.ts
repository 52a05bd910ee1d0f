// `npx tsx test/bench/mock-handlers.ts`: the mock API's own cost at national scale, without a browser or a socket
// (the full `npm run bench` measures it over HTTP). A request costs what it returns: the country's unit list
// (both structures and the lineage), and one province's subtree at depth 2 over twelve months.
import { getResponse } from 'msw'
import { createHandlers } from '../../mocks/handlers'

const BASE = 'http://mock.bench/api/v1'
const handlers = createHandlers({ baseUrl: BASE, dataset: 'national' })

async function timed(path: string, token?: string, body?: unknown) {
  const started = performance.now()
  const request = new Request(`${BASE}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  })
  const response = await getResponse(handlers, request)
  const text = await response!.text()
  return { ms: performance.now() - started, bytes: text.length, json: JSON.parse(text) as Record<string, unknown[]> }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const login = await timed('/auth/login', undefined, { username: 'trunguong', password: 'demo' })
const token = login.json.token as unknown as string
const first = await timed('/units', token)
const again = await timed('/units', token)
console.log(
  `/units, national: first ${first.ms.toFixed(0)} ms (loads the dataset), again ${again.ms.toFixed(0)} ms;`,
  `${first.json.units!.length} units, ${first.json.lineage!.length} links, ${(first.bytes / 1e6).toFixed(2)} MB`,
)

const SAMPLES = [
  ['old provinces, 2024', '2024-01', '2024-12', ['p01', 'p79', 'p48', 'p92', 'p38', 'p87', 'p22', 'p66']],
  [
    'new provinces, 2025-12..2026-11',
    '2025-12',
    '2026-11',
    ['p2025-01', 'p2025-79', 'p2025-48', 'p2025-92', 'p2025-38', 'p2025-82', 'p2025-22', 'p2025-66'],
  ],
] as const
for (const [label, from, to, units] of SAMPLES) {
  const cold: number[] = []
  const warm: number[] = []
  let rows = 0
  for (const unit of units) {
    const answer = await timed(`/stats?unit=${unit}&depth=2&from=${from}&to=${to}`, token)
    cold.push(answer.ms)
    rows += answer.json.rows!.length
  }
  for (let run = 0; run < 3; run++)
    for (const unit of units) warm.push((await timed(`/stats?unit=${unit}&depth=2&from=${from}&to=${to}`, token)).ms)
  console.log(
    `/stats, one province's subtree at depth 2, ${label}: first ${median(cold).toFixed(1)} ms`,
    `(median of ${units.length}, max ${Math.max(...cold).toFixed(0)}), repeated ${median(warm).toFixed(1)} ms;`,
    `${Math.round(rows / units.length)} rows an answer (target < 50 ms)`,
  )
}
