-- A row deleted changes which piece the unit's next row takes in its year row (its cont piece was made against the
-- deleted one: it takes its solo), and the next row may be the next year's first: a deletion marks both years
-- (0004 marked the deleted row's year only, so a year's last row deleted left the next year's first taking a cont
-- piece that no longer followed its row: an answer whose gzip did not check).
CREATE FUNCTION year_pieces_outdated_by_deletion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO year_pieces_stale (src, unit_id, grain, year)
    SELECT DISTINCT TG_ARGV[0], unit_id, grain, substr(period, 1, 4)::int + n.k FROM changed, (VALUES (0), (1)) n(k)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER stat_rows_years_deleted ON stat_rows;
--> statement-breakpoint
CREATE TRIGGER stat_rows_years_deleted AFTER DELETE ON stat_rows REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION year_pieces_outdated_by_deletion('own');
--> statement-breakpoint
DROP TRIGGER subtree_rows_years_deleted ON subtree_rows;
--> statement-breakpoint
CREATE TRIGGER subtree_rows_years_deleted AFTER DELETE ON subtree_rows REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION year_pieces_outdated_by_deletion('subtree');
--> statement-breakpoint
-- The years such a deletion may have left: those with a row whose cont piece was made against a period that is no
-- longer the unit's period before it. Made again by the server's next fill.
INSERT INTO year_pieces_stale (src, unit_id, grain, year)
  SELECT DISTINCT 'own', unit_id, grain, substr(period, 1, 4)::int FROM (
    SELECT unit_id, grain, period, cont_prev, lag(period) OVER (PARTITION BY unit_id, grain ORDER BY period) AS prev
    FROM stat_rows) t
  WHERE cont_prev IS DISTINCT FROM prev AND cont_prev IS NOT NULL
  UNION SELECT DISTINCT 'subtree', unit_id, grain, substr(period, 1, 4)::int FROM (
    SELECT unit_id, grain, period, cont_prev, lag(period) OVER (PARTITION BY unit_id, grain ORDER BY period) AS prev
    FROM subtree_rows) t
  WHERE cont_prev IS DISTINCT FROM prev AND cont_prev IS NOT NULL
  ON CONFLICT DO NOTHING;
