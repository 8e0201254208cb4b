-- people: a team's name is unique ignoring case ("Sales" and "SALES" are one team to a person), as createTeam always
-- checked, now by the database, so two creations at once cannot both pass the check. PostgreSQL indexes lower(name);
-- H2 has no index on an expression and keeps lower(name) in a generated column instead (db/vendor/h2, same version).
--
-- Names that differ only in case could exist if two such creations raced before: all but the oldest get their id
-- appended, e.g. "sales (team 7)", so the index can be built and a manager sees which one to rename.
update teams set name = left(name, 80) || ' (team ' || id || ')'
where exists (select 1 from teams older where lower(older.name) = lower(teams.name) and older.id < teams.id);
create unique index teams_name_unique_ci on teams (lower(name));
