// `npm run users -- add|passwd|disable|enable|list …`: accounts of the configured database. Passwords are
// read from standard input (one line), never from the command line (it would stay in the shell's history).
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { RoleSchema } from '../../src/api/contract'
import { hashPassword } from '../auth/passwords'
import { openDatabase } from '../db/open'
import { users } from '../db/schema'
import { readSettings } from '../settings'
import { createSqlStore } from '../store/sql-store'
import { unitAccess } from '../store/sql-units'

const USAGE = `npm run users -- add <username> --name "Họ Tên" --role province_leader|district_chair|commune_chair|staff
                          --scope <unit id> [--export] [--import] [--targets]
npm run users -- passwd <username>      (new password on standard input)
npm run users -- disable <username>     (ends the account's sessions) / enable <username>
npm run users -- list`

const MIN_PASSWORD = 10

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    role: { type: 'string' },
    scope: { type: 'string' },
    export: { type: 'boolean', default: false },
    import: { type: 'boolean', default: false },
    targets: { type: 'boolean', default: false },
  },
})
const [command, username] = positionals

async function readPassword(): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: false })
  if (process.stdin.isTTY) process.stderr.write('Password (shown as typed; pipe it in to hide it): ')
  const password = (await lines[Symbol.asyncIterator]().next()).value as string | undefined
  lines.close()
  if (!password || password.length < MIN_PASSWORD) throw new Error(`A password has at least ${MIN_PASSWORD} characters`)
  return password
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const database = await openDatabase(readSettings().database)
const store = createSqlStore(database.db)
const now = new Date()
try {
  if (command === 'list') {
    for (const u of await database.db.select().from(users).orderBy(users.username)) {
      const rights = [u.canExport && 'export', u.canImport && 'import', u.canSetTargets && 'targets'].filter(Boolean)
      console.log(
        `${u.username}\t${u.role}\t${u.scopeUnitId}\t${rights.join(',') || '-'}${u.disabled ? '\tDISABLED' : ''}`,
      )
    }
  } else if (!username) {
    fail(USAGE)
  } else if (command === 'add') {
    const role = RoleSchema.safeParse(values.role)
    if (!values.name || !role.success || !values.scope) fail(USAGE)
    if ((await unitAccess(database.db, values.scope, values.scope)) !== 'ok') fail(`Unknown unit ${values.scope}`)
    if (await store.findAccount(username)) fail(`${username} exists already`)
    const passwordHash = await hashPassword(await readPassword())
    await store.addAccount(
      {
        username,
        displayName: values.name,
        role: role.data,
        scopeUnitId: values.scope,
        canExport: values.export,
        canImport: values.import,
        canSetTargets: values.targets,
        passwordHash,
      },
      now,
    )
    console.log(`Added ${username}`)
  } else if (command === 'passwd') {
    if (!(await store.setPassword(username, await hashPassword(await readPassword()), now))) fail(`No user ${username}`)
    console.log(`Password changed; ${username}'s sessions are ended`)
  } else if (command === 'disable' || command === 'enable') {
    if (!(await store.setDisabled(username, command === 'disable', now))) fail(`No user ${username}`)
    console.log(`${username} ${command}d`)
  } else {
    fail(USAGE)
  }
} finally {
  await database.close()
}
