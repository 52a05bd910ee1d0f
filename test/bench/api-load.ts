// `npx tsx test/bench/api-load.ts --url http://127.0.0.1:8080 [--user trunguong] [--clients 20] [--requests 200]
// [--pid N]`: the API budgets of QUALITY.md against a running server (or mock:serve): /stats of one province
// subtree (depth 2, 12 months) from N concurrent clients (p50/p95/p99, errors), the country at depth 1 over 12
// months, the compression and the size limit, and the server's peak RSS when its process id is given (Linux).
// Prints each figure beside its budget; `apiLoad` gives the same figures to `npm run bench`.
import { readFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

export interface ApiLoadOptions {
  url: string
  user?: string
  password?: string
  clients?: number
  requests?: number
  /** The server's process id: its resident memory is sampled during the load (Linux /proc). */
  pid?: number
}

export interface ApiFigure {
  figure: string
  value: string
  budget?: string
  isMet?: boolean
}

interface Answer {
  status: number
  ms: number
  /** Bytes on the wire (compressed when the server compressed). */
  bytes: number
  encoding?: string
  contentType?: string
  body: Buffer
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
const ms = (x: number) => `${x.toFixed(0)} ms`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

/** Resident memory of a process now and at its peak (VmRSS, VmHWM), in bytes; null off Linux. */
function residentMemory(pid: number): { now: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024
    return { now: kb('VmRSS'), peak: kb('VmHWM') }
  } catch {
    return null
  }
}

export async function apiLoad(options: ApiLoadOptions): Promise<ApiFigure[]> {
  const api = new URL(`${options.url.replace(/\/+$/, '')}/api/v1`)
  const clients = options.clients ?? 20
  const total = options.requests ?? 200
  // The load generator shares the machine: it reads the bytes as sent and decodes nothing, over kept-alive sockets.
  const agent = new Agent({ keepAlive: true, maxSockets: clients })
  const figures: ApiFigure[] = []
  const add = (figure: ApiFigure) => {
    figures.push(figure)
    return figure
  }

  function get(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<Answer> {
    const start = performance.now()
    return new Promise((resolve, reject) => {
      const call = request(`${api.href}${path}`, { method, headers, agent }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const raw = Buffer.concat(chunks)
          resolve({
            status: response.statusCode ?? 0,
            ms: performance.now() - start,
            bytes: raw.length,
            encoding: response.headers['content-encoding'],
            contentType: response.headers['content-type'],
            body: raw,
          })
        })
        response.on('error', reject)
      })
      call.on('error', reject)
      call.end(body)
    })
  }

  const login = await get(
    '/auth/login',
    { 'Content-Type': 'application/json' },
    'POST',
    JSON.stringify({ username: options.user ?? 'trunguong', password: options.password ?? 'demo' }),
  )
  if (login.status !== 200) throw new Error(`sign-in: ${login.status}`)
  const { token } = JSON.parse(login.body.toString()) as { token: string }
  const plain = { Authorization: `Bearer ${token}` }
  // What Chromium sends over plain HTTP (brotli and zstd only over HTTPS).
  const headers = { ...plain, 'Accept-Encoding': 'gzip, deflate' }
  const json = async <T>(path: string) => JSON.parse((await get(path, plain)).body.toString()) as T

  const meta = await json<{ lastMonth: string; rootUnitId: string }>('/meta')
  const [y, m] = meta.lastMonth.split('-').map(Number) as [number, number]
  const from = `${m === 12 ? y : y - 1}-${String((m % 12) + 1).padStart(2, '0')}`
  const to = meta.lastMonth

  const unitsAnswer = await get('/units', headers)
  const { units } = await json<{
    units: Array<{ id: string; kind: string; validFrom?: string | null; validTo?: string | null }>
  }>('/units')
  const provinces = units.filter(
    (u) => u.kind === 'province' && (u.validTo ?? '9999') >= to && (u.validFrom ?? '') <= from,
  )
  add({
    figure: `/units: ${units.length} units`,
    value: `${kb(unitsAnswer.bytes)} (${unitsAnswer.encoding ?? 'uncompressed'}), ${ms(unitsAnswer.ms)}`,
  })
  const provincePath = (id: string) => `/stats?unit=${id}&depth=2&from=${from}&to=${to}`

  // Compression: one province's answer as sent with and without Accept-Encoding.
  const zipped = await get(provincePath(provinces[0]!.id), headers)
  const unzipped = await get(provincePath(provinces[0]!.id), plain)
  add({
    figure: '/stats province depth 2, compressed when accepted',
    value: `${zipped.encoding ?? 'none'}: ${kb(zipped.bytes)} of ${kb(unzipped.bytes)}`,
    budget: 'compressed',
    isMet: zipped.encoding !== undefined && zipped.bytes < unzipped.bytes / 2,
  })

  let peak = 0
  const sampler = options.pid
    ? setInterval(() => (peak = Math.max(peak, residentMemory(options.pid!)?.now ?? 0)), 20)
    : undefined

  /** N clients asking `total` province subtrees in turn; on a cold server the first pass finds nothing cached. */
  async function provinceRound(label: string) {
    const times: number[] = []
    let errors = 0
    let next = 0
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < total) {
          const province = provinces[next++ % provinces.length]!
          const answer = await get(provincePath(province.id), headers).catch(() => null)
          times.push(answer?.ms ?? Infinity)
          if (answer?.status !== 200) errors++
        }
      }),
    )
    times.sort((a, b) => a - b)
    const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => quantile(times, q)) as [number, number, number]
    const shape = `/stats one province depth 2, ${from}…${to}, ${clients} clients × ${total} (${label})`
    add({
      figure: shape,
      value: `p50 ${ms(p50)}, p95 ${ms(p95)}, p99 ${ms(p99)}`,
      budget: 'p95 ≤ 100 ms',
      isMet: p95 <= 100,
    })
    add({ figure: '  errors', value: String(errors), budget: '0', isMet: errors === 0 })
  }
  await provinceRound('first pass')
  await provinceRound('again')
  if (sampler) clearInterval(sampler)

  const country: number[] = []
  for (let i = 0; i < 5; i++) {
    const answer = await get(`/stats?unit=${meta.rootUnitId}&depth=1&from=${from}&to=${to}`, headers)
    if (answer.status !== 200) throw new Error(`/stats ${meta.rootUnitId}: ${answer.status}`)
    country.push(answer.ms)
  }
  add({
    figure: `/stats ${meta.rootUnitId} depth 1, 12 months, alone: first`,
    value: ms(country[0]!),
    budget: '≤ 500 ms',
    isMet: country[0]! <= 500,
  })
  add({ figure: '  repeated (median of 4)', value: ms([...country.slice(1)].sort((a, b) => a - b)[2]!) })

  // The size limit: the whole country two levels down over every month is refused at once, in the contract's form.
  const huge = await get(`/stats?unit=${meta.rootUnitId}&depth=2&from=2000-01&to=${to}`, headers)
  const isProblem = huge.status >= 400 && huge.status < 500 && (huge.contentType ?? '').includes('problem+json')
  add({
    figure: `/stats ${meta.rootUnitId} depth 2, every month: refused by the size limit`,
    value: `${huge.status} ${huge.contentType ?? ''}, ${ms(huge.ms)}`,
    budget: '4xx problem+json',
    isMet: isProblem,
  })

  if (options.pid) {
    const memory = residentMemory(options.pid)
    if (memory) {
      const top = Math.max(peak, memory.peak)
      add({
        figure: 'server RSS, peak',
        value: `${mb(top)} (now ${mb(memory.now)})`,
        budget: '< 300 MB',
        isMet: top < 300 * 1024 * 1024,
      })
    }
  }
  agent.destroy()
  return figures
}

/** One line a figure: value, budget, ✓/✗. */
export function formatFigure(figure: ApiFigure): string {
  const verdict = figure.isMet === undefined ? '' : figure.isMet ? ' ✓' : ' ✗'
  return `${figure.figure}: ${figure.value}${figure.budget ? ` (budget ${figure.budget})` : ''}${verdict}`
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:8080' },
      user: { type: 'string', default: 'trunguong' },
      password: { type: 'string', default: 'demo' },
      clients: { type: 'string', default: '20' },
      requests: { type: 'string', default: '200' },
      pid: { type: 'string' },
    },
  })
  const figures = await apiLoad({
    url: values.url,
    user: values.user,
    password: values.password,
    clients: Number(values.clients),
    requests: Number(values.requests),
    pid: values.pid ? Number(values.pid) : undefined,
  })
  for (const figure of figures) console.log(formatFigure(figure))
}
