-- Each row of /stats, serialized once when the row is written rather than at every answer: an answer not yet
-- cached is the rows' texts joined (sql-stats.ts), which on PGlite halves the time of making one (a province's
-- two levels over a year, 1.2 MB: 25 → 13 ms; PostgreSQL 15 → 10 ms) for tables three times wider. The text is
-- the row as the contract writes it: a field not reported (NULL) left out, ids and periods escaped as JSON strings.
-- Own rows never include their descendants; subtree sums always do.
CREATE FUNCTION json_string(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT to_json(value)::text $$;
--> statement-breakpoint
ALTER TABLE stat_rows ADD COLUMN row_json text NOT NULL GENERATED ALWAYS AS (
    '{"unitId":' || json_string(unit_id)
    || CASE WHEN grain = 'week' THEN ',"week":' ELSE ',"month":' END || json_string(period)
    || ',"includesDescendants":false'
    || coalesce(',"received":' || received::text, '')
    || coalesce(',"receivedOnline":' || received_online::text, '')
    || coalesce(',"receivedPostal":' || received_postal::text, '')
    || coalesce(',"receivedOnlineFull":' || received_online_full::text, '')
    || coalesce(',"receivedOnlineCapable":' || received_online_capable::text, '')
    || coalesce(',"resolved":' || resolved::text, '')
    || coalesce(',"resolvedEarly":' || resolved_early::text, '')
    || coalesce(',"resolvedOnTime":' || resolved_on_time::text, '')
    || coalesce(',"resolvedLate":' || resolved_late::text, '')
    || coalesce(',"pending":' || pending::text, '')
    || coalesce(',"pendingOverdue":' || pending_overdue::text, '')
    || coalesce(',"feeDossiers":' || fee_dossiers::text, '')
    || coalesce(',"feePaidOnline":' || fee_paid_online::text, '')
    || coalesce(',"ratedVerySatisfied":' || rated_very_satisfied::text, '')
    || coalesce(',"ratedSatisfied":' || rated_satisfied::text, '')
    || coalesce(',"ratedDissatisfied":' || rated_dissatisfied::text, '')
    || coalesce(',"complaints":' || complaints::text, '')
    || coalesce(',"digitizedAtIntake":' || digitized_at_intake::text, '')
    || coalesce(',"resultsDigitized":' || results_digitized::text, '')
    || '}'
  ) STORED;
--> statement-breakpoint
ALTER TABLE subtree_rows ADD COLUMN row_json text NOT NULL GENERATED ALWAYS AS (
    '{"unitId":' || json_string(unit_id)
    || CASE WHEN grain = 'week' THEN ',"week":' ELSE ',"month":' END || json_string(period)
    || ',"includesDescendants":true'
    || coalesce(',"received":' || received::text, '')
    || coalesce(',"receivedOnline":' || received_online::text, '')
    || coalesce(',"receivedPostal":' || received_postal::text, '')
    || coalesce(',"receivedOnlineFull":' || received_online_full::text, '')
    || coalesce(',"receivedOnlineCapable":' || received_online_capable::text, '')
    || coalesce(',"resolved":' || resolved::text, '')
    || coalesce(',"resolvedEarly":' || resolved_early::text, '')
    || coalesce(',"resolvedOnTime":' || resolved_on_time::text, '')
    || coalesce(',"resolvedLate":' || resolved_late::text, '')
    || coalesce(',"pending":' || pending::text, '')
    || coalesce(',"pendingOverdue":' || pending_overdue::text, '')
    || coalesce(',"feeDossiers":' || fee_dossiers::text, '')
    || coalesce(',"feePaidOnline":' || fee_paid_online::text, '')
    || coalesce(',"ratedVerySatisfied":' || rated_very_satisfied::text, '')
    || coalesce(',"ratedSatisfied":' || rated_satisfied::text, '')
    || coalesce(',"ratedDissatisfied":' || rated_dissatisfied::text, '')
    || coalesce(',"complaints":' || complaints::text, '')
    || coalesce(',"digitizedAtIntake":' || digitized_at_intake::text, '')
    || coalesce(',"resultsDigitized":' || results_digitized::text, '')
    || '}'
  ) STORED;
