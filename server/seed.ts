// Loads a dataset of the mocks' generator (the same units, rows and targets the in-browser demo shows) into
// an empty database, with the demo accounts whose scope it holds. Demo passwords exist only through here.
import { sql } from 'drizzle-orm'
import type { LineageLink } from '../src/api/contract'
import { monthsOf, type MonthRange } from '../src/domain/periods'
import { weekDates, weeksOf, type WeekRange } from '../src/domain/weeks'
import { isValidAt } from '../src/domain/validity'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../mocks/accounts'
import { loadDataset } from '../mocks/datasets'
import { FIRST_MONTH, LAST_MONTH, ownRow } from '../mocks/generator'
import { targetsFor } from '../mocks/targets'
import { toApiUnit, type Dataset, type DatasetName } from '../mocks/units'
import { FIRST_WEEK, LAST_WEEK, ownWeekRow } from '../mocks/weeks'
import { hashPassword } from './auth/passwords'
import { rowsOf, type Db } from './db/open'
import { targets } from './db/schema'
import { touchData } from './store/sql-imports'
import { fillPieces } from './store/sql-pieces'
import { rebuildSubtrees } from './store/sql-rollup'
import { upsertRows } from './store/sql-stats'
import { insertUnits } from './store/sql-units'
import { createSqlStore } from './store/sql-store'
import { TARGET_METRICS, type OwnRow } from './store/store'

export interface SeedOptions {
  /** Only these months (tests); the generator's whole range otherwise. */
  months?: MonthRange
  /**
   * The weeks to load (the mock's weekly rows, derived from the months); by default the mock's whole range
   * when no `months` are given, none when they are (a test's few months have no weeks of their own).
   */
  weeks?: WeekRange | null
  /** Create the demo accounts whose scope is in the dataset (default true). */
  accounts?: boolean
}

export interface SeedResult {
  units: number
  rows: number
  weekRows: number
  targets: number
  accounts: string[]
}

/** Whether the database holds no units yet (a fresh one). */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM units`))
  return Number(row?.n ?? 0) === 0
}

/** The dataset's links between old and new units (none from a generator that has no reform). */
const lineageOf = (dataset: Dataset): LineageLink[] => (dataset as Dataset & { lineage?: LineageLink[] }).lineage ?? []

/** The generator's rows for the dataset, unit by unit, month by month (a unit only in its validity). */
export function* generatedRows(dataset: Dataset, months: readonly string[]): Generator<OwnRow> {
  for (const unit of dataset.units) {
    for (const month of months) {
      if (!isValidAt(unit, month)) continue
      const row = ownRow(unit, month)
      if (!row) continue
      const { unitId: _u, month: _m, includesDescendants: _i, ...counts } = row
      yield { ...counts, unitId: unit.id, grain: 'month', period: month, month }
    }
  }
}

/** The month a week counts in: its Thursday's (as imported week rows are kept). */
const monthOfWeek = (week: string) => {
  const sunday = new Date(`${weekDates(week).sunday}T00:00:00Z`)
  return new Date(sunday.getTime() - 3 * 86_400_000).toISOString().slice(0, 7)
}

/** The mock's weekly rows for the dataset (MOCK-DATA.md "Weeks"): each unit's own, where it has any. */
export function* generatedWeekRows(dataset: Dataset, weeks: readonly string[]): Generator<OwnRow> {
  for (const week of weeks) {
    const month = monthOfWeek(week)
    for (const unit of dataset.units) {
      const row = ownWeekRow(unit, week)
      if (!row) continue
      const { unitId: _u, week: _w, includesDescendants: _i, ...counts } = row
      yield { ...counts, unitId: unit.id, grain: 'week', period: week, month }
    }
  }
}

/** Writes rows in batches; how many. */
async function insertAll(db: Db, rows: Iterable<OwnRow>): Promise<number> {
  let count = 0
  let batch: OwnRow[] = []
  for (const row of rows) {
    batch.push(row)
    if (batch.length === 10_000) {
      await upsertRows(db, batch, null)
      count += batch.length
      batch = []
    }
  }
  await upsertRows(db, batch, null)
  return count + batch.length
}

export async function seedDataset(db: Db, name: DatasetName, options: SeedOptions = {}): Promise<SeedResult> {
  const dataset = await loadDataset(name)
  const range = options.months ?? { from: FIRST_MONTH, to: LAST_MONTH }
  const months = monthsOf(range)
  const weekRange =
    options.weeks === undefined ? (options.months ? null : { from: FIRST_WEEK, to: LAST_WEEK }) : options.weeks
  const at = new Date()
  let rows = 0
  let weekRows = 0
  let targetCount = 0
  await db.transaction(async (tx) => {
    await insertUnits(tx, dataset.units.map(toApiUnit), lineageOf(dataset))
    rows = await insertAll(tx, generatedRows(dataset, months))
    if (weekRange) weekRows = await insertAll(tx, generatedWeekRows(dataset, weeksOf(weekRange)))
    await rebuildSubtrees(tx)
    await fillPieces(tx)
    const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))]
    const seen = new Set<string>()
    for (const year of years) {
      for (const root of dataset.tree.roots) {
        for (const target of targetsFor(dataset, root.id, year)) {
          const key = `${target.unitId}|${year}`
          if (seen.has(key)) continue
          seen.add(key)
          const values = Object.fromEntries(
            TARGET_METRICS.map((m) => [m, (target as Record<string, unknown>)[m] ?? null]),
          )
          await tx.insert(targets).values({ unitId: target.unitId, year, ...values })
          targetCount++
        }
      }
    }
    await touchData(tx, at)
  })
  const accounts: string[] = []
  if (options.accounts !== false) {
    const store = createSqlStore(db)
    for (const account of DEMO_ACCOUNTS) {
      if (!dataset.tree.byId.has(account.scopeUnitId)) continue
      const passwordHash = await hashPassword(DEMO_PASSWORD) // a salt of its own
      await store.addAccount(
        {
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          scopeUnitId: account.scopeUnitId,
          canExport: account.canExport,
          canImport: account.canImport ?? false,
          canSetTargets: account.canSetTargets ?? false,
          passwordHash,
        },
        at,
      )
      accounts.push(account.username)
    }
  }
  return { units: dataset.units.length, rows, weekRows, targets: targetCount, accounts }
}
