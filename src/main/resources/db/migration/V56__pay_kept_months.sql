-- incentives: an ended month not closed yet, kept rep by rep for its close (docs/pay.md, "Months kept for their
-- close"): each rep's part of the month's figures (metrics' RepMonth, as text) and the requests behind their figures
-- (packed as in pay_period_requests). A late write changes some reps' figures; those reps alone are read again, so a
-- close reads 500 rows rather than a million. A working copy, not a pay record: it is deleted once the month is
-- closed, and rebuilt from the rows whenever in doubt (no look yet, another time zone).
create table pay_kept_months (
    team_id   bigint      not null,
    period    char(7)     not null,
    -- null until the month's first read; writes stamped an hour before it are read again (Corrections.UNSEEN_WRITES)
    looked_at timestamp with time zone,
    time_zone varchar(64) not null,
    -- what the parts were made by (metrics' RepMonth.FORMAT and the packed lists' form): read whole again if not now's
    format    varchar(100),
    -- when the whole month was last read from its rows: again a day later, so a write the looks missed (one committed
    -- over an hour after its stamp) is not missed for long
    read_whole_at timestamp with time zone,
    primary key (team_id, period),
    constraint fk_pay_kept_months_team foreign key (team_id) references teams (id)
);
create table pay_kept_reps (
    team_id  bigint  not null,
    period   char(7) not null,
    rep_id   bigint  not null,
    figures  text    not null,
    requests text    not null,
    -- each list's size and first id (JSON): a close names the lists in its statements without reading them
    heads    text    not null,
    primary key (team_id, period, rep_id),
    constraint fk_pay_kept_reps_month foreign key (team_id, period) references pay_kept_months (team_id, period)
);
-- metrics: one rep's rows of a period, read again after a late write changed that rep's figures (MetricsQueries'
-- rep windows): their closed requests, the surveys about them and the answers to those.
create index requests_by_closer_closed on requests (closed_by, closed_at);
create index survey_by_rep_issued on survey (rep_id, issued_at);
create index survey_response_by_rep_issued on survey_response (rep_id, survey_issued_at);
-- feedback: when a survey was stored, besides the close it is dated at (issued_at): a survey stored late (a close event
-- delivered again, a manager's new link for a request without one) changes a past month's count of surveys issued,
-- and a kept month finds that rep by it (MetricsQueries.LATE_WRITES). A survey stored before is taken as stored when
-- it was issued.
alter table survey add column stored_at timestamp with time zone;
update survey set stored_at = issued_at;
alter table survey alter column stored_at set not null;
alter table survey alter column stored_at set default current_timestamp;
create index survey_by_team_stored on survey (team_id, stored_at);
