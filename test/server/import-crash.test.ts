// A crash in the middle of an import leaves the data as it was: the server runs as a child process on a
// database of its own (a PGlite folder; PostgreSQL too when TEST_DATABASE_URL is set), an import is stopped
// inside its transaction once its rows are written (a preloaded seam, fixtures/stall-import.ts), the process
// is killed with SIGKILL, and the restarted server answers the rows and the import list exactly as before.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../mocks/datasets'
import { LAST_MONTH } from '../../mocks/generator'
import { openDatabase, type DatabaseOptions } from '../../server/db/open'
import { seedDataset } from '../../server/seed'
import { bieu06Cells, bieu06Title, type Bieu06Line } from '../domain/imports/bieu06-sheet'
import { cellsToXlsx } from '../domain/imports/bieu06-xlsx'
import { DATABASES, freePort, type DatabaseKind } from './harness'
import { STALLED } from './fixtures/stall-import'

interface Running {
  child: ChildProcess
  base: string
  /** Resolves when the server prints the line. */
  printed(line: string): Promise<void>
}

/** `npm start`'s entry point as a child process on the database; `stall` preloads the import seam. */
async function startServer(env: Record<string, string>, stall: boolean): Promise<Running> {
  const port = await freePort()
  const args = ['--import', 'tsx', ...(stall ? ['--import', './test/server/fixtures/stall-import.ts'] : [])]
  const child = spawn(process.execPath, [...args, 'server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  const waiting: Array<{ line: string; resolve: () => void }> = []
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    for (const w of waiting.filter((w) => output.includes(w.line))) w.resolve()
  })
  const exited = new Promise<never>((_, reject) =>
    child.on('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}): ${output}`))),
  )
  exited.catch(() => {})
  const printed = (line: string) =>
    Promise.race([
      new Promise<void>((resolve) => (output.includes(line) ? resolve() : waiting.push({ line, resolve }))),
      exited,
    ])
  await printed('Ready in')
  return { child, base: `http://127.0.0.1:${port}/api/v1`, printed }
}

async function kill(running: Running, signal: NodeJS.Signals) {
  if (running.child.exitCode !== null || running.child.signalCode !== null) return
  const gone = new Promise((resolve) => running.child.once('exit', resolve))
  running.child.kill(signal)
  await gone
}

/** A database of the kind with the demo's last month seeded: how the server reaches it, and its removal. */
async function seededDatabase(kind: DatabaseKind): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  let options: DatabaseOptions
  let env: Record<string, string>
  let drop: () => Promise<void>
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'dvctt-crash-'))
    options = { dataDir: join(dir, 'data') }
    env = { DATA_DIR: options.dataDir! }
    drop = async () => rmSync(dir, { recursive: true, force: true })
  } else {
    const adminUrl = process.env.TEST_DATABASE_URL!
    const name = `dvctt_crash_${randomBytes(6).toString('hex')}`
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      await client.query(statement)
      await client.end()
    }
    await admin(`CREATE DATABASE ${name}`)
    const url = new URL(adminUrl)
    url.pathname = `/${name}`
    options = { databaseUrl: url.toString() }
    env = { DATABASE_URL: url.toString() }
    drop = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
  const database = await openDatabase(options)
  await seedDataset(database.db, 'demo', { months: { from: LAST_MONTH, to: LAST_MONTH } })
  await database.close()
  return { env, drop }
}

