-- Pre-aggregation for /stats: for every unit and period, the sum of its whole subtree's own rows (the unit's
-- own included), which is what /stats answers for a unit at the requested depth. A field is summed only when
-- every row in the sum reports it (NULL otherwise), as /stats reports it. Kept exact by the code that writes
-- stat_rows (seed, import, revert), in the same transaction: a sum is never staler than the rows it adds up.
CREATE TABLE subtree_rows (
  unit_id text NOT NULL REFERENCES units (id),
  grain text NOT NULL CHECK (grain IN ('month', 'week')),
  period text NOT NULL,
  received integer NOT NULL,
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
  PRIMARY KEY (unit_id, grain, period)
);
--> statement-breakpoint
-- A database that already holds rows gets its sums here, once.
INSERT INTO subtree_rows (unit_id, grain, period, received, received_online, received_postal, received_online_full,
  received_online_capable, resolved, resolved_early, resolved_on_time, resolved_late, pending, pending_overdue,
  fee_dossiers, fee_paid_online, rated_very_satisfied, rated_satisfied, rated_dissatisfied, complaints,
  digitized_at_intake, results_digitized)
SELECT c.ancestor_id, s.grain, s.period,
  sum(s.received)::int,
  CASE WHEN count(s.received_online) = count(*) THEN sum(s.received_online)::int END,
  CASE WHEN count(s.received_postal) = count(*) THEN sum(s.received_postal)::int END,
  CASE WHEN count(s.received_online_full) = count(*) THEN sum(s.received_online_full)::int END,
  CASE WHEN count(s.received_online_capable) = count(*) THEN sum(s.received_online_capable)::int END,
  CASE WHEN count(s.resolved) = count(*) THEN sum(s.resolved)::int END,
  CASE WHEN count(s.resolved_early) = count(*) THEN sum(s.resolved_early)::int END,
  CASE WHEN count(s.resolved_on_time) = count(*) THEN sum(s.resolved_on_time)::int END,
  CASE WHEN count(s.resolved_late) = count(*) THEN sum(s.resolved_late)::int END,
  CASE WHEN count(s.pending) = count(*) THEN sum(s.pending)::int END,
  CASE WHEN count(s.pending_overdue) = count(*) THEN sum(s.pending_overdue)::int END,
  CASE WHEN count(s.fee_dossiers) = count(*) THEN sum(s.fee_dossiers)::int END,
  CASE WHEN count(s.fee_paid_online) = count(*) THEN sum(s.fee_paid_online)::int END,
  CASE WHEN count(s.rated_very_satisfied) = count(*) THEN sum(s.rated_very_satisfied)::int END,
  CASE WHEN count(s.rated_satisfied) = count(*) THEN sum(s.rated_satisfied)::int END,
  CASE WHEN count(s.rated_dissatisfied) = count(*) THEN sum(s.rated_dissatisfied)::int END,
  CASE WHEN count(s.complaints) = count(*) THEN sum(s.complaints)::int END,
  CASE WHEN count(s.digitized_at_intake) = count(*) THEN sum(s.digitized_at_intake)::int END,
  CASE WHEN count(s.results_digitized) = count(*) THEN sum(s.results_digitized)::int END
FROM unit_closure c JOIN stat_rows s ON s.unit_id = c.descendant_id
GROUP BY c.ancestor_id, s.grain, s.period;
--> statement-breakpoint
-- PGlite has no autovacuum to gather the new table's statistics: without them its planner guesses badly.
ANALYZE subtree_rows;
