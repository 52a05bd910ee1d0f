// `npm start` and `npm run mock:serve` run bundles of their sources (server/cli/bundle.ts), made by their "pre"
// scripts, not the sources through a TypeScript loader: package.json's scripts run the files the bundler writes, and
// each bundle, started with its script's own Node flags, answers — the server's with the migrations beside it.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LAST_MONTH } from '../../mocks/generator'
import { BUNDLES, bundle } from '../../server/cli/bundle'
import { openDatabase } from '../../server/db/open'
import { seedDataset } from '../../server/seed'
import { nodeArgumentsOf } from '../bench/npm-script'
import { freePort } from './harness'

/** Bundles made here, within the project (where their packages are found), and temporary folders: removed after. */
const made: string[] = []
const children: ChildProcess[] = []
afterAll(() => {
  for (const child of children) child.kill('SIGKILL')
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** `node <the script's flags> <file> <args>`, resolved once the process answers `ready`. */
async function run(
  script: string,
  file: string,
  args: string[],
  env: Record<string, string>,
  ready: () => Promise<boolean>,
) {
  const flags = nodeArgumentsOf(script).slice(0, -1) // without the bundle it names
  const child = spawn(process.execPath, [...flags, file, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`${file} exited (${child.exitCode}): ${output}`)
    if (await ready().catch(() => false)) return output
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${file} did not answer: ${output}`)
}

async function signIn(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

describe('the bundles npm start and mock:serve run', () => {
  it("are the files package.json's scripts run, made by their pre scripts", () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
    expect(nodeArgumentsOf('start').at(-1)).toBe(join(BUNDLES.server.dir, BUNDLES.server.file))
    expect(nodeArgumentsOf('mock:serve').at(-1)).toBe(join(BUNDLES.mock.dir, BUNDLES.mock.file))
    expect(scripts.prestart).toBe('tsx server/cli/bundle.ts server')
    expect(scripts['premock:serve']).toBe('tsx server/cli/bundle.ts mock')
    expect([...nodeArgumentsOf('start'), ...nodeArgumentsOf('mock:serve')]).not.toContain('tsx')
  })

  it('the server: migrations beside it, it opens a database, serves and signs in', async () => {
    const dir = join('.build', `test-server-${randomBytes(4).toString('hex')}`)
    made.push(dir)
    const file = await bundle('server', dir)
    expect(existsSync(join(dir, 'migrations', 'meta', '_journal.json'))).toBe(true)
    const folder = mkdtempSync(join(tmpdir(), 'dvctt-bundle-'))
    made.push(folder)
    // The demo's last month (the whole demo would take the start ~20 s): the bundle's migrator still reads its journal.
    const database = await openDatabase({ dataDir: join(folder, 'data') })
    const { accounts } = await seedDataset(database.db, 'demo', { months: { from: LAST_MONTH, to: LAST_MONTH } })
    await database.close()
    mkdirSync(join(folder, 'dist'))
    writeFileSync(join(folder, 'dist', 'index.html'), '<!doctype html><title>test</title>')
    const port = await freePort()
    const base = `http://127.0.0.1:${port}/api/v1`
    const env = {
      DATA_DIR: join(folder, 'data'),
      DIST_DIR: join(folder, 'dist'),
      PORT: String(port),
      HOST: '127.0.0.1',
    }
    const answers = async () => (await fetch(`${base}/meta`)).status === 401 // listening; no session yet
    const output = await run('start', file, [], env, answers)
    expect(output).toContain('Ready in')
    const token = await signIn(base, accounts[0]!)
    const me = await fetch(`${base}/me`, { headers: { Authorization: `Bearer ${token}` } })
    expect(me.status).toBe(200)
    expect(((await me.json()) as { username: string }).username).toBe(accounts[0])
  }, 120_000)

  it('the mock API: serves its dataset', async () => {
    const dir = join('.build', `test-mock-${randomBytes(4).toString('hex')}`)
    made.push(dir)
    const file = await bundle('mock', dir)
    const port = await freePort()
    const base = `http://127.0.0.1:${port}/api/v1`
    const ready = async () => (await fetch(`${base}/openapi.json`)).ok
    await run('mock:serve', file, ['--port', String(port), '--dataset', 'demo'], {}, ready)
    const token = await signIn(base, 'lanhdao.tinh')
    const meta = await fetch(`${base}/meta`, { headers: { Authorization: `Bearer ${token}` } })
    expect(meta.status).toBe(200)
    expect(((await meta.json()) as { lastMonth: string }).lastMonth).toBe(LAST_MONTH)
  }, 120_000)
})