describe.each(DATABASES)('an import killed mid-way on %s', (kind) => {
  const distDir = mkdtempSync(join(tmpdir(), 'dvctt-dist-'))
  let database: Awaited<ReturnType<typeof seededDatabase>>
  let running: Running | null = null
  let rootId: string
  let communes: Array<{ id: string; name: string }>

  beforeAll(async () => {
    mkdirSync(distDir, { recursive: true })
    writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>test</title>') // no vite build
    database = await seededDatabase(kind)
    const dataset = await loadDataset('demo')
    rootId = dataset.rootId
    // Communes whose names stay apart when compared loosely (the importer refuses an ambiguous name).
    const loose = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase()
    const all = (dataset.tree.childrenOf.get(rootId) ?? []).filter((u) => u.kind === 'commune')
    communes = all.filter((c) => all.filter((o) => loose(o.name) === loose(c.name)).length === 1)
  }, 120_000)
  afterAll(async () => {
    if (running) await kill(running, 'SIGKILL')
    await database.drop()
    rmSync(distDir, { recursive: true, force: true })
  })

  const env = () => ({ ...database.env, DIST_DIR: distDir })
  const call = async (path: string, token: string, init: RequestInit = {}) => {
    const headers = { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) }
    return fetch(`${running!.base}${path}`, { ...init, headers })
  }
  const signIn = async () => {
    const response = await fetch(`${running!.base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'nhaplieu', password: 'demo' }),
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as { token: string }).token
  }
  const upload = async (token: string, lines: Bieu06Line[]) => {
    const form = new FormData()
    const bytes = await cellsToXlsx(bieu06Cells(lines, bieu06Title(LAST_MONTH)))
    form.set('file', new Blob([bytes as BlobPart]), 'bieu06.xlsx')
    return call('/imports?dryRun=false', token, { method: 'POST', body: form })
  }
  const line = (name: string, online: number) => ({
    name,
    online,
    direct: 300,
    carried: 12,
    early: 400,
    onTime: 500,
    late: 20,
    within: 30,
    overdue: 4,
  })
  /** Everything a reader sees of the data: every unit's own row, the subtrees' rows, and the imports. */
  const snapshot = async (token: string) => {
    const answers: unknown[] = []
    for (const path of [
      `/stats?unit=${rootId}&depth=1&from=${LAST_MONTH}&to=${LAST_MONTH}`,
      `/stats?unit=${rootId}&depth=2&from=${LAST_MONTH}&to=${LAST_MONTH}`,
      '/imports',
    ]) {
      const response = await call(path, token)
      expect(response.status, path).toBe(200)
      answers.push(await response.json())
    }
    return answers
  }

  it('leaves the rows and the import list as they were, and the same import then succeeds', async () => {
    expect(communes.length).toBeGreaterThan(50)
    // A first import that completes, on a server without the seam.
    running = await startServer(env(), false)
    let plain = await signIn()
    const first = await upload(
      plain,
      communes.slice(0, 3).map((c) => line(c.name, 111)),
    )
    expect(first.status).toBe(200)
    const before = await snapshot(plain)
    expect((before[2] as { imports: unknown[] }).imports).toHaveLength(1)
    await kill(running, 'SIGTERM')

    // The import that is killed: every commune, the first three replacing the first import's rows.
    running = await startServer(env(), true)
    const stalling = await signIn()
    const lines = communes.map((c) => line(c.name, 222))
    const pending = upload(stalling, lines).catch((error: unknown) => error)
    const answered = pending.then(async (answer) => {
      throw new Error(`the import answered: ${answer instanceof Response ? await answer.text() : String(answer)}`)
    })
    await Promise.race([running.printed(STALLED), answered])
    await kill(running, 'SIGKILL')
    expect(await pending).toBeInstanceOf(Error) // the upload never got an answer

    running = await startServer(env(), false)
    plain = await signIn()
    expect(await snapshot(plain)).toEqual(before)

    // Nothing is left locked or half-done: the same import now goes through, and its rows are there.
    const again = await upload(plain, lines)
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ accepted: communes.length, unitMonthsReplaced: communes.length })
    const [own] = (await snapshot(plain)) as Array<{ rows: Array<{ unitId: string; receivedOnline?: number }> }>
    expect(own!.rows.find((r) => r.unitId === communes[0]!.id)?.receivedOnline).toBe(222)
  }, 120_000)
})
