-- A time of day is hours and minutes (docs/routing.md, docs/sla.md): the API once took seconds too ("09:00:30"),
-- and a page shows a stored time as it is, so a form sent back unchanged would now be refused for a field the user
-- never touched. Seconds are dropped; every value already whole minutes stays as it was.
update reps set work_start = cast(substring(cast(work_start as varchar(20)) from 1 for 5) as time)
where work_start is not null;
update reps set work_end = cast(substring(cast(work_end as varchar(20)) from 1 for 5) as time)
where work_end is not null;
update team_calendars set opens = cast(substring(cast(opens as varchar(20)) from 1 for 5) as time),
    closes = cast(substring(cast(closes as varchar(20)) from 1 for 5) as time);
