-- people: a rep's last day on the team (inclusive), or null while they stay. Issue 14: routing gives a rep no new
-- work after it, and incentives count a month's days on the team only up to it.
alter table reps add column leaving_date date;
alter table reps add constraint ck_reps_leaving_date check (leaving_date >= start_date);
