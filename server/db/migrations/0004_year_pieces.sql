-- A unit's cont pieces (migration 0003) for a year in one row, months or ISO weeks one after another, with where each
-- ends: a new /stats answer reads one or two such rows a unit instead of a row a period (a province's two levels over
-- 12 months: ~900 rows of ~1 KB instead of 5,412). `src` is the table: 'own' (stat_rows) or 'subtree'
-- (subtree_rows). A slot is the month or the ISO week of the year, 1 … 12 or 53; of the periods present, in order:
-- `slots` their slots, `cnt[s]` how many come before slot s (s = 1 … 13 or 54), `cont_ends[k + 1]` where the k-th
-- one's piece ends in `conts` (0 for k = 0). `conts` holds a period's cont piece where it was made against the unit's
-- period before it (else its solo). An answer takes its unit's first period's solo piece from the period's own row,
-- and the rest from `conts` (sql-pieces.ts).
-- The rows are made from the pieces (sql-pieces.ts, refreshYearPieces), in the writer's transaction. Writing or
-- deleting a row of stat_rows or subtree_rows marks its unit's year in year_pieces_stale (the triggers below) until
-- they are; while any mark is left, answers are made from the texts.
CREATE TABLE year_pieces (
  src text NOT NULL,
  unit_id text NOT NULL,
  grain text NOT NULL,
  year integer NOT NULL,
  slots smallint[] NOT NULL,
  cnt smallint[] NOT NULL,
  cont_ends integer[] NOT NULL,
  conts bytea NOT NULL,
  PRIMARY KEY (unit_id, grain, src, year)
);
--> statement-breakpoint
-- Not compressed again: the pieces are compressed already.
ALTER TABLE year_pieces ALTER COLUMN conts SET STORAGE EXTERNAL;
--> statement-breakpoint
CREATE TABLE year_pieces_stale (
  src text NOT NULL,
  unit_id text NOT NULL,
  grain text NOT NULL,
  year integer NOT NULL,
  PRIMARY KEY (src, unit_id, grain, year)
);
--> statement-breakpoint
-- Every unit's years as they are now: made by the server's next fill (at its start).
INSERT INTO year_pieces_stale
  SELECT DISTINCT 'own', unit_id, grain, substr(period, 1, 4)::int FROM stat_rows
  UNION SELECT DISTINCT 'subtree', unit_id, grain, substr(period, 1, 4)::int FROM subtree_rows;
--> statement-breakpoint
CREATE FUNCTION year_pieces_outdated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO year_pieces_stale (src, unit_id, grain, year)
    SELECT DISTINCT TG_ARGV[0], unit_id, grain, substr(period, 1, 4)::int FROM changed
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- For each table, a trigger on each kind of write: stat_rows_years_inserted, …, subtree_rows_years_deleted.
DO $$
DECLARE
  target record;
  event record;
BEGIN
  FOR target IN SELECT * FROM (VALUES ('stat_rows', 'own'), ('subtree_rows', 'subtree')) t(name, src) LOOP
    FOR event IN SELECT * FROM (VALUES ('inserted', 'INSERT', 'NEW'), ('updated', 'UPDATE', 'NEW'),
        ('deleted', 'DELETE', 'OLD')) e(name, kind, rows) LOOP
      EXECUTE format('CREATE TRIGGER %s_years_%s AFTER %s ON %s REFERENCING %s TABLE AS changed '
        'FOR EACH STATEMENT EXECUTE FUNCTION year_pieces_outdated(%L)',
        target.name, event.name, event.kind, target.name, event.rows, target.src);
    END LOOP;
  END LOOP;
END $$;
