// The Store over SQL (PGlite or PostgreSQL: one schema, one set of queries).
import { eq, sql } from 'drizzle-orm'
import { rowsOf, type Db } from '../db/open'
import { audit, settings } from '../db/schema'
import * as accounts from './sql-accounts'
import { applyImport, listImports, revertImport } from './sql-imports'
import { periodStatsAnswer, periodStatsRows } from './sql-period'
import { packsGzip } from './sql-packs'
import { statsGzip } from './sql-pieces'
import { statsAnswer, statsRows } from './sql-stats'
import { setTarget, targetsFor } from './sql-targets'
import { statsCheck, unitAccess, unitsFor } from './sql-units'
import type { DataMeta, Store } from './store'

async function meta(db: Db): Promise<DataMeta> {
  const [row] = rowsOf<{
    first_month: string | null
    last_month: string | null
    first_week: string | null
    last_week: string | null
    updated_at: string | null
  }>(
    await db.execute(sql`SELECT
      (SELECT min(period) FROM stat_rows WHERE grain = 'month') AS first_month,
      (SELECT max(period) FROM stat_rows WHERE grain = 'month') AS last_month,
      (SELECT min(period) FROM stat_rows WHERE grain = 'week') AS first_week,
      (SELECT max(period) FROM stat_rows WHERE grain = 'week') AS last_week,
      (SELECT value FROM settings WHERE key = 'data_updated_at') AS updated_at`),
  )
  return {
    firstMonth: row?.first_month ?? null,
    lastMonth: row?.last_month ?? null,
    firstWeek: row?.first_week ?? null,
    lastWeek: row?.last_week ?? null,
    updatedAt: row?.updated_at ?? null,
  }
}

export function createSqlStore(db: Db): Store {
  return {
    unitsFor: (scope) => unitsFor(db, scope),
    unitAccess: (scope, unitId) => unitAccess(db, scope, unitId),
    stats: (scope, query) =>
      query.grain === 'period'
        ? periodStatsRows(db, scope, query)
        : statsRows(db, scope, { ...query, grain: query.grain }),
    statsAnswer: async (scope, query) => {
      if (query.grain === 'period') return periodStatsAnswer(db, scope, query)
      const q = { ...query, grain: query.grain }
      // A province's one or two levels from its packs; else from the units' year rows; else from the rows' texts.
      return (await packsGzip(db, scope, q)) ?? (await statsGzip(db, scope, q)) ?? statsAnswer(db, scope, q)
    },
    statsCheck: (scope, unitId, depth) => statsCheck(db, scope, unitId, depth),
    meta: () => meta(db),
    dataVersion: async () => {
      const [row] = await db.select().from(settings).where(eq(settings.key, 'data_version'))
      return row?.value ?? ''
    },
    targets: (scope, year) => targetsFor(db, scope, year),
    setTarget: (actor, change, at) => setTarget(db, actor, change, at),
    findAccount: (username) => accounts.findAccount(db, username),
    addAccount: (account, at) => accounts.addAccount(db, account, at),
    setPassword: (username, hash, at) => accounts.setPassword(db, username, hash, at),
    setDisabled: (username, disabled, at) => accounts.setDisabled(db, username, disabled, at),
    createSession: (hash, username, at, expiresAt) => accounts.createSession(db, hash, username, at, expiresAt),
    sessionUser: (hash, times) => accounts.sessionUser(db, hash, times),
    revokeSession: (hash, at) => accounts.revokeSession(db, hash, at),
    recentFailures: (keys, since) => accounts.recentFailures(db, keys, since),
    recordFailure: (keys, at) => accounts.recordFailure(db, keys, at),
    applyImport: (rows, report, at) => applyImport(db, rows, report, at),
    revertImport: (id, by, at) => revertImport(db, id, by, at),
    listImports: (scope) => listImports(db, scope),
    audit: async (actor, action, subject, detail, at) => {
      await db.insert(audit).values({ actor, action, subject, detail: detail ?? {}, at })
    },
  }
}
