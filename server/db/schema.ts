// The tables as Drizzle sees them (typed queries); migrations/ holds the SQL that creates them, versioned.
import {
  boolean,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core'

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

export const units = pgTable('units', {
  id: text('id').primaryKey(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  parentId: text('parent_id'),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  position: integer('position').notNull(),
})

export const unitClosure = pgTable(
  'unit_closure',
  {
    ancestorId: text('ancestor_id').notNull(),
    descendantId: text('descendant_id').notNull(),
    distance: integer('distance').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ancestorId, t.distance, t.descendantId] })],
)

export const lineage = pgTable(
  'lineage',
  {
    fromId: text('from_id').notNull(),
    toId: text('to_id').notNull(),
    month: text('month').notNull(),
    share: text('share').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId] })],
)

const count = (name: string) => integer(name)

export const statRows = pgTable(
  'stat_rows',
  {
    unitId: text('unit_id').notNull(),
    grain: text('grain').notNull(),
    period: text('period').notNull(),
    month: text('month').notNull(),
    received: integer('received').notNull(),
    receivedOnline: count('received_online'),
    receivedPostal: count('received_postal'),
    receivedOnlineFull: count('received_online_full'),
    receivedOnlineCapable: count('received_online_capable'),
    resolved: count('resolved'),
    resolvedEarly: count('resolved_early'),
    resolvedOnTime: count('resolved_on_time'),
    resolvedLate: count('resolved_late'),
    pending: count('pending'),
    pendingOverdue: count('pending_overdue'),
    feeDossiers: count('fee_dossiers'),
    feePaidOnline: count('fee_paid_online'),
    ratedVerySatisfied: count('rated_very_satisfied'),
    ratedSatisfied: count('rated_satisfied'),
    ratedDissatisfied: count('rated_dissatisfied'),
    complaints: count('complaints'),
    digitizedAtIntake: count('digitized_at_intake'),
    resultsDigitized: count('results_digitized'),
    importId: integer('import_id'),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.grain, t.period] })],
)

const rate = (name: string) => doublePrecision(name)

export const targets = pgTable(
  'targets',
  {
    unitId: text('unit_id').notNull(),
    year: integer('year').notNull(),
    onlineRate: rate('online_rate'),
    onTimeRate: rate('on_time_rate'),
    satisfactionRate: rate('satisfaction_rate'),
    fullOnlineRate: rate('full_online_rate'),
    onlinePaymentRate: rate('online_payment_rate'),
    digitizationRate: rate('digitization_rate'),
    setBy: text('set_by'),
    setAt: at('set_at'),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
)

export const targetHistory = pgTable('target_history', {
  id: serial('id').primaryKey(),
  unitId: text('unit_id').notNull(),
  year: integer('year').notNull(),
  metric: text('metric').notNull(),
  oldValue: doublePrecision('old_value'),
  newValue: doublePrecision('new_value'),
  changedBy: text('changed_by').notNull(),
  changedAt: at('changed_at').notNull(),
})

export const users = pgTable('users', {
  username: text('username').primaryKey(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  scopeUnitId: text('scope_unit_id').notNull(),
  canExport: boolean('can_export').notNull().default(false),
  canImport: boolean('can_import').notNull().default(false),
  canSetTargets: boolean('can_set_targets').notNull().default(false),
  passwordHash: text('password_hash').notNull(),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
})

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  username: text('username').notNull(),
  createdAt: at('created_at').notNull(),
  lastUsedAt: at('last_used_at').notNull(),
  expiresAt: at('expires_at').notNull(),
  revokedAt: at('revoked_at'),
})

export const loginFailures = pgTable('login_failures', {
  id: serial('id').primaryKey(),
  key: text('key').notNull(),
  at: at('at').notNull(),
})

export const imports = pgTable('imports', {
  id: serial('id').primaryKey(),
  fileName: text('file_name').notNull(),
  format: text('format').notNull(),
  report: jsonb('report').notNull(),
  unitMonthsAdded: integer('unit_months_added').notNull(),
  unitMonthsReplaced: integer('unit_months_replaced').notNull(),
  importedBy: text('imported_by').notNull(),
  importedAt: at('imported_at').notNull(),
  revertedBy: text('reverted_by'),
  revertedAt: at('reverted_at'),
})

export const importRows = pgTable(
  'import_rows',
  {
    importId: integer('import_id').notNull(),
    unitId: text('unit_id').notNull(),
    grain: text('grain').notNull(),
    period: text('period').notNull(),
    previous: jsonb('previous'),
  },
  (t) => [primaryKey({ columns: [t.importId, t.unitId, t.grain, t.period] })],
)

export const audit = pgTable('audit', {
  id: serial('id').primaryKey(),
  at: at('at').notNull(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  subject: text('subject').notNull(),
  detail: jsonb('detail').notNull(),
})

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})
