// `npm run seed -- [--dataset demo|national] [--reset]`: loads a generated dataset into the configured
// database (DATA_DIR or DATABASE_URL) and reports the time taken and the database's size.
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { openDatabase, rowsOf, type Db } from '../db/open'
import { isEmpty, seedDataset } from '../seed'
import { describeDatabase, readSettings } from '../settings'

const { values } = parseArgs({
  options: { dataset: { type: 'string', default: 'demo' }, reset: { type: 'boolean', default: false } },
})
const dataset = values.dataset
if (dataset !== 'demo' && dataset !== 'national') throw new Error('--dataset is demo or national')

/** Every table's data, gone (the schema stays): a fresh start for another dataset. */
async function reset(db: Db) {
  await db.execute(sql`TRUNCATE audit, import_rows, imports, login_failures, sessions, users, target_history,
    targets, year_pieces_stale, year_pieces, subtree_rows, stat_rows, lineage, unit_closure, units, settings
    RESTART IDENTITY`)
}

const settings = readSettings()
// No statement timeout: adding up the whole country's subtrees takes longer than any read may.
const database = await openDatabase({ ...settings.database, queryTimeoutMs: 0 })
try {
  if (!(await isEmpty(database.db))) {
    if (!values.reset) {
      console.error('The database already holds data: add --reset to replace all of it (accounts included).')
      process.exitCode = 1
    } else await reset(database.db)
  }
  if (process.exitCode !== 1) {
    const started = performance.now()
    const result = await seedDataset(database.db, dataset)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    await database.db.execute(sql`ANALYZE`)
    const [size] = rowsOf<{ bytes: string }>(
      await database.db.execute(sql`SELECT pg_database_size(current_database())::text AS bytes`),
    )
    const mb = (Number(size?.bytes ?? 0) / 1024 / 1024).toFixed(0)
    console.log(`${describeDatabase(settings.database)}: dataset ${dataset}`)
    console.log(
      `${result.units} units, ${result.rows} monthly rows, ${result.weekRows} weekly rows, ` +
        `${result.targets} targets in ${seconds} s; ${mb} MB`,
    )
    console.log(`Demo accounts: ${result.accounts.join(', ') || 'none'} (password "demo")`)
  }
} finally {
  await database.close()
}
