-- A province's year rows (year_pieces) laid out again, all its years in one row a table (`src`) and grain: a pack
-- (sql-packs.ts). A new /stats answer of a province one or two levels down then reads two such rows, each piece it
-- takes in one slice of a column, instead of a year row a unit (Hồ Chí Minh City's two levels over 12 months: 628
-- year rows of ~4.4 KB, of which it took ~1.5 KB each).
-- A pack holds two blocks of units, by their distance below the root: 0 and 1 for 'own' (the province and its
-- districts, departments or communes), 1 and 2 for 'subtree'. Its periods are numbered from January (or week 1) of
-- `first_year`, 12 (or 53) a year, `periods` in all. In `conts` and `solos` the pieces follow one another by block,
-- then period, then unit; segment s = block × periods + period (from 0) ends at `cont_ends[s + 2]` (`solo_ends`),
-- and `cont_ends[1]` is 0. `presence` holds a byte a period and unit, '1' where the unit has the period: the periods
-- in turn, each its `units` units by block then id (`block0` of them in block 0). A piece is the year row's: in
-- `conts` a cont piece where it was made against the unit's period before it (else its solo), in `solos` the solo.
-- Packs are made from the year rows, in the writer's transaction (refreshStatPacks, after refreshYearPieces).
-- Writing or deleting a year row marks its province's packs in stat_packs_stale (the triggers below) until they are;
-- a marked pack is not read (its answers are made from the year rows). `made` names the pack's making: an answer
-- that reads a pack twice checks it is the same one.
CREATE SEQUENCE stat_packs_made;
--> statement-breakpoint
CREATE TABLE stat_packs (
  root_id text NOT NULL,
  grain text NOT NULL,
  src text NOT NULL,
  made bigint NOT NULL DEFAULT nextval('stat_packs_made'),
  first_year integer NOT NULL,
  periods integer NOT NULL,
  units integer NOT NULL,
  block0 integer NOT NULL,
  presence bytea NOT NULL,
  cont_ends integer[] NOT NULL,
  solo_ends integer[] NOT NULL,
  conts bytea NOT NULL,
  solos bytea NOT NULL,
  PRIMARY KEY (root_id, grain, src)
);
--> statement-breakpoint
-- Out of line and not compressed (the pieces are compressed already): a slice reads only the chunks it spans.
ALTER TABLE stat_packs ALTER COLUMN presence SET STORAGE EXTERNAL, ALTER COLUMN conts SET STORAGE EXTERNAL,
  ALTER COLUMN solos SET STORAGE EXTERNAL;
--> statement-breakpoint
CREATE TABLE stat_packs_stale (
  root_id text NOT NULL,
  grain text NOT NULL,
  src text NOT NULL,
  PRIMARY KEY (root_id, grain, src)
);
--> statement-breakpoint
CREATE FUNCTION stat_packs_outdated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stat_packs_stale (root_id, grain, src)
    SELECT DISTINCT c.ancestor_id, y.grain, y.src FROM changed y
      JOIN unit_closure c ON c.descendant_id = y.unit_id
      JOIN units u ON u.id = c.ancestor_id AND u.kind = 'province'
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER year_pieces_packs_inserted AFTER INSERT ON year_pieces REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION stat_packs_outdated();
--> statement-breakpoint
CREATE TRIGGER year_pieces_packs_updated AFTER UPDATE ON year_pieces REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION stat_packs_outdated();
--> statement-breakpoint
CREATE TRIGGER year_pieces_packs_deleted AFTER DELETE ON year_pieces REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION stat_packs_outdated();
--> statement-breakpoint
-- Every province's packs as its year rows are now: made by the server's next fill (at its start).
INSERT INTO stat_packs_stale (root_id, grain, src)
  SELECT DISTINCT c.ancestor_id, y.grain, y.src FROM year_pieces y
    JOIN unit_closure c ON c.descendant_id = y.unit_id
    JOIN units u ON u.id = c.ancestor_id AND u.kind = 'province'
  ON CONFLICT DO NOTHING;
