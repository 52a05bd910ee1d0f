-- Each /stats row's JSON text (row_json) compressed once, when the row is written, into raw deflate pieces that an
-- answer not yet cached puts one after another into its gzip instead of compressing its whole text (gzip-pieces.ts):
-- a province's two levels over a year, 3 MB of JSON, cost ~20 ms of gzip and database text on each new answer.
-- `solo` is a comma and the text alone; `cont` a comma and the text against the previous row of the same unit and
-- grain, whose period is `cont_prev`; each packed with the text's CRC-32 and length (gzip-pieces.ts).
-- The pieces are made in Node (sql-pieces.ts), after the rows: NULL until then, and an answer with a row still
-- without its pieces is made from the texts as before. Writing a row's counts makes its pieces NULL (the trigger
-- below), so that a piece never holds other figures than its row.
ALTER TABLE stat_rows ADD COLUMN solo bytea, ADD COLUMN cont bytea, ADD COLUMN cont_prev text;
--> statement-breakpoint
CREATE INDEX stat_rows_unpieced ON stat_rows (unit_id, grain) WHERE solo IS NULL;
--> statement-breakpoint
ALTER TABLE subtree_rows ADD COLUMN solo bytea, ADD COLUMN cont bytea, ADD COLUMN cont_prev text;
--> statement-breakpoint
CREATE INDEX subtree_rows_unpieced ON subtree_rows (unit_id, grain) WHERE solo IS NULL;
--> statement-breakpoint
CREATE FUNCTION pieces_outdated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.solo := NULL;
  NEW.cont := NULL;
  NEW.cont_prev := NULL;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER stat_rows_pieces_outdated BEFORE UPDATE OF
    unit_id, grain, period, received, received_online, received_postal, received_online_full,
    received_online_capable, resolved, resolved_early, resolved_on_time, resolved_late, pending,
    pending_overdue, fee_dossiers, fee_paid_online, rated_very_satisfied, rated_satisfied,
    rated_dissatisfied, complaints, digitized_at_intake, results_digitized
  ON stat_rows FOR EACH ROW EXECUTE FUNCTION pieces_outdated();
--> statement-breakpoint
CREATE TRIGGER subtree_rows_pieces_outdated BEFORE UPDATE OF
    unit_id, grain, period, received, received_online, received_postal, received_online_full,
    received_online_capable, resolved, resolved_early, resolved_on_time, resolved_late, pending,
    pending_overdue, fee_dossiers, fee_paid_online, rated_very_satisfied, rated_satisfied,
    rated_dissatisfied, complaints, digitized_at_intake, results_digitized
  ON subtree_rows FOR EACH ROW EXECUTE FUNCTION pieces_outdated();
