// `npx tsx test/bench/api-load.ts --url http://127.0.0.1:8080 [--user trunguong] [--clients 20] [--requests 200]`:
// the API budgets of QUALITY.md against a running server (or mock:serve): /stats of one province subtree
// (depth 2, 12 months) from N concurrent clients (p50/p95, errors), the country at depth 1 over 12 months,
// and /units. Prints each figure beside its budget.
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:8080' },
    user: { type: 'string', default: 'trunguong' },
    password: { type: 'string', default: 'demo' },
    clients: { type: 'string', default: '20' },
    requests: { type: 'string', default: '200' },
  },
})
const api = `${values.url.replace(/\/+$/, '')}/api/v1`
const clients = Number(values.clients)
const total = Number(values.requests)

const login = await fetch(`${api}/auth/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: values.user, password: values.password }),
})
if (!login.ok) throw new Error(`sign-in: ${login.status}`)
const { token } = (await login.json()) as { token: string }
const headers = { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip' }

async function timed(path: string): Promise<[number, boolean, number]> {
  const start = performance.now()
  const response = await fetch(`${api}${path}`, { headers })
  const body = await response.arrayBuffer()
  return [performance.now() - start, response.ok, body.byteLength]
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
const ms = (x: number) => `${x.toFixed(0)} ms`

const meta = (await (await fetch(`${api}/meta`, { headers })).json()) as { lastMonth: string; rootUnitId: string }
const [y, m] = meta.lastMonth.split('-').map(Number) as [number, number]
const from = `${m === 12 ? y : y - 1}-${String((m % 12) + 1).padStart(2, '0')}`
const to = meta.lastMonth

const [unitsMs, , unitsBytes] = await timed('/units')
const units = (
  (await (await fetch(`${api}/units`, { headers })).json()) as {
    units: Array<{ id: string; kind: string; validFrom?: string | null; validTo?: string | null }>
  }
).units
const provinces = units.filter(
  (u) => u.kind === 'province' && (u.validTo ?? '9999') >= to && (u.validFrom ?? '') <= from,
)
console.log(`/units: ${units.length} units, ${(unitsBytes / 1024).toFixed(0)} KB, ${ms(unitsMs)}`)

// Warm up once per query shape.
await timed(`/stats?unit=${provinces[0]!.id}&depth=2&from=${from}&to=${to}`)

/** N clients asking `total` province subtrees in turn; the first pass finds no answer cached, the second does. */
async function provinceRound(label: string) {
  const times: number[] = []
  let errors = 0
  let next = 0
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const province = provinces[next++ % provinces.length]!
        const [t, ok] = await timed(`/stats?unit=${province.id}&depth=2&from=${from}&to=${to}`).catch(
          () => [0, false] as const,
        )
        times.push(t)
        if (!ok) errors++
      }
    }),
  )
  times.sort((a, b) => a - b)
  console.log(
    `/stats province depth 2, ${from}…${to}, ${clients} clients × ${total} requests (${label}):` +
      ` p50 ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))} (budget ≤ 100 ms), errors ${errors}`,
  )
}
await provinceRound('first pass')
await provinceRound('again')

const country: number[] = []
for (let i = 0; i < 5; i++)
  country.push((await timed(`/stats?unit=${meta.rootUnitId}&depth=1&from=${from}&to=${to}`))[0])
country.sort((a, b) => a - b)
console.log(
  `/stats ${meta.rootUnitId} depth 1, 12 months, alone: median of 5 ${ms(quantile(country, 0.5))} (budget ≤ 500 ms)`,
)
