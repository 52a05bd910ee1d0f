// What the API's routes need from storage. The routes hold the rules (auth, validation, errors); a store
// holds the data and enforces scope inside its queries: every read and write that names a unit is asked
// together with the caller's scope, and the store answers nothing outside it.
import type { LineageLink, Role, StatRow, Target, Unit, User } from '../../src/api/contract'

export type Grain = 'month' | 'week'

/** The counts of a stored row; undefined = not reported (only received is always there). */
export type StoredCounts = Omit<StatRow, 'unitId' | 'month' | 'includesDescendants'> & {
  digitizedAtIntake?: number
  resultsDigitized?: number
}

/** One unit's own dossiers in one period, as stored and as imported. */
export interface OwnRow extends Partial<StoredCounts> {
  unitId: string
  grain: Grain
  /** YYYY-MM, or YYYY-Www for a week. */
  period: string
  /** The month a week counts in (its Thursday's); the period itself for a month. */
  month: string
  received: number
}

/** A /stats row of either grain, or of a period (`from`..`to`). */
export type ApiStatRow = Omit<StatRow, 'month'> & {
  month?: string
  week?: string
  from?: string
  to?: string
} & Partial<StoredCounts>

/** What /stats answers: a grain's rows, or ('period') one row per unit summed over a month range. */
export type StatsGrain = Grain | 'period'

export interface StatsQuery {
  unitId: string
  depth: number
  grain: StatsGrain
  from: string
  to: string
}

export type TargetMetric =
  'onlineRate' | 'onTimeRate' | 'satisfactionRate' | 'fullOnlineRate' | 'onlinePaymentRate' | 'digitizationRate'

export const TARGET_METRICS: readonly TargetMetric[] = [
  'onlineRate',
  'onTimeRate',
  'satisfactionRate',
  'fullOnlineRate',
  'onlinePaymentRate',
  'digitizationRate',
]

export type ApiTarget = Target & Partial<Record<TargetMetric, number>> & { setBy?: string; setAt?: string }

/** A PUT /targets body: a metric set to null removes the unit's own value. */
export interface TargetChange {
  unitId: string
  year: number
  values: Partial<Record<TargetMetric, number | null>>
}

export interface Account extends User {
  passwordHash: string
  disabled: boolean
}

export interface NewAccount {
  username: string
  displayName: string
  role: Role
  scopeUnitId: string
  canExport: boolean
  canImport: boolean
  canSetTargets: boolean
  passwordHash: string
}

export interface SessionTimes {
  now: Date
  /** A session unused since before this is over (idle expiry). */
  idleSince: Date
}

export interface DataMeta {
  firstMonth: string | null
  lastMonth: string | null
  firstWeek: string | null
  lastWeek: string | null
  updatedAt: string | null
}

/** What an import reports (CONTRACT.md ImportReport), as the parser builds it. */
export interface ImportReportInput {
  fileName: string
  format: string
  periods: string[]
  rows: number
  accepted: number
  rejected: Array<{ row: number; column?: string; reason: string }>
  by: string
}

export interface ImportRecord extends ImportReportInput {
  id: string
  unitMonthsAdded: number
  unitMonthsReplaced: number
  at: string
  revertedAt?: string
}

/** Where a unit stands for a scope: visible, outside it, or unknown. */
export type UnitAccess = 'ok' | 'forbidden' | 'unknown'

export interface StatsCheck {
  access: UnitAccess
  units: number
  version: string
}

export interface Store {
  /** Every unit visible from the scope (its subtree and, transitively, what flowed into it) and their links. */
  unitsFor(scopeUnitId: string): Promise<{ units: Unit[]; lineage: LineageLink[] }>
  unitAccess(scopeUnitId: string, unitId: string): Promise<UnitAccess>
  /** The /stats partition; empty when the unit is outside the scope (checked in the same query). */
  stats(scopeUnitId: string, query: StatsQuery): Promise<ApiStatRow[]>
  /**
   * The same, serialized: `{"rows":[…]}`, as text, or as its gzip (bytes) when the store has it gzipped already
   * (sql-pieces.ts).
   */
  statsAnswer(scopeUnitId: string, query: StatsQuery): Promise<string | Uint8Array<ArrayBuffer>>
  /**
   * What GET /stats checks first, in one query: the unit's access from the scope, how many units its answer
   * may cover down to `depth` (one row each a period at most), and the data version (the cache key).
   */
  statsCheck(scopeUnitId: string, unitId: string, depth: number): Promise<StatsCheck>
  meta(): Promise<DataMeta>
  /** Changes with every change of units or rows (seed, import, revert): answers cached under it stay true. */
  dataVersion(): Promise<string>
  /** Targets set inside the scope, and on the scope's root what it inherits from above. */
  targets(scopeUnitId: string, year: number): Promise<ApiTarget[]>
  /** Sets a unit's own targets (scope checked in the write), keeping old → new in the trail. */
  setTarget(actor: User, change: TargetChange, at: Date): Promise<ApiTarget | null>

  findAccount(username: string): Promise<Account | null>
  addAccount(account: NewAccount, at: Date): Promise<void>
  setPassword(username: string, passwordHash: string, at: Date): Promise<boolean>
  setDisabled(username: string, disabled: boolean, at: Date): Promise<boolean>
  createSession(tokenHash: string, username: string, at: Date, expiresAt: Date): Promise<void>
  /** The session's user if the token is live; marks it used. */
  sessionUser(tokenHash: string, times: SessionTimes): Promise<User | null>
  revokeSession(tokenHash: string, at: Date): Promise<void>
  recentFailures(keys: readonly string[], since: Date): Promise<Map<string, number>>
  recordFailure(keys: readonly string[], at: Date): Promise<void>

  /** Writes the rows in one transaction, keeping what each replaced; all or nothing. */
  applyImport(rows: readonly OwnRow[], report: ImportReportInput, at?: Date): Promise<ImportRecord>
  /** Restores what the import replaced and removes what it added; null when unknown or already reverted. */
  revertImport(id: string, by: string, at?: Date): Promise<ImportRecord | null>
  listImports(scopeUnitId: string): Promise<ImportRecord[]>
  audit(actor: string, action: string, subject: string, detail: unknown, at: Date): Promise<void>
}
