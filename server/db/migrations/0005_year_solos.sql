-- A unit's solo pieces for a year in its year row too (`solos`, where the k-th period's ends at `solo_ends[k + 1]`,
-- as `conts` and `cont_ends`): a new /stats answer takes each unit's first period's solo piece from the year row it
-- reads anyway, instead of looking up the period's own row (a province's two levels over 12 months: 314 lookups fewer
-- for Hồ Chí Minh City). The bench's new answers on PGlite: 10.5 → 6.5 ms of CPU each, p95 373 → 213–232 ms;
-- on PostgreSQL p95 304 → 152–182 ms. A year row is then ~4.4 KB instead of ~1.2: kept in its page (STORAGE MAIN,
-- a row up to a page before any column is moved out), where TOAST would make each column's read a lookup of its own
-- again. The national dataset's year rows take ~1.2 GB instead of 0.26. Every year row is made again by the server's
-- next fill (at its start), from the rows' pieces.
TRUNCATE year_pieces;
--> statement-breakpoint
ALTER TABLE year_pieces ADD COLUMN solo_ends integer[] NOT NULL, ADD COLUMN solos bytea NOT NULL;
--> statement-breakpoint
ALTER TABLE year_pieces ALTER COLUMN conts SET STORAGE MAIN, ALTER COLUMN solos SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE year_pieces SET (toast_tuple_target = 8160);
--> statement-breakpoint
INSERT INTO year_pieces_stale
  SELECT DISTINCT 'own', unit_id, grain, substr(period, 1, 4)::int FROM stat_rows
  UNION SELECT DISTINCT 'subtree', unit_id, grain, substr(period, 1, 4)::int FROM subtree_rows
  ON CONFLICT DO NOTHING;
