// Accounts, sessions and failed sign-ins.
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm'
import type { Role, User } from '../../src/api/contract'
import type { Db } from '../db/open'
import { audit, loginFailures, sessions, users } from '../db/schema'
import type { Account, NewAccount, SessionTimes } from './store'

type UserRow = typeof users.$inferSelect

export function toUser(row: UserRow): User {
  const user: User = {
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    scopeUnitId: row.scopeUnitId,
    canExport: row.canExport,
  }
  if (row.canImport) user.canImport = true
  if (row.canSetTargets) user.canSetTargets = true
  return user
}

export async function findAccount(db: Db, username: string): Promise<Account | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username))
  return row ? { ...toUser(row), passwordHash: row.passwordHash, disabled: row.disabled } : null
}

export async function addAccount(db: Db, account: NewAccount, at: Date) {
  await db.transaction(async (tx) => {
    await tx.insert(users).values({ ...account, disabled: false, createdAt: at, updatedAt: at })
    const { passwordHash: _, ...detail } = account
    await tx.insert(audit).values({ at, actor: 'admin', action: 'user.add', subject: account.username, detail })
  })
}

export async function setPassword(db: Db, username: string, passwordHash: string, at: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const done = await tx
      .update(users)
      .set({ passwordHash, updatedAt: at })
      .where(eq(users.username, username))
      .returning({ username: users.username })
    if (done.length === 0) return false
    // A new password ends the sessions opened with the old one.
    await tx
      .update(sessions)
      .set({ revokedAt: at })
      .where(and(eq(sessions.username, username), isNull(sessions.revokedAt)))
    await tx.insert(audit).values({ at, actor: 'admin', action: 'user.passwd', subject: username, detail: {} })
    return true
  })
}

export async function setDisabled(db: Db, username: string, disabled: boolean, at: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const done = await tx
      .update(users)
      .set({ disabled, updatedAt: at })
      .where(eq(users.username, username))
      .returning({ username: users.username })
    if (done.length === 0) return false
    if (disabled) {
      await tx
        .update(sessions)
        .set({ revokedAt: at })
        .where(and(eq(sessions.username, username), isNull(sessions.revokedAt)))
    }
    const action = disabled ? 'user.disable' : 'user.enable'
    await tx.insert(audit).values({ at, actor: 'admin', action, subject: username, detail: {} })
    return true
  })
}

export async function createSession(db: Db, tokenHash: string, username: string, at: Date, expiresAt: Date) {
  await db.insert(sessions).values({ tokenHash, username, createdAt: at, lastUsedAt: at, expiresAt })
}

/** Marks a session used at most once a minute: a write per request would serialise the readers. */
const TOUCH_EVERY_MS = 60_000

export async function sessionUser(db: Db, tokenHash: string, times: SessionTimes): Promise<User | null> {
  const [found] = await db
    .select({ user: users, lastUsedAt: sessions.lastUsedAt })
    .from(sessions)
    .innerJoin(users, eq(users.username, sessions.username))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, times.now),
        gt(sessions.lastUsedAt, times.idleSince),
        eq(users.disabled, false),
      ),
    )
  if (!found) return null
  if (times.now.getTime() - found.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastUsedAt: times.now }).where(eq(sessions.tokenHash, tokenHash))
  }
  return toUser(found.user)
}

export async function revokeSession(db: Db, tokenHash: string, at: Date) {
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)))
}

export async function recentFailures(db: Db, keys: readonly string[], since: Date): Promise<Map<string, number>> {
  const rows = await db
    .select({ key: loginFailures.key, n: sql<number>`count(*)::int` })
    .from(loginFailures)
    .where(and(inArray(loginFailures.key, [...keys]), gt(loginFailures.at, since)))
    .groupBy(loginFailures.key)
  return new Map(rows.map((r) => [r.key, Number(r.n)]))
}

export async function recordFailure(db: Db, keys: readonly string[], at: Date) {
  await db.insert(loginFailures).values(keys.map((key) => ({ key, at })))
}
