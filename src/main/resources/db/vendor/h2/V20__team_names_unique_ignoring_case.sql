-- people: a team's name is unique ignoring case ("Sales" and "SALES" are one team to a person), as createTeam always
-- checked, now by the database, so two creations at once cannot both pass the check. H2 has no index on an
-- expression, so lower(name) lives in a generated column H2 computes on every write, and that column is unique;
-- PostgreSQL indexes lower(name) instead (db/vendor/postgresql, same version).
--
-- Names that differ only in case could exist if two such creations raced before: all but the oldest get their id
-- appended, e.g. "sales (team 7)", so the constraint can be built and a manager sees which one to rename.
update teams set name = left(name, 80) || ' (team ' || id || ')'
where exists (select 1 from teams older where lower(older.name) = lower(teams.name) and older.id < teams.id);
alter table teams add column name_ignoring_case varchar(100) generated always as (lower(name));
alter table teams add constraint teams_name_unique_ci unique (name_ignoring_case);
