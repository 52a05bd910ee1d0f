-- The first schema: units over time, their lineage, monthly and weekly rows, targets and their history,
-- users and sessions, imports (with the rows they replaced, for revert) and the audit trail.
CREATE TABLE units (
  id text PRIMARY KEY,
  code text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('country', 'province', 'department', 'district', 'commune')),
  parent_id text REFERENCES units (id),
  valid_from text,
  valid_to text,
  position integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX units_parent_idx ON units (parent_id);
--> statement-breakpoint
-- Every (ancestor, descendant) pair of the parent tree, a unit with itself at distance 0: scope and the
-- /stats partition are joins on it.
CREATE TABLE unit_closure (
  ancestor_id text NOT NULL REFERENCES units (id),
  descendant_id text NOT NULL REFERENCES units (id),
  distance integer NOT NULL,
  PRIMARY KEY (ancestor_id, distance, descendant_id)
);
--> statement-breakpoint
CREATE INDEX unit_closure_descendant_idx ON unit_closure (descendant_id);
--> statement-breakpoint
CREATE TABLE lineage (
  from_id text NOT NULL REFERENCES units (id),
  to_id text NOT NULL REFERENCES units (id),
  month text NOT NULL,
  share text NOT NULL CHECK (share IN ('whole', 'part')),
  PRIMARY KEY (from_id, to_id)
);
--> statement-breakpoint
CREATE INDEX lineage_to_idx ON lineage (to_id);
--> statement-breakpoint
-- One unit's own dossiers in one period. Only received is always reported: a NULL count is "not reported".
CREATE TABLE stat_rows (
  unit_id text NOT NULL REFERENCES units (id),
  grain text NOT NULL CHECK (grain IN ('month', 'week')),
  period text NOT NULL,
  month text NOT NULL,
  received integer NOT NULL CHECK (received >= 0),
  received_online integer,
  received_postal integer,
  received_online_full integer,
  received_online_capable integer,
  resolved integer,
  resolved_early integer,
  resolved_on_time integer,
  resolved_late integer,
  pending integer,
  pending_overdue integer,
  fee_dossiers integer,
  fee_paid_online integer,
  rated_very_satisfied integer,
  rated_satisfied integer,
  rated_dissatisfied integer,
  complaints integer,
  digitized_at_intake integer,
  results_digitized integer,
  import_id integer,
  PRIMARY KEY (unit_id, grain, period)
);
--> statement-breakpoint
CREATE INDEX stat_rows_period_idx ON stat_rows (grain, period);
--> statement-breakpoint
CREATE TABLE targets (
  unit_id text NOT NULL REFERENCES units (id),
  year integer NOT NULL,
  online_rate double precision,
  on_time_rate double precision,
  satisfaction_rate double precision,
  full_online_rate double precision,
  online_payment_rate double precision,
  digitization_rate double precision,
  set_by text,
  set_at timestamptz,
  PRIMARY KEY (unit_id, year)
);
--> statement-breakpoint
CREATE TABLE target_history (
  id serial PRIMARY KEY,
  unit_id text NOT NULL,
  year integer NOT NULL,
  metric text NOT NULL,
  old_value double precision,
  new_value double precision,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE TABLE users (
  username text PRIMARY KEY,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('province_leader', 'district_chair', 'commune_chair', 'staff')),
  scope_unit_id text NOT NULL REFERENCES units (id),
  can_export boolean NOT NULL DEFAULT false,
  can_import boolean NOT NULL DEFAULT false,
  can_set_targets boolean NOT NULL DEFAULT false,
  password_hash text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
--> statement-breakpoint
-- Tokens are stored as their SHA-256: a copy of this table opens no session.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  username text NOT NULL REFERENCES users (username),
  created_at timestamptz NOT NULL,
  last_used_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
--> statement-breakpoint
CREATE INDEX sessions_username_idx ON sessions (username);
--> statement-breakpoint
CREATE TABLE login_failures (
  id serial PRIMARY KEY,
  key text NOT NULL,
  at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX login_failures_key_idx ON login_failures (key, at);
--> statement-breakpoint
CREATE TABLE imports (
  id serial PRIMARY KEY,
  file_name text NOT NULL,
  format text NOT NULL,
  report jsonb NOT NULL,
  unit_months_added integer NOT NULL,
  unit_months_replaced integer NOT NULL,
  imported_by text NOT NULL,
  imported_at timestamptz NOT NULL,
  reverted_by text,
  reverted_at timestamptz
);
--> statement-breakpoint
-- Every row an import wrote, with the row it replaced (NULL: it added one), so that revert restores it.
CREATE TABLE import_rows (
  import_id integer NOT NULL REFERENCES imports (id),
  unit_id text NOT NULL,
  grain text NOT NULL,
  period text NOT NULL,
  previous jsonb,
  PRIMARY KEY (import_id, unit_id, grain, period)
);
--> statement-breakpoint
CREATE TABLE audit (
  id serial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  subject text NOT NULL,
  detail jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL
);
